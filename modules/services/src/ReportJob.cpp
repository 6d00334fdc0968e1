#include "pcs/services/ReportJob.h"

#include "ReportLanguage.h"

#include "pcs/reports/CertificatePdf.h"
#include "pcs/reports/CohortReportPdf.h"
#include "pcs/reports/LearnerReportPdf.h"
#include "pcs/reports/OrganizationReportPdf.h"
#include "pcs/reports/SignInSheetPdf.h"
#include "pcs/services/CohortAnalysis.h"
#include "pcs/services/ReportSources.h"
#include "pcs/services/SignInSheetSource.h"
#include "pcs/storage/CurriculumStore.h"

#include <QRegularExpression>

#include <algorithm>

#include <utility>

namespace pcs::services {

namespace {

template <typename T> Result<void> failed(const Result<T>& result)
{
    return Result<void>(std::unexpected(result.error()));
}

// A file name without the characters file systems refuse.
QString safeFileName(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    name.replace(unsafe, QStringLiteral("-"));
    return name.simplified();
}

} // namespace

ReportJob::ReportJob(storage::Database& database, ReportRequest request, QString actor)
    : m_database(database)
    , m_request(std::move(request))
    , m_actor(std::move(actor))
{ }

QString ReportJob::auditWhat(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Cohort:
        return QStringLiteral("report-cohort");
    case ReportKind::Learner:
        return QStringLiteral("report-learner");
    case ReportKind::SignInSheet:
        return QStringLiteral("report-signin");
    case ReportKind::OrganizationSummary:
        return QStringLiteral("report-organization");
    case ReportKind::Certificates:
        break;
    }
    return {};
}

QString ReportJob::kindTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Cohort:
        return tr("Cohort report");
    case ReportKind::Learner:
        return tr("Learner progress report");
    case ReportKind::Certificates:
        return tr("Certificates of completion");
    case ReportKind::SignInSheet:
        return tr("Sign-in sheet");
    case ReportKind::OrganizationSummary:
        return tr("Organization summary");
    }
    return {};
}

QString ReportJob::kindDescription(ReportKind kind, bool inRange)
{
    switch (kind) {
    case ReportKind::Cohort:
        return tr("Completion, attendance and the pre and post self-assessment figures of one "
                  "cohort, topic by topic.");
    case ReportKind::Learner:
        return tr("One learner's attendance, ratings before and after the training, "
                  "recommended tools, SAW plan and follow-ups.");
    case ReportKind::Certificates:
        return inRange ? tr("A certificate for every eligible learner of every cohort ending "
                            "in the period. Certificates are issued, with their verification "
                            "codes, as they are generated.")
                       : tr("A certificate for each learner who attended enough of the "
                            "program. Certificates are issued, with their verification "
                            "codes, as they are generated.");
    case ReportKind::SignInSheet:
        return tr("A session's sign-in sheet: blank for signing, or filled with the attendance recorded.");
    case ReportKind::OrganizationSummary:
        return tr("The training delivered by the cohorts ending in the period, by "
                  "organization and program, with the mean ratings before and after.");
    }
    return {};
}

reports::ReportOptions ReportJob::options() const
{
    reports::ReportOptions options;
    options.language = m_request.language;
    options.pageSize = m_request.paper;
    return options;
}

QString ReportJob::auditSubject() const
{
    return m_request.usesRange() ? QStringLiteral("%1..%2").arg(
               m_request.from.toString(Qt::ISODate), m_request.to.toString(Qt::ISODate))
                                 : m_request.cohortId;
}

ReportOutcome ReportJob::outcome(const QString& subjectTitle) const
{
    ReportOutcome result;
    const QString kind = kindTitle(m_request.kind);
    result.title = subjectTitle.isEmpty() ? kind : tr("%1 — %2").arg(kind, subjectTitle);
    result.fileName
        = safeFileName(subjectTitle.isEmpty() ? kind : QStringLiteral("%1 - %2").arg(kind, subjectTitle))
        + QStringLiteral(".pdf");
    result.auditWhat = auditWhat(m_request.kind);
    result.auditSubject = auditSubject();
    return result;
}

Result<ReportOutcome> ReportJob::write(
    const QString& path, const reports::Progress& progress, const Stage& stage) const
{
    // Headings and notes in the report's language, even when the window speaks the other one.
    const ReportLanguage inReportLanguage(m_request.language);
    return m_request.usesRange() ? writeRangeKind(path, progress, stage)
                                 : writeCohortKind(path, progress, stage);
}

