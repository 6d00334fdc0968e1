#include "pcs/reports/SignInSheetPdf.h"

#include "PdfOutput.h"

#include <QDate>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <array>

namespace pcs::reports {
namespace {

constexpr qreal kHeadingPoints = 16.0;
constexpr qreal kTitlePoints = 12.0;
constexpr qreal kBodyPoints = 10.0;
constexpr qreal kSmallPoints = 8.0;
constexpr qreal kSigningRowInches = 0.33; // tall enough to sign in
constexpr int kWalkInRows = 3; // empty rows at the end of a blank sheet

struct Column {
    QString title;
    qreal share; // of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

std::vector<Column> columnsFor(bool filled)
{
    const Column number{QStringLiteral("#"), 0.05, Qt::AlignRight};
    if (!filled)
        return {number, {SignInSheetPdf::tr("Name"), 0.29}, {SignInSheetPdf::tr("Organization"), 0.25},
            {SignInSheetPdf::tr("Time in"), 0.11}, {SignInSheetPdf::tr("Signature"), 0.30}};
    return {number, {SignInSheetPdf::tr("Name"), 0.25}, {SignInSheetPdf::tr("Organization"), 0.22},
        {SignInSheetPdf::tr("Status"), 0.18}, {SignInSheetPdf::tr("Minutes missed"), 0.13, Qt::AlignRight},
        {SignInSheetPdf::tr("Contact minutes earned"), 0.17, Qt::AlignRight}};
}

QString statusText(const std::optional<AttendanceMark>& mark)
{
    if (!mark)
        return SignInSheetPdf::tr("Not recorded");
    switch (mark->status) {
    case AttendanceStatus::Present:
        return SignInSheetPdf::tr("Present");
    case AttendanceStatus::Late:
        return SignInSheetPdf::tr("Late");
    case AttendanceStatus::LeftEarly:
        return SignInSheetPdf::tr("Left early");
    case AttendanceStatus::Absent:
        return SignInSheetPdf::tr("Absent");
    case AttendanceStatus::Excused:
        return SignInSheetPdf::tr("Excused");
    }
    return {};
}

int rowCount(const SignInSheet& sheet)
{
    return int(sheet.learners.size()) + (sheet.filled ? 0 : kWalkInRows);
}

// The cells of row `index`; rows past the roster are empty walk-in rows, numbered on.
QStringList cellsFor(const SignInSheet& sheet, int index)
{
    QStringList cells{QString::number(index + 1)};
    if (index >= int(sheet.learners.size()))
        return cells << QString() << QString() << QString() << QString();
    const SignInSheet::Row& row = sheet.learners[std::size_t(index)];
    cells << row.name << row.organization;
    if (!sheet.filled)
        return cells << QString() << QString();
    const bool partly = row.mark
        && (row.mark->status == AttendanceStatus::Late || row.mark->status == AttendanceStatus::LeftEarly);
    cells << statusText(row.mark) << (partly ? QString::number(row.mark->minutesMissed) : QString());
    cells << (row.mark ? QString::number(earnedContactMinutes(*row.mark, sheet.session.contactMinutes))
                       : QStringLiteral("—"));
    return cells;
}

QString summaryText(const SignInSheet& sheet)
{
    std::array<int, 6> counts{}; // the five statuses in their enum order, then "not recorded"
    for (const SignInSheet::Row& row : sheet.learners)
        ++counts[row.mark ? std::size_t(row.mark->status) : 5];
    return SignInSheetPdf::tr("Present: %1 · Late: %2 · Left early: %3 · Absent: %4 · Excused: %5 · "
                              "Not recorded: %6")
        .arg(QString::number(counts[0]), QString::number(counts[1]), QString::number(counts[2]),
            QString::number(counts[3]), QString::number(counts[4]), QString::number(counts[5]));
}

QString sessionLabel(const CohortSession& session, int sessionCount)
{
    if (sessionCount > 0)
        return SignInSheetPdf::tr("Session %1 of %2")
            .arg(QString::number(session.position), QString::number(sessionCount));
    return SignInSheetPdf::tr("Session %1").arg(session.position);
}

// Lays out and draws the pages of sign-in sheets on one PDF writer, all in its device units.
class SheetPainter
{
public:
    SheetPainter(QPdfWriter& writer, QPainter& painter, const QString& fontFamily, const QLocale& locale)
        : m_writer(writer)
        , m_painter(painter)
        , m_locale(locale)
        , m_printed(locale.toString(QDate::currentDate(), QLocale::ShortFormat))
        , m_heading(font(fontFamily, kHeadingPoints, true))
        , m_title(font(fontFamily, kTitlePoints, true))
        , m_body(font(fontFamily, kBodyPoints, false))
        , m_bold(font(fontFamily, kBodyPoints, true))
        , m_small(font(fontFamily, kSmallPoints, false))
        , m_width(writer.width())
        , m_line(QFontMetricsF(m_body, &writer).height())
        , m_pad(m_line * 0.35)
        , m_bodyBottom(writer.height() - QFontMetricsF(m_small, &writer).height() * 2.5)
    { }

