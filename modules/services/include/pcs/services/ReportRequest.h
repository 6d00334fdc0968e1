#pragma once

#include <QDate>
#include <QPageSize>
#include <QString>

#include <optional>

namespace pcs::services {

// The reports the Reports workspace makes, in the order its form lists them.
enum class ReportKind { Cohort, Learner, Certificates, SignInSheet, OrganizationSummary };

// One report as the Reports workspace's form or `pcs-studio report` asks for it, with only the
// fields its kind uses filled in.
struct ReportRequest {
    ReportKind kind = ReportKind::Cohort;
    bool certificatesInRange = false; // certificates of every cohort ending between from and to
    QString cohortId;
    QString learnerId;
    QString sessionId;
    // A sign-in sheet with the attendance recorded, or blank; unset: filled once attendance has
    // been taken in the session.
    std::optional<bool> filledSheet;
    QDate from, to;
    QString language = QStringLiteral("en");
    QPageSize::PageSizeId paper = QPageSize::Letter;

    // The kinds whose subject is a period rather than a cohort.
    bool usesRange() const
    {
        return kind == ReportKind::OrganizationSummary
            || (kind == ReportKind::Certificates && certificatesInRange);
    }
    bool usesCohort() const { return kind != ReportKind::OrganizationSummary && !usesRange(); }
};

} // namespace pcs::services
