#include "pcs/storage/DatabaseCheck.h"

#include "FileHeader.h"
#include "SqlSupport.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/Migration.h"

#include <QDir>
#include <QFileInfo>

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace pcs::storage {

Result<DatabaseCheck> checkDatabase(const QString& requestedPath)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return fail(
            ErrorKind::NotFound, Database::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    const int latest = latestSchemaVersion();
    auto header = inspectDatabaseFile(path, latest);
    if (!header)
        return std::unexpected(header.error());

    DatabaseCheck report;
    report.path = path;
    report.latestSchemaVersion = latest;
    report.sqliteVersion = QString::fromLatin1(SQLite::VERSION);
    try {
        const auto connection = openForReading(path);
        SQLite::Database& db = *connection;
        report.schemaVersion = db.execAndGet("PRAGMA user_version").getInt();
        // An immutable connection reports "delete"; the file header knows the truth.
        const bool walInHeader = header->has_value() && (*header)->walMode;
        report.journalMode = walInHeader
            ? QStringLiteral("wal")
            : QString::fromStdString(db.execAndGet("PRAGMA journal_mode").getString());
        report.pageSize = db.execAndGet("PRAGMA page_size").getInt64();
        report.pageCount = db.execAndGet("PRAGMA page_count").getInt64();
        report.quickCheck = quickCheck(db);

        QStringList tables;
        SQLite::Statement list(db,
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        while (list.executeStep())
            tables << QString::fromStdString(list.getColumn(0).getString());
        for (const QString& table : tables) {
            const std::string sql = "SELECT count(*) FROM " + quoteIdentifier(table).toStdString();
            report.tables.push_back({table, db.execAndGet(sql).getInt64()});
        }
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, Database::tr("check the database"), path));
    }
    return report;
}

} // namespace pcs::storage
