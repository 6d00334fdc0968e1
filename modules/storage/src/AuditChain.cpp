#include "AuditChain.h"

#include "pcs/storage/Database.h"

#include <QCryptographicHash>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <vector>

namespace pcs::storage {
namespace {

void addField(QCryptographicHash& hash, const std::string& value)
{
    const std::string prefix = std::to_string(value.size()) + ':';
    hash.addData(QByteArrayView(prefix.data(), qsizetype(prefix.size())));
    hash.addData(QByteArrayView(value.data(), qsizetype(value.size())));
    hash.addData(QByteArrayView("\n", 1));
}

struct ChainEnd {
    qint64 lastId = 0;
    std::string lastHash; // empty before the first entry
};

ChainEnd chainEnd(SQLite::Database& db)
{
    ChainEnd end;
    SQLite::Statement last(db, "SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (last.executeStep()) {
        end.lastId = last.getColumn(0).getInt64();
        end.lastHash = last.getColumn(1).getString();
    }
    // AUTOINCREMENT remembers the largest id ever used, also of a removed last entry.
    SQLite::Statement sequence(db, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    if (sequence.executeStep())
        end.lastId = std::max<qint64>(end.lastId, sequence.getColumn(0).getInt64());
    return end;
}

} // namespace

std::string auditEntryHash(qint64 id, const AuditRow& row, const std::string& prevHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, "pcs-audit-v1");
    addField(hash, std::to_string(id));
    addField(hash, row.at);
    addField(hash, row.actor);
    addField(hash, row.action);
    addField(hash, row.subject);
    addField(hash, row.details);
    addField(hash, prevHash);
    return hash.result().toHex().toStdString();
}

std::vector<qint64> insertAuditEntries(SQLite::Database& db, const std::vector<AuditRow>& rows)
{
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    if (db.execAndGet("PRAGMA user_version").getInt() < kAuditChainSchemaVersion) {
        // A schema from before the chain (only while a test builds an old database): the
        // migration that adds the chain hashes these entries.
        SQLite::Statement insert(
            db, "INSERT INTO audit_log(at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)");
        for (const AuditRow& row : rows) {
            insert.bind(1, row.at);
            insert.bind(2, row.actor);
            insert.bind(3, row.action);
            insert.bind(4, row.subject);
            insert.bind(5, row.details);
            insert.exec();
            insert.reset();
            ids.push_back(db.getLastInsertRowid());
        }
        return ids;
    }
    ChainEnd end = chainEnd(db);
    SQLite::Statement insert(db,
        "INSERT INTO audit_log(id, at, actor, action, subject, details, prev_hash, entry_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const AuditRow& row : rows) {
        const qint64 id = end.lastId + 1;
        const std::string hash = auditEntryHash(id, row, end.lastHash);
        insert.bind(1, static_cast<int64_t>(id));
        insert.bind(2, row.at);
        insert.bind(3, row.actor);
        insert.bind(4, row.action);
        insert.bind(5, row.subject);
        insert.bind(6, row.details);
        insert.bind(7, end.lastHash);
        insert.bind(8, hash);
        insert.exec();
        insert.reset();
        ids.push_back(id);
        end = {id, hash};
    }
    return ids;
}

qint64 insertAuditEntry(SQLite::Database& db, const AuditRow& row)
{
    return insertAuditEntries(db, {row}).front();
}

void chainUnchainedAuditEntries(SQLite::Database& db)
{
    SQLite::Statement query(
        db, "SELECT id, at, actor, action, subject, details, entry_hash FROM audit_log ORDER BY id");
    SQLite::Statement update(db, "UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?");
    std::string prev;
    while (query.executeStep()) {
        const qint64 id = query.getColumn(0).getInt64();
        if (!query.getColumn(6).isNull()) {
            prev = query.getColumn(6).getString();
            continue;
        }
        const AuditRow row{query.getColumn(1).getString(), query.getColumn(2).getString(),
            query.getColumn(3).getString(), query.getColumn(4).getString(), query.getColumn(5).getString()};
        const std::string hash = auditEntryHash(id, row, prev);
        update.bind(1, prev);
        update.bind(2, hash);
        update.bind(3, static_cast<int64_t>(id));
        update.exec();
        update.reset();
        prev = hash;
    }
}

std::optional<AuditChainBreak> verifyAuditChain(SQLite::Database& db)
{
    SQLite::Statement query(db,
        "SELECT id, at, actor, action, subject, details, prev_hash, entry_hash FROM audit_log "
        "ORDER BY id");
    std::string prev;
    qint64 previousId = 0;
    while (query.executeStep()) {
        const qint64 id = query.getColumn(0).getInt64();
        const AuditRow row{query.getColumn(1).getString(), query.getColumn(2).getString(),
            query.getColumn(3).getString(), query.getColumn(4).getString(), query.getColumn(5).getString()};
        const std::string entryHash = query.getColumn(7).getString();
        if (query.getColumn(6).isNull() || query.getColumn(6).getString() != prev)
            return AuditChainBreak{id,
                previousId == 0 ? Database::tr("it does not start the chain")
                                : Database::tr("it does not follow entry %1: an entry before it was "
                                               "removed or changed")
                                      .arg(previousId)};
        if (entryHash != auditEntryHash(id, row, prev))
            return AuditChainBreak{id, Database::tr("it was changed after it was written")};
        prev = entryHash;
        previousId = id;
    }
    SQLite::Statement sequence(db, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    if (sequence.executeStep() && sequence.getColumn(0).getInt64() > previousId)
        return AuditChainBreak{previousId + 1,
            Database::tr("the entries from %1 to %2 were removed")
                .arg(previousId + 1)
                .arg(sequence.getColumn(0).getInt64())};
    return std::nullopt;
}

} // namespace pcs::storage
