#pragma once

#include "pcs/domain/AuditEntry.h"
#include "pcs/domain/Error.h"

#include <vector>

namespace pcs::storage {

class Database;

// The append-only audit log (who, what, when). The schema refuses UPDATE and DELETE on it.
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

private:
    Database& m_database;
};

} // namespace pcs::storage
