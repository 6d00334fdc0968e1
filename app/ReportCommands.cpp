#include "ReportCommands.h"

#include "CommandSupport.h"
#include "pcs/gui/CohortAnalysis.h"
#include "pcs/gui/CohortFiles.h"
#include "pcs/gui/ReportSources.h"
#include "pcs/gui/SignInSheetSource.h"
#include "pcs/reports/CertificatePdf.h"
#include "pcs/reports/CohortReportPdf.h"
#include "pcs/reports/JobAidPdf.h"
#include "pcs/reports/LearnerReportPdf.h"
#include "pcs/reports/SignInSheetPdf.h"

#include <QDir>

#include <QLocale>
#include <QTextStream>
#include <algorithm>

namespace pcs::app {

int ReportCommands::run(
    const Request& request, const QString& databasePath, QTextStream& out, QTextStream& err)
{
    static const QStringList kinds{QStringLiteral("learner"), QStringLiteral("cohort"),
        QStringLiteral("certificates"), QStringLiteral("signin")};
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
    options.pageSize = reports::JobAidPdf::paperFor(QLocale());
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

} // namespace pcs::app
