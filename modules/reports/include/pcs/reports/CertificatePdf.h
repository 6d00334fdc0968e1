#pragma once

#include "pcs/reports/ReportCommon.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace pcs::reports {

struct Certificate {
    QString learnerName, programTitle, cohortTitle, organization;
    int contactMinutes = 0;
    QDate startDate, endDate;
    QStringList facilitators; // display names; each gets a signature line
    QString verificationCode; // checked with "pcs-studio certificate verify CODE"
    QString location;
};

// Certificates of completion, one landscape page each, in one PDF: a drawn double border, the
// learner's name large, "has completed", the program, the contact hours and dates, a signature line
// per facilitator with the name under it, the verification code and how to check it. Built for large
// batches (all eligible learners of a cohort, all cohorts of a period): fonts, the border and the
// fixed text are prepared once, and text repeated from page to page is shaped once.
// Written through QSaveFile: the file appears only when every page was written.
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(pcs::reports::CertificatePdf)

public:
    explicit CertificatePdf(ReportOptions options = {});

    const ReportOptions& options() const { return m_options; }

    // Refuses an empty list and a certificate without a learner's name. `progress` is called after
    // each page; returning false cancels and leaves no file.
    Result<void> write(const QString& path, const std::vector<Certificate>& certificates,
        const Progress& progress = {}) const;

    // The command that checks a code, as printed on the certificate.
    static QString verifyCommand(const QString& code);

private:
    ReportOptions m_options;
};

} // namespace pcs::reports
