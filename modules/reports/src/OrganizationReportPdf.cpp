#include "pcs/reports/OrganizationReportPdf.h"

#include "PdfOutput.h"
#include "ReportLayout.h"

namespace pcs::reports {
namespace {

using detail::ReportLayout;
using detail::Style;
using detail::Table;

QString completionRate(const QLocale& locale, int completed, int trained)
{
    return trained > 0 ? ReportCommon::percent(locale, 100.0 * completed / trained) : QStringLiteral("—");
}

void delivery(ReportLayout& layout, const OrganizationSummary& s)
{
    const QLocale& locale = layout.locale();
    layout.section(OrganizationReportPdf::tr("Training delivered"));
    layout.labelled(OrganizationReportPdf::tr("Cohorts:"), QString::number(s.cohorts));
    layout.labelled(OrganizationReportPdf::tr("Learners:"), QString::number(s.learners));
    layout.labelled(
        OrganizationReportPdf::tr("Contact hours delivered:"), ReportCommon::hours(locale, s.contactMinutes));
    layout.gap(0.5);
    if (s.rows.empty()) {
        layout.paragraph(OrganizationReportPdf::tr("No training was delivered in this period."));
        return;
    }
    Table table;
    table.columns
        = {{OrganizationReportPdf::tr("Organization"), 0.25}, {OrganizationReportPdf::tr("Program"), 0.25},
            {OrganizationReportPdf::tr("People trained"), 0.12, Qt::AlignRight},
            {OrganizationReportPdf::tr("Completed"), 0.12, Qt::AlignRight},
            {OrganizationReportPdf::tr("Completion rate"), 0.12, Qt::AlignRight},
            {OrganizationReportPdf::tr("Learner contact hours"), 0.14, Qt::AlignRight}};
    int trained = 0, completed = 0, minutes = 0;
    for (const OrganizationSummary::Row& row : s.rows) {
        table.rows.push_back({row.organization, row.program, QString::number(row.peopleTrained),
            QString::number(row.completed), completionRate(locale, row.completed, row.peopleTrained),
            ReportCommon::hours(locale, row.learnerContactMinutes)});
        trained += row.peopleTrained;
        completed += row.completed;
        minutes += row.learnerContactMinutes;
    }
    table.boldRows.push_back(int(table.rows.size()));
    table.rows.push_back(
        {OrganizationReportPdf::tr("Total"), QString(), QString::number(trained), QString::number(completed),
            completionRate(locale, completed, trained), ReportCommon::hours(locale, minutes)});
    layout.table(table);
}

void ratings(ReportLayout& layout, const OrganizationSummary& s)
{
    const QLocale& locale = layout.locale();
    layout.section(OrganizationReportPdf::tr("Self-assessment by topic"));
    if (s.gains.empty()) {
        layout.paragraph(OrganizationReportPdf::tr(
            "No learner answered both the pre and the post self-assessment in this period."));
        return;
    }
    layout.paragraph(OrganizationReportPdf::tr(
        "Mean competence ratings, from 1 (low) to 5 (high), of the learners who answered both "
        "the pre and the post self-assessment."));
    layout.gap(0.4);
    std::vector<ChartGroup> groups;
    for (const OrganizationSummary::TopicGain& gain : s.gains) {
        const bool any = gain.n > 0;
        groups.push_back({gain.topic,
            {any ? std::optional(gain.meanPre) : std::nullopt,
                any ? std::optional(gain.meanPost) : std::nullopt}});
    }
    layout.chart(groups, 1, 5, {OrganizationReportPdf::tr("Pre"), OrganizationReportPdf::tr("Post")},
        OrganizationReportPdf::tr("Mean rating (1 = low, 5 = high)"));
    layout.gap(0.6);
    Table table;
    table.columns
        = {{OrganizationReportPdf::tr("Topic"), 0.52}, {OrganizationReportPdf::tr("n"), 0.10, Qt::AlignRight},
            {OrganizationReportPdf::tr("Mean pre"), 0.12, Qt::AlignRight},
            {OrganizationReportPdf::tr("Mean post"), 0.12, Qt::AlignRight},
            {OrganizationReportPdf::tr("Change"), 0.14, Qt::AlignRight}};
    for (const OrganizationSummary::TopicGain& gain : s.gains) {
        const bool any = gain.n > 0;
        table.rows.push_back({gain.topic, QString::number(gain.n),
            any ? ReportCommon::mean(locale, gain.meanPre) : QStringLiteral("—"),
            any ? ReportCommon::mean(locale, gain.meanPost) : QStringLiteral("—"),
            any ? ReportCommon::change(locale, gain.meanPost - gain.meanPre) : QStringLiteral("—")});
    }
    layout.table(table);
}

} // namespace

OrganizationReportPdf::OrganizationReportPdf(ReportOptions options)
    : m_options(std::move(options))
{ }

Result<void> OrganizationReportPdf::write(
    const QString& path, const OrganizationSummary& summary, const Progress& progress) const
{
    detail::PdfOutput output(path, m_options, QPageLayout::Portrait, detail::kReportMargins);
    if (summary.from.isValid() && summary.to.isValid() && summary.to < summary.from)
        return fail(ErrorKind::Invalid,
            tr("The period ends before it starts; nothing was written to %1.").arg(output.shown()));
    const QLocale locale = ReportCommon::locale(m_options.language);
    const QString period = ReportCommon::dateRange(locale, summary.from, summary.to);
    if (auto opened = output.open(tr("Organization summary — %1").arg(period)); !opened)
        return opened;
    ReportLayout layout(output.writer(), m_options);
    layout.beginDocument(tr("Organization summary"), period,
        {tr("Training of the Person-Centric Strategies series delivered in cohorts that ended in this "
            "period.")});
    delivery(layout, summary);
    ratings(layout, summary);
    layout.section(tr("Notes"));
    for (const QString& note :
        {tr("People trained: learners enrolled in a cohort of the program. Completed: learners eligible for "
            "a "
            "certificate of completion. Learner contact hours: the contact time these learners attended, "
            "added up. Contact hours delivered: the contact time scheduled in the cohorts of the period."),
            tr("Mean ratings count only the learners who answered both the pre and the post self-assessment "
               "of "
               "a topic (n); the change is the mean post rating minus the mean pre rating.")}) {
        layout.paragraph(note, Style::Small);
        layout.gap(0.3);
    }
    if (auto rendered = layout.render(output, progress); !rendered)
        return rendered;
    return output.finish();
}

} // namespace pcs::reports
