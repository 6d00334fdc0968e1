#include "ReportCommands.h"

#include "CommandSupport.h"
#include "pcs/services/AppSettings.h"
#include "pcs/services/CohortFiles.h"
#include "pcs/services/ReportJob.h"

#include <QDir>
#include <QHash>

#include <QTextStream>

namespace pcs::app {

int ReportCommands::run(
    const Request& request, const QString& databasePath, QTextStream& out, QTextStream& err)
{
    static const QStringList kinds{QStringLiteral("learner"), QStringLiteral("cohort"),
        QStringLiteral("certificates"), QStringLiteral("signin"), QStringLiteral("organization")};
    if (!kinds.contains(request.kind)) {
        err << tr("Unknown report \"%1\": use %2.").arg(request.kind, kinds.join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    if (request.out.isEmpty()) {
        err << tr("Say where the report goes: --out FILE.pdf") << '\n';
        return 2;
    }
    if (request.kind == QLatin1String("learner") && request.learnerId.isEmpty()) {
        err << tr("Say which learner: --learner ID.") << '\n';
        return 2;
    }
    const bool period = request.from.isValid() || request.to.isValid();
    if (period
        && !(
            request.kind == QLatin1String("organization") || request.kind == QLatin1String("certificates"))) {
        err << tr("--from and --to go with the organization summary and certificates only.") << '\n';
        return 2;
    }
    if (period && !request.cohortId.isEmpty()) {
        err << tr("Give either --cohort ID or a period (--from DATE --to DATE), not both.") << '\n';
        return 2;
    }
    if (request.kind == QLatin1String("organization") && !period) {
        err << tr("The organization summary covers a period: --from DATE --to DATE.") << '\n';
        return 2;
    }
    if (period && (!request.from.isValid() || !request.to.isValid())) {
        err << tr("A period needs both --from DATE and --to DATE.") << '\n';
        return 2;
    }
    if (period && request.to < request.from) {
        err << tr("The period ends (%1) before it starts (%2).")
                   .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate))
            << '\n';
        return 2;
    }

    // Certificates are issued (their codes stored) as they are printed, and the other reports are
    // recorded as exports in the audit log: the database is opened for writing.
    auto database = CommandSupport::open(databasePath, false, err);
    if (!database || (!period && !CommandSupport::requireCohort(*database, request.cohortId, err)))
        return 1;

    static const QHash<QString, services::ReportKind> kindOf{
        {QStringLiteral("cohort"), services::ReportKind::Cohort},
        {QStringLiteral("learner"), services::ReportKind::Learner},
        {QStringLiteral("certificates"), services::ReportKind::Certificates},
        {QStringLiteral("signin"), services::ReportKind::SignInSheet},
        {QStringLiteral("organization"), services::ReportKind::OrganizationSummary}};
    services::ReportRequest wanted;
    wanted.kind = kindOf.value(request.kind);
    wanted.certificatesInRange = period;
    wanted.cohortId = request.cohortId;
    wanted.learnerId = request.learnerId;
    wanted.sessionId = request.sessionId; // a sign-in sheet is filled once attendance is taken
    wanted.from = request.from;
    wanted.to = request.to;
    wanted.language = request.language;
    wanted.paper = services::AppSettings::reportPageSize();
    const services::ReportJob job(*database, wanted, request.actor);

    // Recorded before the file is written (certificates are audited as they are issued instead).
    if (const QString what = services::ReportJob::auditWhat(wanted.kind); !what.isEmpty()) {
        const auto recorded = services::CohortFiles::recordExport(
            *database, request.actor, what, job.auditSubject(), request.out);
        if (!recorded) {
            err << recorded.error().message << '\n';
            return 1;
        }
    }
    const auto written = job.write(request.out);
    if (!written) {
        err << written.error().message << '\n';
        return 1;
    }
    out << (wanted.kind == services::ReportKind::Certificates
            ? tr("Wrote %1 certificates to %2")
                  .arg(written->certificates)
                  .arg(QDir::toNativeSeparators(request.out))
            : tr("Wrote %1").arg(QDir::toNativeSeparators(request.out)))
        << '\n';
    return 0;
}

} // namespace pcs::app