    // How many table rows go on each page of the sheet: as many as fit, the filled sheet's summary
    // under the last row.
    std::vector<int> paginate(const SignInSheet& sheet) const
    {
        std::vector<int> rows;
        const qreal rowHeight = this->rowHeight(sheet);
        const qreal tableHeader = headerRowHeight(columnsFor(sheet.filled));
        for (int remaining = rowCount(sheet);;) {
            const qreal room = m_bodyBottom - blockHeight(headerLines(sheet, rows.empty())) - tableHeader;
            const int fit = std::max(1, int(room / rowHeight));
            const int fitWithSummary = std::max(0, int((room - summaryHeight(sheet)) / rowHeight));
            if (remaining <= fitWithSummary) {
                rows.push_back(remaining);
                return rows;
            }
            // The rest fits, but not the summary under it: leave a row to carry it to the next page.
            const int take = remaining <= fit ? std::max(1, remaining - 1) : fit;
            rows.push_back(take);
            remaining -= take;
        }
    }

    void drawPage(
        const SignInSheet& sheet, int firstRow, int rows, bool first, bool last, int page, int pages)
    {
        qreal y = 0;
        for (const auto& [text, font] : headerLines(sheet, first)) {
            const QFontMetricsF metrics(font, &m_writer);
            const qreal height = lineHeight(font);
            m_painter.setFont(font);
            m_painter.drawText(QRectF(0, y, m_width, height), Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(text, Qt::ElideRight, m_width));
            y += height;
        }
        y = drawTable(sheet, y + m_line * 0.6, firstRow, rows);
        if (last && sheet.filled) {
            m_painter.setFont(m_body);
            m_painter.drawText(QRectF(0, y + m_line * 0.6, m_width, summaryHeight(sheet) - m_line * 0.6),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, summaryText(sheet));
        }
        drawFooter(sheet, page, pages);
    }

private:
    struct Line {
        QString text;
        QFont font;
    };

    static QFont font(const QString& family, qreal points, bool bold)
    {
        QFont result(family);
        result.setPointSizeF(points);
        result.setBold(bold);
        return result;
    }

    qreal lineHeight(const QFont& font) const { return QFontMetricsF(font, &m_writer).height() * 1.25; }
    qreal rowHeight(const SignInSheet& sheet) const
    {
        return sheet.filled ? m_line * 1.8 : kSigningRowInches * m_writer.resolution();
    }
    // The gap, then up to two lines (translations are longer).
    qreal summaryHeight(const SignInSheet& sheet) const { return sheet.filled ? m_line * 2.6 : 0.0; }

