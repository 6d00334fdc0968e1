#pragma once

#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;
class QFont;
class QPaintDevice;

namespace pcs::reports {

// One group of bars: a topic and its ratings, one per series (pre, post, then). A missing value is
// drawn as "—" instead of a bar.
struct ChartGroup {
    QString label;
    std::vector<std::optional<double>> values;
};

struct ChartStyle {
    QLocale locale = QLocale(QLocale::English, QLocale::Canada); // of the numbers
    QString axisTitle; // under the scale, e.g. "Mean rating (1–5)"
    int decimals = 1; // of the values printed at the end of each bar
};

// A horizontal grouped bar chart drawn as vectors into `rect`: the legend on top, one group per
// topic (its label on the left, wrapped onto up to three lines, then elided), one bar per series on a
// fixed scale from scaleMin to scaleMax with a gridline at each whole number, each bar's value printed
// at its end (so the numbers can be read and extracted), the scale and its title at the bottom. The
// text uses the painter's font. Colours stay distinguishable in grey print and for colour-blind readers.
void drawRatingChart(QPainter& painter, const QRectF& rect, const std::vector<ChartGroup>& groups,
    double scaleMin, double scaleMax, const QStringList& seriesNames, const ChartStyle& style = {});

// The height drawRatingChart needs for `groups` groups of `series` bars with text in `font` on `device`.
qreal ratingChartHeight(const QFont& font, QPaintDevice* device, std::size_t groups, std::size_t series);

} // namespace pcs::reports
