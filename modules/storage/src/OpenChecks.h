#pragma once

#include "pcs/domain/Error.h"

#include <QString>

#include <SQLiteCpp/Database.h>

namespace pcs::storage {

// The checks every open runs once SQLite has the file (for writing, for reading, and
// `pcs-studio db check`, which must not call healthy what an open refuses). Cheap: proportional to
// the schema, not to the data. Returns the schema version (PRAGMA user_version).
//
// Refused: a schema newer than `latestVersion`; a negative version; a file of another program
// (application_id 0 with tables); a PCS Studio file without its meta table; a schema version the
// migration history does not end at (the header's version field was damaged).
Result<int> checkSchemaAtOpen(SQLite::Database& db, const QString& path, int latestVersion);

} // namespace pcs::storage
