#include "pcs/reports/Charts.h"

#include "TextWrap.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace pcs::reports {
namespace {

// Light, dark and orange: pre, post and then stay apart in grey print and for colour-blind readers
// (the blue and orange of the Okabe–Ito palette, the pre bars much lighter than the post bars).
const std::array<QColor, 4> kSeriesColours{
    QColor(0x9d, 0xbc, 0xdb), QColor(0x1f, 0x4e, 0x89), QColor(0xe6, 0x9f, 0x00), QColor(0x7f, 0x7f, 0x7f)};

QColor colourOf(std::size_t series)
{
    return kSeriesColours[std::min(series, kSeriesColours.size() - 1)];
}

// The sizes of the chart's parts, all from the height of a line of its text.
struct Geometry {
    qreal line;
    qreal legend; // the legend row, with the gap under it
    qreal axis; // the scale's numbers and its title
    qreal bar;
    qreal barGap;
    int labelLines; // a topic's label may wrap onto this many lines
    qreal group; // one topic: its bars or its label, whichever is taller, and the gap under it

    Geometry(const QFontMetricsF& metrics, std::size_t series)
        : line(metrics.height())
        , legend(line * 1.9)
        , axis(line * 2.7)
        , bar(line * 1.15)
        , barGap(line * 0.12)
        , labelLines(int(std::max<std::size_t>(2, series)))
        , group(
              std::max(series * bar + (series > 0 ? series - 1 : 0) * barGap, labelLines * line) + line * 0.8)
    { }
};

} // namespace

qreal ratingChartHeight(const QFont& font, QPaintDevice* device, std::size_t groups, std::size_t series)
{
    const Geometry geometry(QFontMetricsF(font, device), series);
    return geometry.legend + groups * geometry.group + geometry.axis;
}

void drawRatingChart(QPainter& painter, const QRectF& rect, const std::vector<ChartGroup>& groups,
    double scaleMin, double scaleMax, const QStringList& seriesNames, const ChartStyle& style)
{
    if (scaleMax <= scaleMin)
        return;
    painter.save();
    const QFont font = painter.font();
    const QFontMetricsF metrics(font, painter.device());
    std::size_t series = std::size_t(seriesNames.size());
    for (const ChartGroup& group : groups)
        series = std::max(series, group.values.size());
    const Geometry g(metrics, series);
    const qreal hairline = painter.device()->logicalDpiX() / 144.0;
    const qreal pad = g.line * 0.3;
    const auto baseline = [&metrics](qreal top, qreal height) {
        return top + (height - metrics.height()) / 2 + metrics.ascent();
    };

    const qreal labelWidth = rect.width() * 0.3;
    const QString widest = style.locale.toString(scaleMax, 'f', style.decimals);
    const qreal x0 = rect.left() + labelWidth + pad * 2;
    const qreal x1 = rect.right() - metrics.horizontalAdvance(widest) - pad * 2;
    const auto xOf = [&](double value) {
        return x0 + (std::clamp(value, scaleMin, scaleMax) - scaleMin) / (scaleMax - scaleMin) * (x1 - x0);
    };
    const qreal plotTop = rect.top() + g.legend;
    const qreal plotBottom = plotTop + groups.size() * g.group;

    // Legend: a swatch and a name per series, left to right above the plot.
    qreal x = x0;
    for (std::size_t s = 0; s < std::size_t(seriesNames.size()); ++s) {
        const qreal swatch = g.line * 0.8;
        const qreal top = rect.top() + (g.line - swatch) / 2;
        painter.fillRect(QRectF(x, top, swatch * 1.6, swatch), colourOf(s));
        painter.setPen(Qt::black);
        painter.drawText(
            QPointF(x + swatch * 1.6 + pad, baseline(rect.top(), g.line)), seriesNames[qsizetype(s)]);
        x += swatch * 1.6 + pad + metrics.horizontalAdvance(seriesNames[qsizetype(s)]) + g.line * 1.2;
    }

    // Gridlines and the scale's numbers: every whole number, or fewer on a long scale.
    const double step = std::max(1.0, std::ceil((scaleMax - scaleMin) / 10.0));
    painter.setPen(QPen(QColor(200, 200, 200), hairline));
    for (double tick = std::ceil(scaleMin); tick <= scaleMax + 1e-9; tick += step)
        painter.drawLine(QPointF(xOf(tick), plotTop), QPointF(xOf(tick), plotBottom));
    painter.setPen(Qt::black);
    for (double tick = std::ceil(scaleMin); tick <= scaleMax + 1e-9; tick += step) {
        const QString text = style.locale.toString(tick, 'f', 0);
        painter.drawText(
            QPointF(xOf(tick) - metrics.horizontalAdvance(text) / 2, plotBottom + pad + metrics.ascent()),
            text);
    }
    if (!style.axisTitle.isEmpty()) {
        const QString title = metrics.elidedText(style.axisTitle, Qt::ElideRight, x1 - x0);
        painter.drawText(QPointF((x0 + x1 - metrics.horizontalAdvance(title)) / 2,
                             plotBottom + pad + g.line * 1.25 + metrics.ascent()),
            title);
    }

    // The groups: label on the left, bars on the scale, each value at the end of its bar.
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const ChartGroup& group = groups[i];
        const qreal top = plotTop + i * g.group + g.line * 0.4;
        const qreal barsHeight = series * g.bar + (series > 0 ? series - 1 : 0) * g.barGap;
        const QStringList label
            = detail::wrapLines(group.label, font, labelWidth, painter.device(), g.labelLines);
        qreal labelTop = top + (barsHeight - label.size() * g.line) / 2;
        painter.setPen(Qt::black);
        for (const QString& line : label) {
            painter.drawText(QPointF(rect.left(), baseline(labelTop, g.line)), line);
            labelTop += g.line;
        }
        for (std::size_t s = 0; s < series; ++s) {
            const qreal barTop = top + s * (g.bar + g.barGap);
            const std::optional<double> value = s < group.values.size() ? group.values[s] : std::nullopt;
            if (!value || !std::isfinite(*value)) {
                painter.setPen(Qt::darkGray);
                painter.drawText(QPointF(x0 + pad, baseline(barTop, g.bar)), QStringLiteral("—"));
                continue;
            }
            const qreal end = std::max(xOf(*value), x0 + hairline * 3); // the lowest rating still shows
            painter.fillRect(QRectF(x0, barTop, end - x0, g.bar), colourOf(s));
            painter.setPen(Qt::black);
            painter.drawText(QPointF(end + pad, baseline(barTop, g.bar)),
                style.locale.toString(*value, 'f', style.decimals));
        }
    }

    // The axis line under the plot, and the zero edge on its left.
    painter.setPen(QPen(Qt::black, hairline * 1.5));
    painter.drawLine(QPointF(x0, plotBottom), QPointF(x1, plotBottom));
    painter.drawLine(QPointF(x0, plotTop), QPointF(x0, plotBottom));
    painter.restore();
}

} // namespace pcs::reports
