#pragma once

#include "pcs/services/ReportRequest.h"

#include "pcs/domain/Error.h"
#include "pcs/reports/ReportCommon.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// What a written report is: how to name and audit it.
struct ReportOutcome {
    QString title; // "Cohort report — Timmins winter", for the preview's caption
    QString fileName; // suggested when saving, e.g. "Cohort report - Timmins winter.pdf"
    QString auditWhat; // "report-cohort", ...; empty for certificates (audited as they are issued)
    QString auditSubject; // the cohort id, or the period "2026-01-01..2026-06-30"
    int certificates = 0;
};

// Writes one requested report to a PDF file with exactly what `pcs-studio report` uses:
// CohortAnalysis, ReportSources, SignInSheetSource and the writers of pcs::reports. Certificates
// are issued (their codes stored, `actor` audited) as they are gathered. No widgets.
class ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::ReportJob)

public:
    // Told what the job is doing now ("Gathering the certificates…"), for a progress label.
    using Stage = std::function<void(const QString& stage)>;

    ReportJob(storage::Database& database, ReportRequest request, QString actor);

    // Writes the report to `path` (through the writers' QSaveFile). `progress` gets the pages done
    // and may cancel: then there is no file and the error's message is ReportCommon::cancelledMessage().
    Result<ReportOutcome> write(
        const QString& path, const reports::Progress& progress = {}, const Stage& stage = {}) const;

    // What the report is about in the audit log: the cohort's id, or the period "2026-01-01..2026-06-30".
    QString auditSubject() const;

    // "report-cohort", "report-learner", "report-signin", "report-organization"; empty for certificates.
    static QString auditWhat(ReportKind kind);
    // The report's name as the form lists it ("Cohort report").
    static QString kindTitle(ReportKind kind);
    // What the report holds, in a sentence or two for the form.
    static QString kindDescription(ReportKind kind, bool certificatesInRange);

private:
    reports::ReportOptions options() const;
    Result<ReportOutcome> writeCohortKind(
        const QString& path, const reports::Progress& progress, const Stage& stage) const;
    Result<ReportOutcome> writeRangeKind(
        const QString& path, const reports::Progress& progress, const Stage& stage) const;
    ReportOutcome outcome(const QString& subjectTitle) const;

    storage::Database& m_database;
    ReportRequest m_request;
    QString m_actor;
};

} // namespace pcs::services
