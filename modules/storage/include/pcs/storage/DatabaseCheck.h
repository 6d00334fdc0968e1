#pragma once

#include "pcs/domain/Error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pcs::storage {

struct TableRowCount {
    QString table;
    qint64 rows = 0;
};

// What `pcs-studio db check` reports. Produced read-only: no lock taken, nothing written.
struct DatabaseCheck {
    QString path;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QStringList quickCheck; // "ok", or one line per problem SQLite found
    QString journalMode;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    QString sqliteVersion;
    std::vector<TableRowCount> tables; // sorted by name
    int curriculumVersions = 0; // stored versions, each verified and decoded
    bool auditChained = false; // the schema has the audit hash chain (version 8 on)
    std::optional<qint64> firstBrokenAuditEntry;
    // Damage SQLite's quick_check cannot see: a curriculum version that does not match its
    // checksum or does not decode, a broken audit chain. One sentence each, naming the entry.
    QStringList problems;
    // Not damage, but a risk: the database, its -wal or -shm, or its folder is open to other
    // accounts. Does not make the file unhealthy.
    QStringList warnings;

    bool quickCheckOk() const { return quickCheck == QStringList{QStringLiteral("ok")}; }
    bool healthy() const
    {
        return quickCheckOk() && schemaVersion <= latestSchemaVersion && problems.isEmpty();
    }
};

// Inspects the database at `path` without changing it. It runs the same checks as every open
// (the file header, that it is a regular file, the schema and its version against the migration
// history), then PRAGMA quick_check, loads every stored curriculum version the way the app does
// (checksum and decoding), walks the audit log's hash chain and counts the rows of every table.
// A file that an open would refuse (missing, not a regular file, foreign, truncated, newer,
// damaged header) is an Error; damage found inside an openable file is in `problems`.
Result<DatabaseCheck> checkDatabase(const QString& path);

} // namespace pcs::storage
