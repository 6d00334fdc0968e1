#include "GlyphSetter.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace pcs::reports::detail {

void SetLine::draw(QPainter& painter, qreal x, qreal baseline) const
{
    const QPointF origin(x, baseline - ascent);
    for (const QGlyphRun& run : runs)
        if (!run.glyphIndexes().isEmpty())
            painter.drawGlyphRun(origin, run);
}

GlyphSetter::GlyphSetter(const QFont& font, const QPaintDevice* device)
    : m_font(font, device)
    , m_device(device)
{
    m_raw = QRawFont::fromFont(m_font);
    const qreal points
        = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / device->logicalDpiY();
    m_raw.setPixelSize(points * device->logicalDpiY() / 72.0);
    const QFontMetricsF metrics(m_font, device);
    m_ascent = metrics.ascent();
    m_descent = metrics.descent();
}

// Latin script, general punctuation and currency signs, without combining marks: text that needs no
// shaping beyond kerning.
bool GlyphSetter::simple(const QString& text) const
{
    if (!m_raw.isValid())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || c.isSurrogate() || c.isMark())
            return false;
        if (!(u < 0x250 || (u >= 0x2000 && u <= 0x206f) || (u >= 0x20a0 && u <= 0x20cf)))
            return false;
    }
    return true;
}

SetLine GlyphSetter::set(const QString& text) const
{
    if (text.isEmpty())
        return {};
    if (simple(text)) {
        const QList<quint32> glyphs = m_raw.glyphIndexesForString(text);
        if (glyphs.size() == text.size() && !glyphs.contains(0u)) {
            const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances);
            QList<quint32> kept;
            QList<QPointF> positions;
            kept.reserve(glyphs.size());
            positions.reserve(glyphs.size());
            qreal x = 0;
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                if (!text[i].isSpace()) {
                    kept << glyphs[i];
                    positions << QPointF(std::round(x), 0);
                }
                x += advances[i].x();
            }
            QGlyphRun run;
            run.setRawFont(m_raw);
            run.setGlyphIndexes(kept);
            run.setPositions(positions);
            return {{run}, x, 0};
        }
    }
    return layOut(text);
}

SetLine GlyphSetter::layOut(const QString& text) const
{
    SetLine result;
    QTextLayout layout(text, m_font, m_device);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(1e6);
        result.width = line.naturalTextWidth();
        result.ascent = line.ascent();
    }
    layout.endLayout();
    result.runs = layout.glyphRuns();
    return result;
}

} // namespace pcs::reports::detail
