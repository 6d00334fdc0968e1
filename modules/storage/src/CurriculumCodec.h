#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include "pcs/domain/Error.h"

#include <QByteArray>
#include <QString>

#include <SQLiteCpp/Database.h>

#include <optional>

namespace pcs::storage {

// The whole package as one canonical JSON document, the form each imported version is kept in.
// Canonical: the same package always gives the same bytes, so a hash tells versions apart.
QByteArray encodeCurriculum(const CurriculumPackage& package);
std::optional<CurriculumPackage> decodeCurriculum(const QByteArray& json);

// The one way a stored version is loaded (the stores and `db check`): its content must match the
// content_sha256 computed at import, then decode. Nothing when there is no such version; a Corrupt
// error naming the version and the database file `path` otherwise. Throws what SQLite throws.
Result<std::optional<CurriculumPackage>> readStoredCurriculum(
    SQLite::Database& db, qint64 versionId, const QString& path);

// A session's own agenda as a JSON array of blocks in the same form; empty bytes for no blocks.
QByteArray encodeAgenda(const std::vector<AgendaBlock>& blocks);
// Nothing for bytes that are not such an array.
std::optional<std::vector<AgendaBlock>> decodeAgenda(const QByteArray& json);

} // namespace pcs::storage
