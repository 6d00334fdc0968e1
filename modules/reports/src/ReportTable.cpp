// ReportLayout::table: tables that paginate with their header repeated, rows that wrap and, when
// taller than a page, continue on the next.

#include "ReportLayout.h"

#include "TextWrap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace pcs::reports::detail {

void ReportLayout::table(const Table& table)
{
    const qreal lh = lineHeight(Style::Table);
    const qreal padX = lh * 0.35;
    const qreal padY = lh * 0.22;
    std::vector<qreal> edges{0};
    for (const Column& column : table.columns)
        edges.push_back(edges.back() + column.share * m_width);
    edges.back() = m_width;
    const std::size_t columns = table.columns.size();
    const auto cellWidth = [&](std::size_t c) { return edges[c + 1] - edges[c] - 2 * padX; };
    const auto wrapRow = [&](const QStringList& cells, Style style) {
        std::vector<QStringList> wrapped(columns);
        for (std::size_t c = 0; c < columns; ++c)
            wrapped[c] = wrapLines(qsizetype(c) < cells.size() ? cells[qsizetype(c)] : QString(), font(style),
                cellWidth(c), &m_writer);
        return wrapped;
    };
    QStringList titles;
    for (const Column& column : table.columns)
        titles << column.title;
    const std::vector<QStringList> header = wrapRow(titles, Style::TableHeader);
    std::size_t headerLines = 1;
    for (const QStringList& cell : header)
        headerLines = std::max(headerLines, std::size_t(cell.size()));
    const qreal headerLine = lineHeight(Style::TableHeader);
    const qreal headerHeight = headerLines * headerLine + 2 * padY;
    const qreal width = m_width;
    const qreal hairline = m_writer.resolution() / 144.0;

    // Draws the lines [from, from + count) of each cell of a row (or of the header) at m_y.
    const auto drawCells
        = [&](const std::vector<QStringList>& cells, std::vector<int> from, int count, Style style) {
              const QFontMetricsF metrics(font(style), &m_writer);
              const qreal pitch = lineHeight(style);
              for (std::size_t c = 0; c < columns; ++c) {
                  const Qt::Alignment alignment = table.columns[c].alignment;
                  for (int i = 0; i < count && from[c] + i < int(cells[c].size()); ++i) {
                      const QString& line = cells[c][from[c] + i];
                      qreal x = edges[c] + padX;
                      if (alignment & Qt::AlignRight)
                          x = edges[c + 1] - padX - metrics.horizontalAdvance(line);
                      else if (alignment & Qt::AlignHCenter)
                          x = (edges[c] + edges[c + 1] - metrics.horizontalAdvance(line)) / 2;
                      text(line, style, x, m_y + padY + i * pitch);
                  }
              }
          };
    qreal segmentTop = 0;
    const auto startSegment = [&] {
        segmentTop = m_y;
        const QRectF band(0, m_y, width, headerHeight);
        add([band](QPainter& painter) { painter.fillRect(band, kHeaderFill); });
        drawCells(header, std::vector<int>(columns, 0), int(headerLines), Style::TableHeader);
        m_y += headerHeight;
    };
    const auto closeSegment = [&] {
        const qreal top = segmentTop;
        const qreal bottom = m_y;
        add([edges, top, bottom, width, hairline](QPainter& painter) {
            painter.setPen(QPen(kRule, hairline));
            for (std::size_t c = 1; c + 1 < edges.size(); ++c)
                painter.drawLine(QPointF(edges[c], top), QPointF(edges[c], bottom));
            painter.setPen(QPen(Qt::black, hairline * 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(0, top, width, bottom - top));
        });
    };
    const auto breakPage = [&] {
        closeSegment();
        newPage();
        startSegment();
    };

    std::vector<std::vector<QStringList>> rows;
    rows.reserve(table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool bold
            = std::find(table.boldRows.begin(), table.boldRows.end(), int(r)) != table.boldRows.end();
        rows.push_back(wrapRow(table.rows[r], bold ? Style::TableBold : Style::Table));
    }
    // Keep the header with its first rows (up to three): a header alone at the foot of a page helps
    // nobody.
    qreal firstRows = 0;
    for (std::size_t r = 0; r < std::min<std::size_t>(3, rows.size()); ++r) {
        std::size_t lines = 1;
        for (const QStringList& cell : rows[r])
            lines = std::max(lines, std::size_t(cell.size()));
        firstRows += lines * lh + 2 * padY;
    }
    ensure(headerHeight + firstRows);
    startSegment();
    const qreal freshRoom = m_bottom - m_runningHeight - headerHeight;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool bold
            = std::find(table.boldRows.begin(), table.boldRows.end(), int(r)) != table.boldRows.end();
        const Style style = bold ? Style::TableBold : Style::Table;
        std::vector<int> from(columns, 0);
        bool whole = true; // the row has been neither moved to a new page nor split
        for (;;) {
            int left = 0;
            for (std::size_t c = 0; c < columns; ++c)
                left = std::max(left, int(rows[r][c].size()) - from[c]);
            const qreal needed = left * lh + 2 * padY;
            int count = left;
            if (m_y + needed > m_bottom) {
                if (whole && needed <= freshRoom) {
                    breakPage();
                    whole = false;
                    continue;
                }
                count = int(std::floor((m_bottom - m_y - 2 * padY) / lh));
                const bool freshPage = m_y <= segmentTop + headerHeight + 0.5 && !whole;
                if (count < 1 && !freshPage) {
                    breakPage();
                    whole = false;
                    continue;
                }
                count = std::max(count, 1);
            }
            const qreal height = count * lh + 2 * padY;
            const QRectF band(0, m_y, width, height);
            const bool stripe = r % 2 == 1;
            const qreal y = m_y;
            const bool underHeader = m_y <= segmentTop + headerHeight + 0.5;
            add([band, stripe, y, width, hairline, underHeader](QPainter& painter) {
                if (stripe)
                    painter.fillRect(band, kStripe);
                if (!underHeader) {
                    painter.setPen(QPen(kRule, hairline));
                    painter.drawLine(QPointF(0, y), QPointF(width, y));
                }
            });
            drawCells(rows[r], from, count, style);
            m_y += height;
            if (count == left)
                break;
            for (std::size_t c = 0; c < columns; ++c)
                from[c] = std::min(int(rows[r][c].size()), from[c] + count);
            whole = false;
            breakPage();
        }
    }
    closeSegment();
    m_y += lh * 0.3;
}

} // namespace pcs::reports::detail
