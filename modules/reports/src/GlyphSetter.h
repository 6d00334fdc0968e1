#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QRawFont>
#include <QString>

class QPainter;
class QPaintDevice;

namespace pcs::reports::detail {

// One line of text set into glyph runs, ready to draw any number of times.
struct SetLine {
    QList<QGlyphRun> runs;
    qreal width = 0;
    qreal ascent = 0; // from the top of the runs' coordinates to the baseline (0: they sit on it)

    void draw(QPainter& painter, qreal x, qreal baseline) const;
};

// Sets single lines of text in one font for large batches of pages (certificates). Text in Latin
// script that the font covers is set straight from the font's glyphs and advances (kerned), with
// each glyph on a whole device unit and no glyphs for spaces: QPdfWriter writes one positioned glyph
// per character and compresses every page, so short whole numbers and fewer glyphs make pages
// markedly cheaper to write, while the text stays extractable (spaces are read from the gaps). Any
// other text (combining marks, other scripts, characters the font lacks) goes through QTextLayout,
// with its shaping and font fallback.
class GlyphSetter
{
public:
    GlyphSetter() = default;
    GlyphSetter(const QFont& font, const QPaintDevice* device);

    SetLine set(const QString& text) const;
    const QFont& font() const { return m_font; }
    qreal ascent() const { return m_ascent; }
    qreal descent() const { return m_descent; }
    qreal height() const { return m_ascent + m_descent; }

private:
    bool simple(const QString& text) const;
    SetLine layOut(const QString& text) const;

    QFont m_font;
    const QPaintDevice* m_device = nullptr;
    QRawFont m_raw;
    qreal m_ascent = 0, m_descent = 0;
};

} // namespace pcs::reports::detail
