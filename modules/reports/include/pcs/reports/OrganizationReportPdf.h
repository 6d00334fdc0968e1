#pragma once

#include "pcs/reports/ReportCommon.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace pcs::reports {

// The training delivered over a period, across organizations and programs.
struct OrganizationSummary {
    QDate from, to;
    struct Row {
        QString organization;
        QString program;
        int peopleTrained = 0;
        int completed = 0; // eligible for a certificate
        int learnerContactMinutes = 0; // the contact time these learners attended, added up
    };
    std::vector<Row> rows; // one per organization x program
    struct TopicGain {
        QString topic;
        int n = 0; // learners with both a pre and a post rating
        double meanPre = 0, meanPost = 0;
    };
    std::vector<TopicGain> gains;
    int cohorts = 0, learners = 0;
    int contactMinutes = 0; // scheduled in the period's cohorts
};

// The organization summary (portrait): the period on top; cohorts, learners and contact hours; a
// table per organization and program with a totals row; the mean pre and post ratings per topic as a
// chart and a table; notes. Written through QSaveFile.
class OrganizationReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(pcs::reports::OrganizationReportPdf)

public:
    explicit OrganizationReportPdf(ReportOptions options = {});

    const ReportOptions& options() const { return m_options; }

    // Refuses a period that ends before it starts. `progress` is called after each page.
    Result<void> write(
        const QString& path, const OrganizationSummary& summary, const Progress& progress = {}) const;

private:
    ReportOptions m_options;
};

} // namespace pcs::reports