    // The lines above the table: the whole heading on a sheet's first page, one line on the others.
    std::vector<Line> headerLines(const SignInSheet& sheet, bool first) const
    {
        const QString heading
            = sheet.filled ? SignInSheetPdf::tr("Attendance") : SignInSheetPdf::tr("Sign-in sheet");
        const QString session = sessionLabel(sheet.session, sheet.sessionCount);
        if (!first)
            return {{SignInSheetPdf::tr("%1 — %2 — %3 (continued)").arg(heading, sheet.cohortTitle, session),
                m_bold}};
        std::vector<Line> lines{{heading, m_heading}};
        const auto add = [&lines](const QString& text, const QFont& font) {
            if (!text.isEmpty())
                lines.push_back({text, font});
        };
        add(sheet.cohortTitle, m_title);
        add(sheet.programTitle, m_body);
        add(sheet.workshopTitle, m_body);
        add(session, m_bold);
        const CohortSession& s = sheet.session;
        if (s.date.isValid())
            add(SignInSheetPdf::tr("Date: %1").arg(m_locale.toString(s.date, QLocale::LongFormat)), m_body);
        if (s.start.isValid() && s.end.isValid()) {
            const QString time = m_locale.toString(s.start, QLocale::ShortFormat) + QStringLiteral("–")
                + m_locale.toString(s.end, QLocale::ShortFormat);
            add(s.contactMinutes > 0 ? SignInSheetPdf::tr("Time: %1 (%2 contact minutes)")
                                           .arg(time, QString::number(s.contactMinutes))
                                     : SignInSheetPdf::tr("Time: %1").arg(time),
                m_body);
        }
        if (!sheet.location.isEmpty())
            add(SignInSheetPdf::tr("Place: %1").arg(sheet.location), m_body);
        if (!sheet.facilitators.isEmpty())
            add(SignInSheetPdf::tr("Facilitators: %1").arg(sheet.facilitators.join(QStringLiteral(", "))),
                m_body);
        if (!sheet.filled)
            add(SignInSheetPdf::tr(
                    "Please sign next to your name. If it is not listed, write it on an empty row."),
                m_small);
        return lines;
    }

    qreal blockHeight(const std::vector<Line>& lines) const
    {
        qreal height = m_line * 0.6; // the gap above the table
        for (const Line& line : lines)
            height += lineHeight(line.font);
        return height;
    }

    // The column titles wrap onto as many lines as they need (translations are longer).
    qreal headerRowHeight(const std::vector<Column>& columns) const
    {
        const QFontMetricsF metrics(m_bold, &m_writer);
        qreal height = m_line;
        for (const Column& column : columns) {
            const QRectF room(0, 0, column.share * m_width - 2 * m_pad, 10 * m_line);
            height = std::max(height, metrics.boundingRect(room, Qt::TextWordWrap, column.title).height());
        }
        return height + 2 * m_pad;
    }

    // Draws the table header and rows [firstRow, firstRow + rows) from `top`; returns its bottom.
    qreal drawTable(const SignInSheet& sheet, qreal top, int firstRow, int rows)
    {
        const std::vector<Column> columns = columnsFor(sheet.filled);
        std::vector<qreal> edges{0};
        for (const Column& column : columns)
            edges.push_back(edges.back() + column.share * m_width);
        edges.back() = m_width;
        const qreal headerHeight = headerRowHeight(columns);
        const qreal rowHeight = this->rowHeight(sheet);
        const qreal bottom = top + headerHeight + rows * rowHeight;
        const auto cell = [&](std::size_t column, qreal y, qreal height) {
            return QRectF(edges[column] + m_pad, y, edges[column + 1] - edges[column] - 2 * m_pad, height);
        };

        m_painter.fillRect(QRectF(0, top, m_width, headerHeight), QColor(230, 230, 230));
        m_painter.setPen(Qt::black);
        m_painter.setFont(m_bold);
        for (std::size_t c = 0; c < columns.size(); ++c)
            m_painter.drawText(cell(c, top, headerHeight),
                columns[c].alignment | Qt::AlignVCenter | Qt::TextWordWrap, columns[c].title);

        m_painter.setFont(m_body);
        const QFontMetricsF metrics(m_body, &m_writer);
        for (int r = 0; r < rows; ++r) {
            const QStringList cells = cellsFor(sheet, firstRow + r);
            const qreal y = top + headerHeight + r * rowHeight;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const QRectF rect = cell(c, y, rowHeight);
                m_painter.drawText(rect, columns[c].alignment | Qt::AlignVCenter,
                    metrics.elidedText(cells[qsizetype(c)], Qt::ElideRight, rect.width()));
            }
        }

