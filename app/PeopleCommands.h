#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio person list [--cohort ID] [--json]`: the people of the database, or the learners of one
// cohort, with the ids that `report learner --learner ID` takes. Read-only: it works while the
// window has the database open.
class PeopleCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::PeopleCommands)

public:
    static int list(
        const QString& databasePath, const QString& cohortId, bool json, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
