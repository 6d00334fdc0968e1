#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio cohort list`, `roster import|export`, `schedule export`: the stores and the exchange
// formats the window uses.
class DeliveryCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::DeliveryCommands)

public:
    static int listCohorts(const QString& databasePath, bool json, QTextStream& out, QTextStream& err);
    // Every row and every problem; nothing is imported when any line has a problem.
    static int importRoster(const QString& file, const QString& cohortId, const QString& databasePath,
        bool dryRun, bool json, QTextStream& out, QTextStream& err);
    static int exportRoster(const QString& cohortId, const QString& target, const QString& databasePath,
        QTextStream& out, QTextStream& err);
    static int exportSchedule(const QString& cohortId, const QString& target, const QString& databasePath,
        const QString& language, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
