#include "AssessmentRows.h"

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
    SQLite::Statement insert(
        db, "INSERT INTO audit_log(at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, sqlText(toStorageTime(at)));
    insert.bind(2, sqlText(actor));
    insert.bind(3, action);
    insert.bind(4, sqlText(subject));
    insert.bind(5, sqlText(details));
    insert.exec();
}

} // namespace pcs::storage
