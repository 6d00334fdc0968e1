#pragma once

#include "pcs/domain/AuditEntry.h"
#include "pcs/domain/Error.h"

#include <optional>
#include <vector>

namespace pcs::storage {

class Database;

// Where the audit log's hash chain breaks: the first entry that was changed, removed, inserted out
// of order, or that follows a removed one.
struct AuditChainBreak {
    qint64 entryId = 0;
    QString reason; // fit to show a person, e.g. "it was changed after it was written"
};

// The append-only audit log (who, what, when). The schema refuses UPDATE, DELETE and
// INSERT OR REPLACE on it, and each entry holds the SHA-256 of the one before it (a hash chain),
// so an edit made around the schema (another program, a dropped trigger) is found by
// firstBrokenEntry() and by `pcs-studio db check`.
class AuditLogStore
{
public:
    explicit AuditLogStore(Database& database);

    // Appends all entries in one transaction: all are stored or none. Entries without a time get
    // the database clock's now. Returns the entries as stored, with their ids.
    Result<std::vector<AuditEntry>> append(std::vector<AuditEntry> entries);
    Result<AuditEntry> append(AuditEntry entry);

    // Newest first.
    Result<std::vector<AuditEntry>> latest(int limit) const;
    Result<qint64> count() const;

    // Walks the whole log once, in id order. Nothing when the chain is whole.
    Result<std::optional<AuditChainBreak>> firstBrokenEntry() const;

private:
    Database& m_database;
};

} // namespace pcs::storage
