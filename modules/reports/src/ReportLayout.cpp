#include "ReportLayout.h"

#include "PdfOutput.h"
#include "TextWrap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace pcs::reports::detail {
namespace {

struct StyleSpec {
    qreal points;
    bool bold;
};
constexpr std::array<StyleSpec, std::size_t(Style::Count)> kStyles{{
    {13.0, true}, // Title
    {20.0, true}, // Subject
    {13.0, true}, // Section
    {10.5, true}, // Subsection
    {10.0, false}, // Body
    {10.0, true}, // Bold
    {9.0, false}, // Table
    {9.0, true}, // TableBold
    {8.0, true}, // TableHeader
    {8.0, false}, // Small
}};

} // namespace

ReportLayout::ReportLayout(QPdfWriter& writer, const ReportOptions& options)
    : m_writer(writer)
    , m_locale(ReportCommon::locale(options.language))
    , m_footer(ReportCommon::footer(options))
    , m_width(writer.width())
{
    for (std::size_t i = 0; i < m_fonts.size(); ++i) {
        QFont font(options.fontFamily);
        font.setPointSizeF(kStyles[i].points);
        font.setBold(kStyles[i].bold);
        m_fonts[i] = font;
    }
    m_bottom = writer.height() - lineHeight(Style::Small) * 2.2;
    m_runningHeight = lineHeight(Style::Small) * 2.0;
}

qreal ReportLayout::lineHeight(Style style) const
{
    return QFontMetricsF(font(style), &m_writer).height() * 1.15;
}

void ReportLayout::newPage()
{
    m_pages.push_back({m_running, {}});
    m_pageTop = m_running.isEmpty() ? 0 : m_runningHeight;
    m_y = m_pageTop;
}

void ReportLayout::ensure(qreal height)
{
    if (m_pages.empty() || (m_y + height > m_bottom && !atPageTop()))
        newPage();
}

void ReportLayout::text(const QString& line, Style style, qreal x, qreal top, const QColor& colour)
{
    if (line.isEmpty())
        return;
    const QFont& f = font(style);
    const qreal baseline = top + (lineHeight(style) - QFontMetricsF(f, &m_writer).height()) / 2
        + QFontMetricsF(f, &m_writer).ascent();
    add([f, line, x, baseline, colour](QPainter& painter) {
        painter.setFont(f);
        painter.setPen(colour);
        painter.drawText(QPointF(x, baseline), line);
    });
}

void ReportLayout::beginDocument(const QString& title, const QString& subject, const QStringList& details)
{
    m_running.clear();
    newPage(); // the first page of a document has the full heading instead of the running line
    m_running = subject.isEmpty() ? title : title + QStringLiteral(" — ") + subject;
    for (const QString& line : wrapLines(title, font(Style::Title), m_width, &m_writer)) {
        text(line, Style::Title, 0, m_y, kAccent);
        m_y += lineHeight(Style::Title);
    }
    for (const QString& line : wrapLines(subject, font(Style::Subject), m_width, &m_writer)) {
        text(line, Style::Subject, 0, m_y);
        m_y += lineHeight(Style::Subject);
    }
    m_y += lineHeight(Style::Body) * 0.2;
    for (const QString& detail : details)
        paragraph(detail);
    m_y += lineHeight(Style::Body) * 0.4;
    const qreal y = m_y;
    const qreal width = m_width;
    const qreal pen = m_writer.resolution() / 72.0;
    add([y, width, pen](QPainter& painter) {
        painter.setPen(QPen(kAccent, pen));
        painter.drawLine(QPointF(0, y), QPointF(width, y));
    });
    m_y += lineHeight(Style::Body) * 0.5;
}

void ReportLayout::section(const QString& title)
{
    const qreal height = lineHeight(Style::Section);
    if (!atPageTop())
        m_y += lineHeight(Style::Body) * 0.7;
    const QStringList lines = wrapLines(title, font(Style::Section), m_width, &m_writer);
    // Keep the heading with the first lines of what follows it.
    ensure(lines.size() * height + lineHeight(Style::Body) * 4);
    for (const QString& line : lines) {
        text(line, Style::Section, 0, m_y, kAccent);
        m_y += height;
    }
    m_y += lineHeight(Style::Body) * 0.25;
}

void ReportLayout::subsection(const QString& title)
{
    if (!atPageTop())
        m_y += lineHeight(Style::Body) * 0.4;
    const QStringList lines = wrapLines(title, font(Style::Subsection), m_width, &m_writer);
    ensure(lines.size() * lineHeight(Style::Subsection) + lineHeight(Style::Body) * 2);
    for (const QString& line : lines) {
        text(line, Style::Subsection, 0, m_y);
        m_y += lineHeight(Style::Subsection);
    }
}

void ReportLayout::paragraph(const QString& content, Style style, qreal indent)
{
    const qreal height = lineHeight(style);
    for (const QString& line : wrapLines(content, font(style), m_width - indent, &m_writer)) {
        ensure(height);
        text(line, style, indent, m_y);
        m_y += height;
    }
}