Result<ReportOutcome> ReportJob::writeCohortKind(
    const QString& path, const reports::Progress& progress, const Stage& stage) const
{
    const auto say = [&](const QString& text) {
        if (stage)
            stage(text);
    };
    if (m_request.cohortId.isEmpty())
        return fail(ErrorKind::Invalid, tr("Choose a cohort first."));
    say(tr("Reading the cohort…"));
    const auto analysis = CohortAnalysis::read(m_database, m_request.cohortId);
    if (!analysis)
        return std::unexpected(analysis.error());
    reports::ReportOptions options = this->options();
    options.curriculumVersion = ReportSources::curriculumVersion(*analysis);
    const QString language = m_request.language;
    ReportOutcome result = outcome(analysis->cohort.title);

    Result<void> written;
    switch (m_request.kind) {
    case ReportKind::Cohort: {
        const auto report = ReportSources::cohortReport(m_database, *analysis, language);
        say(tr("Writing the report…"));
        written = report ? reports::CohortReportPdf(options).write(path, *report, progress) : failed(report);
        break;
    }
    case ReportKind::Learner: {
        if (m_request.learnerId.isEmpty())
            return fail(ErrorKind::Invalid, tr("Choose a learner first."));
        const auto report
            = ReportSources::learnerReport(m_database, *analysis, m_request.learnerId, language);
        if (report)
            result = outcome(tr("%1 (%2)").arg(report->learnerName, analysis->cohort.title));
        say(tr("Writing the report…"));
        written = report ? reports::LearnerReportPdf(options).write(
                      path, std::vector<reports::LearnerReport>{*report}, progress)
                         : failed(report);
        break;
    }
    case ReportKind::Certificates: {
        say(tr("Issuing the certificates…"));
        const auto certificates = ReportSources::certificates(m_database, *analysis, language, m_actor);
        if (certificates && certificates->empty())
            return fail(ErrorKind::Invalid,
                tr("No learner of “%1” is eligible for a certificate yet.").arg(analysis->cohort.title));
        if (certificates)
            result.certificates = int(certificates->size());
        say(tr("Writing the certificates…"));
        written = certificates ? reports::CertificatePdf(options).write(path, *certificates, progress)
                               : failed(certificates);
        break;
    }
    case ReportKind::SignInSheet: {
        QString sessionId = m_request.sessionId;
        if (sessionId.isEmpty() && !analysis->cohort.sessions.empty())
            sessionId = analysis->cohort.sessions.front().id;
        if (sessionId.isEmpty())
            return fail(ErrorKind::Invalid, tr("“%1” has no sessions yet.").arg(analysis->cohort.title));
        const bool filled = m_request.filledSheet.value_or(std::any_of(analysis->marks.begin(),
            analysis->marks.end(), [&](const AttendanceMark& mark) { return mark.sessionId == sessionId; }));
        const auto sheet
            = SignInSheetSource::read(m_database, m_request.cohortId, sessionId, filled, language);
        if (sheet)
            result = outcome(tr("%1, session %2").arg(analysis->cohort.title).arg(sheet->session.position));
        reports::SignInSheetPdf pdf(language);
        pdf.setPageSize(m_request.paper);
        say(tr("Writing the sheet…"));
        written = sheet ? pdf.write(path, *sheet) : failed(sheet);
        break;
    }
    case ReportKind::OrganizationSummary:
        return fail(ErrorKind::Invalid, tr("The organization summary covers a period, not a cohort."));
    }
    if (!written)
        return std::unexpected(written.error());
    return result;
}

Result<ReportOutcome> ReportJob::writeRangeKind(
    const QString& path, const reports::Progress& progress, const Stage& stage) const
{
    const auto say = [&](const QString& text) {
        if (stage)
            stage(text);
    };
    const QDate from = m_request.from;
    const QDate to = m_request.to;
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorKind::Invalid, tr("The period ends before it starts."));
    const QString language = m_request.language;
    const QString period
        = reports::ReportCommon::dateRange(reports::ReportCommon::locale(language), from, to);
    ReportOutcome result = outcome(period);
    // Both the file name and the caption name the period; the file name in ISO dates.
    result.fileName
        = QStringLiteral("%1 %2 - %3.pdf")
              .arg(kindTitle(m_request.kind), from.toString(Qt::ISODate), to.toString(Qt::ISODate));

    reports::ReportOptions options = this->options();
    if (const auto package = storage::CurriculumStore(m_database).current(); package && *package)
        options.curriculumVersion = ReportSources::curriculumVersion(**package);
    Result<void> written;
    if (m_request.kind == ReportKind::Certificates) {
        say(tr("Issuing the certificates of the cohorts ending in the period…"));
        const auto certificates
            = ReportSources::certificatesEndingBetween(m_database, from, to, language, m_actor, progress);
        if (certificates && certificates->empty())
            return fail(ErrorKind::Invalid,
                tr("No learner of a cohort ending between %1 and %2 is eligible for a certificate.")
                    .arg(reports::ReportCommon::date(reports::ReportCommon::locale(language), from),
                        reports::ReportCommon::date(reports::ReportCommon::locale(language), to)));
        if (certificates)
            result.certificates = int(certificates->size());
        say(tr("Writing the certificates…"));
        written = certificates ? reports::CertificatePdf(options).write(path, *certificates, progress)
                               : failed(certificates);
    } else {
        say(tr("Reading the cohorts of the period…"));
        const auto summary = ReportSources::organizationSummary(m_database, from, to, language);
        say(tr("Writing the report…"));
        written = summary ? reports::OrganizationReportPdf(options).write(path, *summary, progress)
                          : failed(summary);
    }
    if (!written)
        return std::unexpected(written.error());
    return result;
}

} // namespace pcs::services
