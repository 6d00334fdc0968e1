#pragma once

#include "pcs/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <SQLiteCpp/Database.h>

#include <memory>

namespace pcs::test {

// Opens `path` with PCS Studio's storage and fails the test with the error message if it cannot.
std::unique_ptr<storage::Database> openOrFail(const QString& path, const storage::OpenOptions& options = {});

// A second, independent connection to read back what the app wrote.
std::unique_ptr<SQLite::Database> rawConnection(const QString& path, bool writable = false);

// A real PCS Studio database with `auditRows` rows of data, closed again.
QString makeDatabaseWithRows(const QTemporaryDir& dir, const QString& name, int auditRows);

// Writes an SQLite file created by plain SQLite with the given header values.
void makeForeignSqliteFile(const QString& path, int applicationId, int userVersion);

} // namespace pcs::test
