#pragma once

#include "pcs/domain/Error.h"

#include <QString>
#include <QStringList>

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

    bool quickCheckOk() const { return quickCheck == QStringList{QStringLiteral("ok")}; }
    bool healthy() const { return quickCheckOk() && schemaVersion <= latestSchemaVersion; }
};

// Inspects the database at `path` without changing it: header, schema version, PRAGMA quick_check
// and the row count of every table. A missing, foreign, truncated or newer file is an Error.
Result<DatabaseCheck> checkDatabase(const QString& path);

} // namespace pcs::storage
