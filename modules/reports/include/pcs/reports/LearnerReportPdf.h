#pragma once

#include "pcs/reports/ReportCommon.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace pcs::reports {

// One topic of a learner's self-assessments: mean competence ratings (1–5) before, after and, looking
// back at the end, before the training ("then"), the desire for further development, and the
// MicroCoaching tools that support the topic.
struct LearnerTopicRow {
    QString topic;
    std::optional<double> pre, post, then, desire;
    QStringList tools;
};

struct LearnerReport {
    QString learnerName, cohortTitle, programTitle, organization;
    QDate startDate, endDate;
    std::vector<LearnerTopicRow> topics; // in program order
    QStringList priorityTopics; // topic titles with tools, "Topic — Tool 3, Tool 5"
    struct PlanPart {
        QString competency;
        std::vector<std::pair<QString, QString>> fields; // label, text
    };
    std::vector<PlanPart> sawPlan;
    struct FollowUpRow {
        int dayOffset = 0; // 30, 60, 90
        QDate due;
        QString status;
        QString reflection;
        QString nextStep;
    };
    std::vector<FollowUpRow> followUps;
    int sessionsAttended = 0, sessions = 0, earnedMinutes = 0, programMinutes = 0;
    int completionPercent = 80; // of the program's contact minutes needed for a certificate
    bool eligible = false;
};

// A learner's progress report (portrait): the learner, cohort and dates on top; attendance and contact
// hours; pre, post and then ratings per topic as a chart and a table with the change and the desire
// for development; the recommended topics and tools; the SAW plan; the follow-ups. Several reports
// go into one file, each starting on a new page; "Page N of M" counts the pages of the whole file.
// Written through QSaveFile: the file appears only when the whole document was written.
class LearnerReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(pcs::reports::LearnerReportPdf)

public:
    explicit LearnerReportPdf(ReportOptions options = {});

    const ReportOptions& options() const { return m_options; }

    Result<void> write(const QString& path, const LearnerReport& report) const;
    // Refuses an empty list. `progress` is called after each page; returning false cancels.
    Result<void> write(
        const QString& path, const std::vector<LearnerReport>& reports, const Progress& progress = {}) const;

private:
    ReportOptions m_options;
};

} // namespace pcs::reports
