#include "pcs/storage/DatabaseCheck.h"

#include "AuditChain.h"
#include "CurriculumCodec.h"
#include "FileHeader.h"
#include "FileModes.h"
#include "OpenChecks.h"
#include "SqlSupport.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/Migration.h"

#include <QDir>
#include <QFileInfo>

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace pcs::storage {
namespace {

bool hasColumn(SQLite::Database& db, const char* table, const char* column)
{
    SQLite::Statement query(db, "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
    query.bind(1, table);
    query.bind(2, column);
    return query.executeStep() && query.getColumn(0).getInt() > 0;
}

void checkCurricula(SQLite::Database& db, DatabaseCheck& report)
{
    if (!db.tableExists("curriculum_versions"))
        return;
    std::vector<qint64> ids;
    SQLite::Statement list(db, "SELECT id FROM curriculum_versions ORDER BY id");
    while (list.executeStep())
        ids.push_back(list.getColumn(0).getInt64());
    for (const qint64 id : ids) {
        try {
            auto loaded = readStoredCurriculum(db, id, report.path);
            if (!loaded)
                report.problems << loaded.error().message;
        } catch (const std::exception& e) {
            report.problems
                << toError(e, Database::tr("read curriculum version %1").arg(id), report.path).message;
        }
        ++report.curriculumVersions;
    }
}

void checkAuditChain(SQLite::Database& db, DatabaseCheck& report)
{
    if (!db.tableExists("audit_log") || !hasColumn(db, "audit_log", "entry_hash"))
        return;
    report.auditChained = true;
    if (const auto broken = verifyAuditChain(db)) {
        report.firstBrokenAuditEntry = broken->entryId;
        report.problems << Database::tr("Audit log entry %1 in %2 breaks the hash chain: %3. The log "
                                        "was edited outside PCS Studio from that entry on.")
                               .arg(broken->entryId)
                               .arg(QDir::toNativeSeparators(report.path), broken->reason);
    }
}

} // namespace

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
    report.warnings = exposureWarnings(path);
    try {
        const auto connection = openForReading(path);
        SQLite::Database& db = *connection;
        auto schema = checkSchemaAtOpen(db, path, latest);
        if (!schema)
            return std::unexpected(schema.error());
        report.schemaVersion = *schema;
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
        checkCurricula(db, report);
        checkAuditChain(db, report);
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, Database::tr("check the database"), path));
    }
    return report;
}

} // namespace pcs::storage
