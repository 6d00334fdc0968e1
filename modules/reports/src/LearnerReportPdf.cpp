#include "pcs/reports/LearnerReportPdf.h"

#include "PdfOutput.h"
#include "ReportLayout.h"

#include <algorithm>

namespace pcs::reports {
namespace {

using detail::Column;
using detail::ReportLayout;
using detail::Style;
using detail::Table;

// "Label:" in the locale's punctuation, unless the label already ends with a colon.
QString withColon(const QString& label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.endsWith(u':'))
        return trimmed;
    return LearnerReportPdf::tr("%1:", "a label before its text").arg(trimmed);
}

void attendance(ReportLayout& layout, const LearnerReport& report)
{
    const QLocale& locale = layout.locale();
    layout.section(LearnerReportPdf::tr("Attendance and contact hours"));
    layout.labelled(LearnerReportPdf::tr("Sessions attended:"),
        LearnerReportPdf::tr("%1 of %2")
            .arg(QString::number(report.sessionsAttended), QString::number(report.sessions)));
    QString hours = LearnerReportPdf::tr("%1 of %2 hours")
                        .arg(ReportCommon::hours(locale, report.earnedMinutes),
                            ReportCommon::hours(locale, report.programMinutes));
    if (report.programMinutes > 0)
        hours = LearnerReportPdf::tr("%1 (%2)").arg(
            hours, ReportCommon::percent(locale, 100.0 * report.earnedMinutes / report.programMinutes));
    layout.labelled(LearnerReportPdf::tr("Contact hours:"), hours);
    const QString needed = ReportCommon::percent(locale, report.completionPercent);
    layout.labelled(LearnerReportPdf::tr("Certificate of completion:"),
        report.eligible
            ? LearnerReportPdf::tr("eligible: at least %1 of the program's contact hours attended.")
                  .arg(needed)
            : LearnerReportPdf::tr("not yet eligible: %1 of the program's contact hours are needed.")
                  .arg(needed));
}

void ratings(ReportLayout& layout, const LearnerReport& report)
{
    const QLocale& locale = layout.locale();
    layout.section(LearnerReportPdf::tr("Self-assessment by topic"));
    if (report.topics.empty()) {
        layout.paragraph(LearnerReportPdf::tr("No self-assessment has been recorded yet."));
        return;
    }
    const bool then = std::any_of(report.topics.begin(), report.topics.end(),
        [](const LearnerTopicRow& row) { return row.then.has_value(); });
    layout.paragraph(then
            ? LearnerReportPdf::tr(
                "Competence ratings from 1 (low) to 5 (high): before the training (pre), after it "
                "(post) and, at the end, looking back at where you started (then).")
            : LearnerReportPdf::tr("Competence ratings from 1 (low) to 5 (high): before the training "
                                   "(pre) and after it (post)."));
    layout.gap(0.4);

    QStringList series{LearnerReportPdf::tr("Pre"), LearnerReportPdf::tr("Post")};
    if (then)
        series << LearnerReportPdf::tr("Then");
    std::vector<ChartGroup> groups;
    for (const LearnerTopicRow& row : report.topics) {
        ChartGroup group{row.topic, {row.pre, row.post}};
        if (then)
            group.values.push_back(row.then);
        groups.push_back(std::move(group));
    }
    layout.chart(groups, 1, 5, series, LearnerReportPdf::tr("Rating (1 = low, 5 = high)"));
    layout.gap(0.6);

    Table table;
    table.columns = {{LearnerReportPdf::tr("Topic"), then ? 0.25 : 0.32}, {series[0], 0.07, Qt::AlignRight},
        {series[1], 0.07, Qt::AlignRight}};
    if (then)
        table.columns.push_back({series[2], 0.07, Qt::AlignRight});
    table.columns.push_back({LearnerReportPdf::tr("Change"), 0.10, Qt::AlignRight});
    table.columns.push_back({LearnerReportPdf::tr("Desire for development"), 0.14, Qt::AlignRight});
    table.columns.push_back({LearnerReportPdf::tr("MicroCoaching tools"), 0.30});
    for (const LearnerTopicRow& row : report.topics) {
        QStringList cells{
            row.topic, ReportCommon::mean(locale, row.pre), ReportCommon::mean(locale, row.post)};
        if (then)
            cells << ReportCommon::mean(locale, row.then);
        cells << (row.pre && row.post ? ReportCommon::change(locale, *row.post - *row.pre)
                                      : QStringLiteral("—"));
        cells << ReportCommon::mean(locale, row.desire);
        cells << (row.tools.isEmpty() ? QStringLiteral("—") : row.tools.join(QStringLiteral(", ")));
        table.rows.push_back(cells);
    }
    layout.table(table);
    layout.paragraph(LearnerReportPdf::tr("Desire for development: how much you want to develop the topic "
                                          "further, from 1 (not at all) to 5 (very much)."),
        Style::Small);
}

void priorities(ReportLayout& layout, const LearnerReport& report)
{
    layout.section(LearnerReportPdf::tr("Recommended tools"));
    if (report.priorityTopics.isEmpty()) {
        layout.paragraph(LearnerReportPdf::tr("No priorities were identified from the self-assessment."));
        return;
    }
    layout.paragraph(LearnerReportPdf::tr(
        "The topics you most want to develop further, with the MicroCoaching tools that support them:"));
    layout.gap(0.3);
    layout.bullets(report.priorityTopics);
}

void sawPlan(ReportLayout& layout, const LearnerReport& report)
{
    layout.section(LearnerReportPdf::tr("Skills Application in the Workplace (SAW) plan"));
    if (report.sawPlan.empty()) {
        layout.paragraph(LearnerReportPdf::tr("No SAW plan has been written yet."));
        return;
    }
    for (const LearnerReport::PlanPart& part : report.sawPlan) {
        layout.subsection(part.competency);
        for (const auto& [label, text] : part.fields)
            layout.labelled(withColon(label), text.trimmed().isEmpty() ? QStringLiteral("—") : text);
    }
}

void followUps(ReportLayout& layout, const LearnerReport& report)
{
    const QLocale& locale = layout.locale();
    layout.section(LearnerReportPdf::tr("Follow-ups"));
    if (report.followUps.empty()) {
        layout.paragraph(LearnerReportPdf::tr("No follow-ups are scheduled."));
        return;
    }
    Table table;
    table.columns = {{LearnerReportPdf::tr("Follow-up"), 0.13}, {LearnerReportPdf::tr("Due"), 0.16},
        {LearnerReportPdf::tr("Status"), 0.13}, {LearnerReportPdf::tr("Reflection"), 0.31},
        {LearnerReportPdf::tr("Next step"), 0.27}};
    for (const LearnerReport::FollowUpRow& row : report.followUps)
        table.rows.push_back(
            {LearnerReportPdf::tr("Day %1").arg(row.dayOffset), ReportCommon::date(locale, row.due),
                row.status, row.reflection.isEmpty() ? QStringLiteral("—") : row.reflection,
                row.nextStep.isEmpty() ? QStringLiteral("—") : row.nextStep});
    layout.table(table);
}

void lay(ReportLayout& layout, const LearnerReport& report)
{
    const QLocale& locale = layout.locale();
    QStringList details;
    if (!report.programTitle.isEmpty())
        details << LearnerReportPdf::tr("Program: %1").arg(report.programTitle);
    if (!report.cohortTitle.isEmpty())
        details << LearnerReportPdf::tr("Cohort: %1").arg(report.cohortTitle);
    if (!report.organization.isEmpty())
        details << LearnerReportPdf::tr("Organization: %1").arg(report.organization);
    if (report.startDate.isValid() || report.endDate.isValid())
        details << LearnerReportPdf::tr("Dates: %1")
                       .arg(ReportCommon::dateRange(locale, report.startDate, report.endDate));
    layout.beginDocument(LearnerReportPdf::tr("Learner progress report"), report.learnerName, details);
    attendance(layout, report);
    ratings(layout, report);
    priorities(layout, report);
    sawPlan(layout, report);
    followUps(layout, report);
}

} // namespace

LearnerReportPdf::LearnerReportPdf(ReportOptions options)
    : m_options(std::move(options))
{ }

Result<void> LearnerReportPdf::write(const QString& path, const LearnerReport& report) const
{
    return write(path, std::vector<LearnerReport>{report});
}

Result<void> LearnerReportPdf::write(
    const QString& path, const std::vector<LearnerReport>& reports, const Progress& progress) const
{
    detail::PdfOutput output(path, m_options, QPageLayout::Portrait, detail::kReportMargins);
    if (reports.empty())
        return fail(ErrorKind::Invalid, tr("There is no learner report to write to %1.").arg(output.shown()));
    const QString title = reports.size() == 1
        ? tr("Learner progress report — %1").arg(reports.front().learnerName)
        : tr("Learner progress reports");
    if (auto opened = output.open(title); !opened)
        return opened;
    ReportLayout layout(output.writer(), m_options);
    for (const LearnerReport& report : reports)
        lay(layout, report);
    if (auto rendered = layout.render(output, progress); !rendered)
        return rendered;
    return output.finish();
}

} // namespace pcs::reports
