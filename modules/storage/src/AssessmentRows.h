#pragma once

#include "pcs/domain/assessment/AssessmentWindow.h"

#include <QDateTime>
#include <QString>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

namespace pcs::storage {

// Column helpers shared by the self-assessment, window, PIN and SAW plan stores.
inline std::string sqlText(const QString& value)
{
    return value.toStdString(); // UTF-8
}
QString columnText(SQLite::Statement& query, int column);
std::optional<int> optionalInt(SQLite::Statement& query, int column);
std::optional<QDateTime> optionalTime(SQLite::Statement& query, int column);
void bindOptional(SQLite::Statement& statement, int index, std::optional<int> value);
// The phase stored in `column`; throws (caught by the store) for an unknown one.
AssessmentPhase readPhase(SQLite::Statement& query, int column);

// Appends one audit entry inside the caller's transaction. `action` follows isValidAuditAction;
// subject and details never hold answers, PINs or reflections.
void appendAudit(SQLite::Database& db, const QDateTime& at, const QString& actor, const char* action,
    const QString& subject, const QString& details = {});

} // namespace pcs::storage