void ReportLayout::bullets(const QStringList& items, Style style)
{
    const qreal indent = lineHeight(style) * 1.1;
    for (const QString& item : items) {
        const QStringList lines = wrapLines(item, font(style), m_width - indent, &m_writer);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            ensure(lineHeight(style));
            if (i == 0)
                text(QStringLiteral("•"), style, indent * 0.3, m_y);
            text(lines[i], style, indent, m_y);
            m_y += lineHeight(style);
        }
    }
}

void ReportLayout::labelled(const QString& label, const QString& content)
{
    const QFontMetricsF bold(font(Style::Bold), &m_writer);
    const QString head = label + QStringLiteral(" ");
    const qreal labelWidth = bold.horizontalAdvance(head);
    if (labelWidth > m_width * 0.4) { // a long label gets a line of its own
        paragraph(label, Style::Bold);
        paragraph(content, Style::Body, lineHeight(Style::Body));
        return;
    }
    // The first line starts after the label; the others use the whole width.
    const QString trimmed = content.trimmed();
    const QStringList lines = wrapLines(trimmed, font(Style::Body), m_width - labelWidth, &m_writer);
    ensure(lineHeight(Style::Body));
    text(label, Style::Bold, 0, m_y);
    const QString first = lines.isEmpty() ? QString() : lines.front();
    text(first, Style::Body, labelWidth, m_y);
    m_y += lineHeight(Style::Body);
    const QString rest = trimmed.mid(first.size()).trimmed();
    if (!rest.isEmpty())
        paragraph(rest);
}

void ReportLayout::gap(qreal lines)
{
    if (!atPageTop())
        m_y += lineHeight(Style::Body) * lines;
}

void ReportLayout::chart(const std::vector<ChartGroup>& groups, double scaleMin, double scaleMax,
    const QStringList& seriesNames, const QString& axisTitle)
{
    const QFont& chartFont = font(Style::Table);
    const std::size_t series = std::size_t(seriesNames.size());
    const qreal overhead = ratingChartHeight(chartFont, &m_writer, 0, series);
    const qreal group = ratingChartHeight(chartFont, &m_writer, 1, series) - overhead;
    ChartStyle style;
    style.locale = m_locale;
    style.axisTitle = axisTitle;
    std::size_t next = 0;
    while (next < groups.size()) {
        const std::size_t remaining = groups.size() - next;
        const int fit = int(std::floor((m_bottom - m_y - overhead) / group));
        // Split a chart only where at least three topics go on each side (or the page is empty).
        if (!atPageTop() && (fit < 1 || (std::size_t(fit) < remaining && fit < 3))) {
            newPage();
            continue;
        }
        const std::size_t take = std::min(remaining, std::size_t(std::max(fit, 1)));
        std::vector<ChartGroup> part(
            groups.begin() + qsizetype(next), groups.begin() + qsizetype(next + take));
        const QRectF rect(0, m_y, m_width, overhead + take * group);
        add([part = std::move(part), rect, chartFont, scaleMin, scaleMax, seriesNames, style](
                QPainter& painter) {
            painter.setFont(chartFont);
            drawRatingChart(painter, rect, part, scaleMin, scaleMax, seriesNames, style);
        });
        m_y += rect.height();
        next += take;
        if (next < groups.size())
            newPage();
    }
}

Result<void> ReportLayout::render(PdfOutput& output, const Progress& progress) const
{
    QPainter& painter = output.painter();
    const int pages = pageCount();
    const QFont& small = font(Style::Small);
    const QFontMetricsF metrics(small, &m_writer);
    const qreal hairline = m_writer.resolution() / 144.0;
    const qreal footerLine = m_bottom + metrics.height() * 0.7;
    const QRectF footerArea(0, footerLine, m_width, m_writer.height() - footerLine);
    for (int p = 0; p < pages; ++p) {
        if (p > 0) {
            if (auto added = output.newPage(); !added)
                return added;
        }
        const Page& page = m_pages[std::size_t(p)];
        for (const Op& op : page.ops)
            op(painter);
        painter.setFont(small);
        if (!page.running.isEmpty()) {
            painter.setPen(kMuted);
            painter.drawText(
                QPointF(0, metrics.ascent()), metrics.elidedText(page.running, Qt::ElideRight, m_width));
            painter.setPen(QPen(kRule, hairline));
            painter.drawLine(QPointF(0, metrics.height() * 1.3), QPointF(m_width, metrics.height() * 1.3));
        }
        painter.setPen(QPen(kRule, hairline));
        painter.drawLine(QPointF(0, footerLine), QPointF(m_width, footerLine));
        painter.setPen(kMuted);
        const QString right = ReportCommon::pageOf(p + 1, pages);
        const qreal rightWidth = metrics.horizontalAdvance(right);
        painter.drawText(footerArea, Qt::AlignRight | Qt::AlignVCenter, right);
        const QRectF left = footerArea.adjusted(0, 0, -(rightWidth + metrics.height()), 0);
        painter.drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_footer, Qt::ElideMiddle, left.width()));
        if (progress && !progress(p + 1, pages))
            return output.cancel();
    }
    return {};
}

} // namespace pcs::reports::detail
