#pragma once

#include "pcs/domain/Error.h"
#include "pcs/reports/SignInSheetPdf.h"

#include <QCoreApplication>
#include <QString>

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// Gathers what a session's sign-in sheet shows from the database: the cohort, its program and
// workshop in `language`, its facilitators, the roster with organizations and, when `filled`,
// the attendance recorded. Shared by the Cohorts workspace and the command line.
class SignInSheetSource
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::SignInSheetSource)

public:
    static Result<reports::SignInSheet> read(storage::Database& database, const QString& cohortId,
        const QString& sessionId, bool filled, const QString& language);
};

} // namespace pcs::services
