#pragma once

#include "pcs/storage/AuditLogStore.h"

#include <QString>

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

namespace pcs::storage {

// The audit log is a hash chain (schema migration 8): each entry stores the SHA-256 of the entry
// before it (prev_hash, empty for the first) and its own entry_hash over a canonical encoding of
// its id, fields and prev_hash. Editing, removing or reordering an entry breaks the chain from
// that entry on, which verifyAuditChain() finds. Every write to audit_log goes through
// insertAuditEntry(); the schema refuses a row that does not continue the chain.

// The schema version whose migration adds the chain.
inline constexpr int kAuditChainSchemaVersion = 8;

struct AuditRow {
    std::string at; // storage time
    std::string actor;
    std::string action;
    std::string subject;
    std::string details;
};

// SHA-256 (lowercase hex) of the canonical encoding: each field as "<byte length>:<bytes>\n".
std::string auditEntryHash(qint64 id, const AuditRow& row, const std::string& prevHash);

// Appends one entry at the end of the chain, inside the caller's transaction; returns its id.
// Throws what SQLite throws.
qint64 insertAuditEntry(SQLite::Database& db, const AuditRow& row);
// The same for many entries, in order, with one look at the end of the chain.
std::vector<qint64> insertAuditEntries(SQLite::Database& db, const std::vector<AuditRow>& rows);

// Chains entries written before the chain existed (entry_hash NULL), in id order. Used once, by
// the migration that adds the chain.
void chainUnchainedAuditEntries(SQLite::Database& db);

// Walks the log once in id order. Nothing when the chain is whole. Throws what SQLite throws.
std::optional<AuditChainBreak> verifyAuditChain(SQLite::Database& db);

} // namespace pcs::storage
