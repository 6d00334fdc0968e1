#include "AssessmentRows.h"

#include "AuditChain.h"

#include "pcs/domain/AuditEntry.h"
#include "pcs/domain/Clock.h"

#include <QCoreApplication>

#include <stdexcept>

namespace pcs::storage {

QString columnText(SQLite::Statement& query, int column)
{
    return QString::fromStdString(query.getColumn(column).getString());
}

std::optional<int> optionalInt(SQLite::Statement& query, int column)
{
    if (query.getColumn(column).isNull())
        return std::nullopt;
    return query.getColumn(column).getInt();
}

std::optional<QDateTime> optionalTime(SQLite::Statement& query, int column)
{
    if (query.getColumn(column).isNull())
        return std::nullopt;
    return fromStorageTime(columnText(query, column));
}

void bindOptional(SQLite::Statement& statement, int index, std::optional<int> value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

AssessmentPhase readPhase(SQLite::Statement& query, int column)
{
    const auto phase = phaseFromKey(columnText(query, column));
    if (!phase)
        throw std::runtime_error(QCoreApplication::translate(
            "pcs::storage::AssessmentStore", "a self-assessment has the unknown phase '%1'")
                                     .arg(columnText(query, column))
                                     .toStdString());
    return *phase;
}

void appendAudit(SQLite::Database& db, const QDateTime& at, const QString& actor, const char* action,
    const QString& subject, const QString& details)
{
    Q_ASSERT(isValidAuditAction(QString::fromLatin1(action)));
    insertAuditEntry(
        db, {toStorageTime(at).toStdString(), sqlText(actor), action, sqlText(subject), sqlText(details)});
}

} // namespace pcs::storage
