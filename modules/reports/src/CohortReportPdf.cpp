#include "pcs/reports/CohortReportPdf.h"

#include "PdfOutput.h"
#include "ReportLayout.h"

#include <algorithm>

namespace pcs::reports {
namespace {

using detail::ReportLayout;
using detail::Style;
using detail::Table;

void completion(ReportLayout& layout, const CohortReport& r)
{
    const QLocale& locale = layout.locale();
    layout.section(CohortReportPdf::tr("Completion and attendance"));
    layout.labelled(CohortReportPdf::tr("Learners:"), QString::number(r.learners));
    QString eligible = QString::number(r.eligible);
    if (r.learners > 0)
        eligible = CohortReportPdf::tr("%1 of %2 (%3)")
                       .arg(eligible, QString::number(r.learners),
                           ReportCommon::percent(locale, 100.0 * r.eligible / r.learners));
    layout.labelled(CohortReportPdf::tr("Eligible for a certificate:"), eligible);
    layout.labelled(
        CohortReportPdf::tr("Mean attendance:"), ReportCommon::percent(locale, 100.0 * r.meanAttendanceRate));
    layout.labelled(CohortReportPdf::tr("Sessions:"), QString::number(r.sessions));
    layout.labelled(
        CohortReportPdf::tr("Contact hours delivered:"), ReportCommon::hours(locale, r.deliveredMinutes));
    layout.paragraph(CohortReportPdf::tr("A certificate needs at least %1 of the program's contact hours.")
                         .arg(ReportCommon::percent(locale, r.completionPercent)),
        Style::Small);
}

QString pCell(const QLocale& locale, const CohortTopicStats& s)
{
    if (!s.wilcoxonP)
        return QStringLiteral("—");
    const QString p = ReportCommon::pValue(locale, *s.wilcoxonP);
    // "< 0.001" is a bound either way.
    return s.exactP || *s.wilcoxonP < 0.001 ? p : QStringLiteral("≈") + p;
}

void statistics(ReportLayout& layout, const CohortReport& r)
{
    const QLocale& locale = layout.locale();
    layout.section(CohortReportPdf::tr("Self-assessment by topic"));
    if (r.topics.empty()) {
        layout.paragraph(CohortReportPdf::tr("No self-assessment has been recorded for this cohort."));
        return;
    }
    const bool then = std::any_of(
        r.topics.begin(), r.topics.end(), [](const CohortTopicStats& s) { return s.thenMean.has_value(); });
    layout.paragraph(
        CohortReportPdf::tr("Mean competence ratings of the learners who answered both the pre and the post "
                            "self-assessment, from 1 (low) to 5 (high)."));
    layout.gap(0.4);
    QStringList series{CohortReportPdf::tr("Pre"), CohortReportPdf::tr("Post")};
    if (then)
        series << CohortReportPdf::tr("Then");
    std::vector<ChartGroup> groups;
    for (const CohortTopicStats& s : r.topics) {
        ChartGroup group{s.topic, {}};
        const bool any = s.nPaired > 0;
        group.values
            = {any ? std::optional(s.preMean) : std::nullopt, any ? std::optional(s.postMean) : std::nullopt};
        if (then)
            group.values.push_back(s.thenMean);
        groups.push_back(std::move(group));
    }
    layout.chart(groups, 1, 5, series, CohortReportPdf::tr("Mean rating (1 = low, 5 = high)"));

    layout.section(CohortReportPdf::tr("Statistics by topic"));
    Table table;
    table.columns = {{CohortReportPdf::tr("Topic"), then ? 0.24 : 0.315},
        {CohortReportPdf::tr("n"), 0.05, Qt::AlignRight},
        {CohortReportPdf::tr("Pre mean"), 0.075, Qt::AlignRight},
        {CohortReportPdf::tr("Post mean"), 0.075, Qt::AlignRight},
        {CohortReportPdf::tr("Pre median"), 0.085, Qt::AlignRight},
        {CohortReportPdf::tr("Post median"), 0.085, Qt::AlignRight}};
    if (then)
        table.columns.push_back({CohortReportPdf::tr("Then mean"), 0.075, Qt::AlignRight});
    table.columns.push_back({CohortReportPdf::tr("Improved / unchanged / declined"), 0.14, Qt::AlignRight});
    table.columns.push_back({CohortReportPdf::tr("p"), 0.095, Qt::AlignRight});
    table.columns.push_back({CohortReportPdf::tr("r"), 0.075, Qt::AlignRight});
    for (const CohortTopicStats& s : r.topics) {
        const bool any = s.nPaired > 0;
        const auto figure
            = [&](double value) { return any ? ReportCommon::mean(locale, value) : QStringLiteral("—"); };
        QStringList cells{s.topic, QString::number(s.nPaired), figure(s.preMean), figure(s.postMean),
            figure(s.preMedian), figure(s.postMedian)};
        if (then)
            cells << ReportCommon::mean(locale, s.thenMean)
                    + (s.responseShift ? QStringLiteral(" †") : QString());
        cells << (any ? QStringLiteral("%1 / %2 / %3").arg(s.improved).arg(s.unchanged).arg(s.declined)
                      : QStringLiteral("—"));
        cells << pCell(locale, s);
        cells << (s.effectSize ? ReportCommon::effect(locale, *s.effectSize) : QStringLiteral("—"));
        table.rows.push_back(cells);
    }
    layout.table(table);
    QString legend = CohortReportPdf::tr(
        "p: Wilcoxon signed-rank test, two-sided; ≈ marks a p from the normal approximation, the "
        "others are exact. r: effect size (matched-pairs rank-biserial correlation).");
    if (std::any_of(
            r.topics.begin(), r.topics.end(), [](const CohortTopicStats& s) { return s.responseShift; }))
        legend += u' ' + CohortReportPdf::tr("† Then-ratings differ from pre-ratings (response shift).");
    layout.paragraph(legend, Style::Small);

    layout.section(CohortReportPdf::tr("What the figures say"));
    for (const CohortTopicStats& s : r.topics) {
        layout.subsection(s.topic);
        layout.paragraph(CohortReportPdf::reading(s, locale));
    }
}

void gains(ReportLayout& layout, const QString& title, const std::vector<ItemGain>& items)
{
    if (items.empty())
        return;
    const QLocale& locale = layout.locale();
    layout.section(title);
    Table table;
    table.columns = {{CohortReportPdf::tr("Item"), 0.52}, {CohortReportPdf::tr("Topic"), 0.28},
        {CohortReportPdf::tr("n"), 0.07, Qt::AlignRight},
        {CohortReportPdf::tr("Mean change"), 0.13, Qt::AlignRight}};
    for (const ItemGain& item : items)
        table.rows.push_back({item.itemText, item.topic, QString::number(item.n),
            ReportCommon::change(locale, item.meanChange)});
    layout.table(table);
}

void learners(ReportLayout& layout, const CohortReport& r)
{
    if (r.learnerRows.empty())
        return;
    const QLocale& locale = layout.locale();
    layout.section(CohortReportPdf::tr("Learners"));
    Table table;
    table.columns = {{QStringLiteral("#"), 0.06, Qt::AlignRight}, {CohortReportPdf::tr("Name"), 0.34},
        {CohortReportPdf::tr("Contact hours"), 0.13, Qt::AlignRight},
        {CohortReportPdf::tr("Certificate"), 0.15}, {CohortReportPdf::tr("Pre self-assessment"), 0.16},
        {CohortReportPdf::tr("Post self-assessment"), 0.16}};
    int number = 0;
    for (const CohortReport::LearnerRow& row : r.learnerRows)
        table.rows.push_back(
            {QString::number(++number), row.name, ReportCommon::hours(locale, row.earnedMinutes),
                row.eligible ? CohortReportPdf::tr("Eligible") : CohortReportPdf::tr("Not yet"), row.preState,
                row.postState});
    layout.table(table);
}

void lay(ReportLayout& layout, const CohortReport& r)
{
    const QLocale& locale = layout.locale();
    QStringList details;
    if (!r.programTitle.isEmpty())
        details << CohortReportPdf::tr("Program: %1").arg(r.programTitle);
    if (r.startDate.isValid() || r.endDate.isValid())
        details
            << CohortReportPdf::tr("Dates: %1").arg(ReportCommon::dateRange(locale, r.startDate, r.endDate));
    if (!r.location.isEmpty())
        details << CohortReportPdf::tr("Place: %1").arg(r.location);
    if (!r.facilitators.isEmpty())
        details << CohortReportPdf::tr("Facilitators: %1").arg(r.facilitators.join(QStringLiteral(", ")));
    layout.beginDocument(CohortReportPdf::tr("Cohort report"), r.cohortTitle, details);
    completion(layout, r);
    statistics(layout, r);
    gains(layout, CohortReportPdf::tr("Items with the largest gains"), r.largestGains);
    gains(layout, CohortReportPdf::tr("Items with the smallest gains"), r.smallestGains);
    learners(layout, r);
    layout.section(CohortReportPdf::tr("Notes on the methods"));
    for (const QString& note : CohortReportPdf::methodNotes(r.completionPercent)) {
        layout.paragraph(note, Style::Small);
        layout.gap(0.3);
    }
}

} // namespace

CohortReportPdf::CohortReportPdf(ReportOptions options)
    : m_options(std::move(options))
{ }

Result<void> CohortReportPdf::write(
    const QString& path, const CohortReport& report, const Progress& progress) const
{
    detail::PdfOutput output(path, m_options, QPageLayout::Portrait, detail::kReportMargins);
    if (auto opened = output.open(tr("Cohort report — %1").arg(report.cohortTitle)); !opened)
        return opened;
    ReportLayout layout(output.writer(), m_options);
    lay(layout, report);
    if (auto rendered = layout.render(output, progress); !rendered)
        return rendered;
    return output.finish();
}

} // namespace pcs::reports