        const qreal hairline = m_writer.resolution() / 144.0;
        m_painter.setPen(QPen(Qt::gray, hairline));
        for (int r = 0; r < rows; ++r) {
            const qreal y = top + headerHeight + r * rowHeight;
            m_painter.drawLine(QPointF(0, y), QPointF(m_width, y));
        }
        for (std::size_t c = 1; c + 1 < edges.size(); ++c)
            m_painter.drawLine(QPointF(edges[c], top), QPointF(edges[c], bottom));
        m_painter.setPen(QPen(Qt::black, hairline * 2));
        m_painter.drawRect(QRectF(0, top, m_width, bottom - top));
        return bottom;
    }

    // "PCS Studio — curriculum <version> — printed <date>" on the left, "Page N of M" on the right.
    void drawFooter(const SignInSheet& sheet, int page, int pages)
    {
        const QFontMetricsF metrics(m_small, &m_writer);
        const qreal lineY = m_bodyBottom + metrics.height() * 0.8;
        const QRectF area(0, lineY, m_width, m_writer.height() - lineY);
        m_painter.setFont(m_small);
        m_painter.setPen(QPen(Qt::darkGray, m_writer.resolution() / 144.0));
        m_painter.drawLine(QPointF(0, lineY), QPointF(m_width, lineY));
        m_painter.setPen(Qt::black);
        const QString right
            = SignInSheetPdf::tr("Page %1 of %2").arg(QString::number(page), QString::number(pages));
        const QString left = sheet.curriculumVersion.isEmpty()
            ? SignInSheetPdf::tr("PCS Studio — printed %1").arg(m_printed)
            : SignInSheetPdf::tr("PCS Studio — curriculum %1 — printed %2")
                  .arg(sheet.curriculumVersion, m_printed);
        const qreal leftWidth = m_width - metrics.horizontalAdvance(right) - 4 * m_pad;
        m_painter.drawText(area.adjusted(0, 0, -(m_width - leftWidth), 0), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(left, Qt::ElideMiddle, leftWidth));
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, right);
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QLocale m_locale;
    QString m_printed;
    QFont m_heading, m_title, m_body, m_bold, m_small;
    qreal m_width; // of the page's printable area
    qreal m_line; // height of a line of body text
    qreal m_pad; // inside a table cell, left and right
    qreal m_bodyBottom; // where the footer begins
};

} // namespace

SignInSheetPdf::SignInSheetPdf(QString language)
    : m_language(std::move(language))
{ }

Result<void> SignInSheetPdf::write(const QString& path, const SignInSheet& sheet) const
{
    return write(path, std::vector<SignInSheet>{sheet});
}

Result<void> SignInSheetPdf::write(const QString& path, const std::vector<SignInSheet>& sheets) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (sheets.empty())
        return fail(ErrorKind::Invalid, tr("There is no sign-in sheet to write to %1.").arg(shown));

    ReportOptions options;
    options.pageSize = m_pageSize;
    detail::PdfOutput output(path, options, QPageLayout::Portrait, QMarginsF(15, 14, 15, 12));
    if (auto opened
        = output.open(sheets.size() == 1 ? tr("Sign-in sheet — %1").arg(sheets.front().cohortTitle)
                                         : tr("Sign-in sheets"));
        !opened)
        return opened;
    const QLocale locale = ReportCommon::locale(m_language);
    SheetPainter sheetPainter(output.writer(), output.painter(), m_fontFamily, locale);
    std::vector<std::vector<int>> plans;
    int pages = 0;
    for (const SignInSheet& sheet : sheets) {
        plans.push_back(sheetPainter.paginate(sheet));
        pages += int(plans.back().size());
    }
    int page = 0;
    for (std::size_t s = 0; s < sheets.size(); ++s) {
        int firstRow = 0;
        for (std::size_t p = 0; p < plans[s].size(); ++p) {
            if (page > 0)
                if (auto added = output.newPage(); !added)
                    return added;
            const int rows = plans[s][p];
            sheetPainter.drawPage(sheets[s], firstRow, rows, p == 0, p + 1 == plans[s].size(), ++page, pages);
            firstRow += rows;
        }
    }
    return output.finish();
}

} // namespace pcs::reports
