#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio report {learner|cohort|certificates|signin} --cohort ID [--learner ID] --out FILE.pdf`:
// the PDF documents the Reports workspace makes, from the same sources.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::ReportCommands)

public:
    struct Request {
        QString kind; // learner, cohort, certificates, signin
        QString cohortId;
        QString learnerId;
        QString sessionId; // signin: the session (default: the first)
        QString out;
        QString language = QStringLiteral("en");
        QString actor = QStringLiteral("cli");
    };
    static int run(const Request& request, const QString& databasePath, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
