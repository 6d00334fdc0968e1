#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

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
};

} // namespace pcs::app
