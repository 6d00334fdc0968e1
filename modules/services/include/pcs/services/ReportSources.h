#pragma once

#include "pcs/domain/Error.h"
#include "pcs/reports/CertificatePdf.h"
#include "pcs/reports/CohortReportPdf.h"
#include "pcs/reports/LearnerReportPdf.h"
#include "pcs/reports/OrganizationReportPdf.h"
#include "pcs/services/CohortAnalysis.h"

#include <QCoreApplication>

#include <vector>

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// What the PDF reports show, gathered from a CohortAnalysis and the stores in `language` ("en" or
// "fr"). The Reports workspace and `pcs-studio report` both use these.
class ReportSources
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::ReportSources)

public:
    static Result<reports::CohortReport> cohortReport(
        storage::Database& database, const CohortAnalysis& analysis, const QString& language);
    static Result<reports::LearnerReport> learnerReport(storage::Database& database,
        const CohortAnalysis& analysis, const QString& personId, const QString& language);
    // The certificates of the cohort's eligible learners, issued (or issued before) in the
    // database with their verification codes; `actor` is audited for new ones.
    static Result<std::vector<reports::Certificate>> certificates(storage::Database& database,
        const CohortAnalysis& analysis, const QString& language, const QString& actor);
    // The certificates of every cohort that ends between `from` and `to` (both days included), in
    // the order the cohorts end, issued as certificates() does. `progress` (cohorts done, cohorts)
    // may cancel between cohorts: then nothing more is issued and the result is the cancel error.
    static Result<std::vector<reports::Certificate>> certificatesEndingBetween(storage::Database& database,
        const QDate& from, const QDate& to, const QString& language, const QString& actor,
        const reports::Progress& progress = {});
    // The organization summary of the cohorts ending between `from` and `to`, with program and
    // topic titles in `language`.
    static Result<reports::OrganizationSummary> organizationSummary(
        storage::Database& database, const QDate& from, const QDate& to, const QString& language);
    // The cohort's curriculum version as the footer shows it: "version 1 (2026-11-01)".
    static QString curriculumVersion(const CohortAnalysis& analysis);
    static QString curriculumVersion(const CurriculumPackage& package);
};

} // namespace pcs::services
