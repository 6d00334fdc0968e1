#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio stats cohort` (the per-topic figures of the cohort report) and
// `pcs-studio certificate verify CODE`.
class StatsCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::StatsCommands)

public:
    static int cohortStatistics(const QString& cohortId, const QString& databasePath, bool json,
        const QString& language, QTextStream& out, QTextStream& err);
    // Exit 0 when the code is a certificate of the database, 1 when it is not.
    static int verifyCertificate(
        const QString& code, const QString& databasePath, bool json, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
