#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio report {learner|cohort|certificates|signin} --cohort ID [--learner ID] --out FILE.pdf`,
// `pcs-studio report certificates --from DATE --to DATE --out FILE.pdf` (every cohort ending then) and
// `pcs-studio report organization --from DATE --to DATE --out FILE.pdf`: the PDF documents the
// Reports workspace makes, from the same sources.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::ReportCommands)

public:
    struct Request {
        QString kind; // learner, cohort, certificates, signin, organization
        QString cohortId;
        QString learnerId;
        QString sessionId; // signin: the session (default: the first)
        QString out;
        QDate from, to; // organization, and certificates without a cohort: the period
        QString language = QStringLiteral("en");
        QString actor = QStringLiteral("cli");
    };
    static int run(const Request& request, const QString& databasePath, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
