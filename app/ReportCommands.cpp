#include "ReportCommands.h"

#include "CommandSupport.h"
#include "pcs/gui/AppSettings.h"
#include "pcs/gui/CohortAnalysis.h"
#include "pcs/gui/CohortFiles.h"
#include "pcs/gui/ReportSources.h"
#include "pcs/gui/SignInSheetSource.h"
#include "pcs/reports/CertificatePdf.h"
#include "pcs/reports/CohortReportPdf.h"
#include "pcs/reports/JobAidPdf.h"
#include "pcs/reports/LearnerReportPdf.h"
#include "pcs/reports/OrganizationReportPdf.h"
#include "pcs/reports/SignInSheetPdf.h"
#include "pcs/storage/CurriculumStore.h"

#include <QDir>

#include <QLocale>
#include <QTextStream>
#include <algorithm>

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
    if (period)
        return runForPeriod(request, databasePath, out, err);
    // Certificates are issued (their codes stored) as they are printed, and the other reports are
    // recorded as exports in the audit log: the database is opened for writing.
    const bool writes = request.kind == QLatin1String("certificates");
    auto database = CommandSupport::open(databasePath, false, err);
    if (!database || !CommandSupport::requireCohort(*database, request.cohortId, err))
        return 1;
    const auto analysis = gui::CohortAnalysis::read(*database, request.cohortId);
    if (!analysis) {
        err << analysis.error().message << '\n';
        return 1;
    }
    reports::ReportOptions options;
    options.language = request.language;
    options.pageSize = gui::AppSettings::reportPageSize();
    options.curriculumVersion = gui::ReportSources::curriculumVersion(*analysis, request.language);

    // Certificates are audited as they are issued; the other reports as exports.
    if (!writes) {
        const auto recorded = gui::CohortFiles::recordExport(*database, QStringLiteral("cli"),
            QStringLiteral("report-") + request.kind, request.cohortId, request.out);
        if (!recorded) {
            err << recorded.error().message << '\n';
            return 1;
        }
    }
    Result<void> written;
    int items = 1;
    if (request.kind == QLatin1String("cohort")) {
        const auto report = gui::ReportSources::cohortReport(*database, *analysis, request.language);
        written = report ? reports::CohortReportPdf(options).write(request.out, *report)
                         : Result<void>(std::unexpected(report.error()));
    } else if (request.kind == QLatin1String("learner")) {
        const auto report
            = gui::ReportSources::learnerReport(*database, *analysis, request.learnerId, request.language);
        written = report ? reports::LearnerReportPdf(options).write(request.out, *report)
                         : Result<void>(std::unexpected(report.error()));
    } else if (request.kind == QLatin1String("certificates")) {
        const auto certificates
            = gui::ReportSources::certificates(*database, *analysis, request.language, request.actor);
        if (certificates && certificates->empty()) {
            err << tr("No learner of “%1” is eligible for a certificate yet.").arg(analysis->cohort.title)
                << '\n';
            return 1;
        }
        items = certificates ? int(certificates->size()) : 0;
        written = certificates ? reports::CertificatePdf(options).write(request.out, *certificates)
                               : Result<void>(std::unexpected(certificates.error()));
    } else {
        QString sessionId = request.sessionId;
        if (sessionId.isEmpty() && !analysis->cohort.sessions.empty())
            sessionId = analysis->cohort.sessions.front().id;
        // Blank for signing before the session; filled once attendance has been taken.
        const bool filled = std::any_of(analysis->marks.begin(), analysis->marks.end(),
            [&](const AttendanceMark& mark) { return mark.sessionId == sessionId; });
        const auto sheet
            = gui::SignInSheetSource::read(*database, request.cohortId, sessionId, filled, request.language);
        reports::SignInSheetPdf pdf(request.language);
        pdf.setPageSize(options.pageSize);
        written = sheet ? pdf.write(request.out, *sheet) : Result<void>(std::unexpected(sheet.error()));
    }
    if (!written) {
        err << written.error().message << '\n';
        return 1;
    }
    out << (request.kind == QLatin1String("certificates")
            ? tr("Wrote %1 certificates to %2").arg(items).arg(QDir::toNativeSeparators(request.out))
            : tr("Wrote %1").arg(QDir::toNativeSeparators(request.out)))
        << '\n';
    return 0;
}

int ReportCommands::runForPeriod(
    const Request& request, const QString& databasePath, QTextStream& out, QTextStream& err)
{
    if (!request.from.isValid() || !request.to.isValid()) {
        err << tr("A period needs both --from DATE and --to DATE.") << '\n';
        return 2;
    }
    if (request.to < request.from) {
        err << tr("The period ends (%1) before it starts (%2).")
                   .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate))
            << '\n';
        return 2;
    }
    auto database = CommandSupport::open(databasePath, false, err);
    if (!database)
        return 1;
    const QString periodName
        = request.from.toString(Qt::ISODate) + QStringLiteral("..") + request.to.toString(Qt::ISODate);
    reports::ReportOptions options;
    options.language = request.language;
    options.pageSize = gui::AppSettings::reportPageSize();
    if (const auto package = storage::CurriculumStore(*database).current(); package && *package)
        options.curriculumVersion = gui::ReportSources::curriculumVersion(**package, request.language);

    if (request.kind == QLatin1String("organization")) {
        const auto summary
            = gui::ReportSources::organizationSummary(*database, request.from, request.to, request.language);
        if (!summary) {
            err << summary.error().message << '\n';
            return 1;
        }
        const auto recorded = gui::CohortFiles::recordExport(
            *database, request.actor, QStringLiteral("report-organization"), periodName, request.out);
        if (!recorded) {
            err << recorded.error().message << '\n';
            return 1;
        }
        if (const auto written = reports::OrganizationReportPdf(options).write(request.out, *summary);
            !written) {
            err << written.error().message << '\n';
            return 1;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(request.out)) << '\n';
        return 0;
    }
    // Certificates of every cohort that ends in the period; they are audited as they are issued.
    const auto certificates = gui::ReportSources::certificatesEndingBetween(
        *database, request.from, request.to, request.language, request.actor);
    if (!certificates) {
        err << certificates.error().message << '\n';
        return 1;
    }
    if (certificates->empty()) {
        err << tr("No learner of a cohort ending between %1 and %2 is eligible for a certificate.")
                   .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
            << '\n';
        return 1;
    }
    if (const auto written = reports::CertificatePdf(options).write(request.out, *certificates); !written) {
        err << written.error().message << '\n';
        return 1;
    }
    out << tr("Wrote %1 certificates to %2")
               .arg(certificates->size())
               .arg(QDir::toNativeSeparators(request.out))
        << '\n';
    return 0;
}

} // namespace pcs::app
