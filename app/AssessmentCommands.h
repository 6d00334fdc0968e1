#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/exchange/AssessmentCsv.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class QTextStream;

namespace pcs::storage {
class Database;
}

namespace pcs::app {

// `pcs-studio assessment export`: a cohort's pre and post self-assessment answers as CSV.
class AssessmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::AssessmentCommands)

public:
    // Writes the answers of --cohort to --out through QSaveFile. Exit status 0, 1 for an unknown
    // cohort, a database or file that cannot be read or written (nothing is written then), 2 when
    // --cohort or --out is missing.
    static int exportAnswers(const QString& cohortId, const QString& target, const QString& databasePath,
        QTextStream& out, QTextStream& err);

    // One row per learner, phase and item with an answer: by learner name (last, first), pre before
    // post, then in the self-assessment's topic and item order of the cohort's curriculum version.
    // Learners no longer on the roster whose answers are kept come after the others.
    static Result<std::vector<exchange::AssessmentCsvRow>> exportRows(
        storage::Database& database, const Cohort& cohort);
};

} // namespace pcs::app
