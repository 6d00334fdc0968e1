#include "pcs/storage/AuditLogStore.h"

#include "AuditChain.h"
#include "DatabaseAccess.h"
#include "SqlSupport.h"
#include "pcs/storage/Database.h"

#include <SQLiteCpp/Statement.h>

namespace pcs::storage {

AuditLogStore::AuditLogStore(Database& database)
    : m_database(database)
{ }

Result<std::vector<AuditEntry>> AuditLogStore::append(std::vector<AuditEntry> entries)
{
    for (const AuditEntry& entry : entries) {
        if (!isValidAuditAction(entry.action))
            return fail(ErrorKind::Invalid,
                Database::tr("'%1' is not a valid audit action (expected words joined by "
                             "dots, such as database.migrated).")
                    .arg(entry.action));
    }
    SQLite::Database& db = DatabaseAccess::sqlite(m_database);
    auto written = writeTransaction(db, Database::tr("write to the audit log"), [&](SQLite::Database& sql) {
        std::vector<AuditRow> rows;
        rows.reserve(entries.size());
        for (AuditEntry& entry : entries) {
            if (!entry.atUtc.isValid())
                entry.atUtc = m_database.clock().nowUtc();
            rows.push_back({toStorageTime(entry.atUtc).toStdString(), entry.actor.toStdString(),
                entry.action.toStdString(), entry.subject.toStdString(), entry.details.toStdString()});
        }
        const std::vector<qint64> ids = insertAuditEntries(sql, rows);
        for (size_t i = 0; i < entries.size(); ++i)
            entries[i].id = ids[i];
    });
    if (!written)
        return std::unexpected(written.error());
    return entries;
}

Result<AuditEntry> AuditLogStore::append(AuditEntry entry)
{
    auto stored = append(std::vector<AuditEntry>{std::move(entry)});
    if (!stored)
        return std::unexpected(stored.error());
    return stored->front();
}

Result<std::vector<AuditEntry>> AuditLogStore::latest(int limit) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT id, at, actor, action, subject, details FROM audit_log "
            "ORDER BY id DESC LIMIT ?");
        query.bind(1, limit);
        std::vector<AuditEntry> entries;
        while (query.executeStep()) {
            AuditEntry entry;
            entry.id = query.getColumn(0).getInt64();
            entry.atUtc = fromStorageTime(QString::fromStdString(query.getColumn(1).getString()));
            entry.actor = QString::fromStdString(query.getColumn(2).getString());
            entry.action = QString::fromStdString(query.getColumn(3).getString());
            entry.subject = QString::fromStdString(query.getColumn(4).getString());
            entry.details = QString::fromStdString(query.getColumn(5).getString());
            entries.push_back(std::move(entry));
        }
        return entries;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, Database::tr("read the audit log"), m_database.path()));
    }
}

Result<qint64> AuditLogStore::count() const
{
    try {
        return DatabaseAccess::sqlite(m_database).execAndGet("SELECT count(*) FROM audit_log").getInt64();
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, Database::tr("read the audit log"), m_database.path()));
    }
}

Result<std::optional<AuditChainBreak>> AuditLogStore::firstBrokenEntry() const
{
    try {
        return verifyAuditChain(DatabaseAccess::sqlite(m_database));
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, Database::tr("read the audit log"), m_database.path()));
    }
}

} // namespace pcs::storage
