#include "TextWrap.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

namespace pcs::reports::detail {

QStringList wrapLines(const QString& text, const QFont& font, qreal width, const QPaintDevice* device)
{
    QStringList lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QString normalized = text;
    normalized.remove(u'\r');
    for (const QString& paragraph : normalized.split(u'\n')) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

QStringList wrapLines(
    const QString& text, const QFont& font, qreal width, const QPaintDevice* device, int maxLines)
{
    QStringList lines = wrapLines(text, font, width, device);
    if (maxLines < 1 || lines.size() <= maxLines)
        return lines;
    const QString rest = lines.mid(maxLines - 1).join(u' ');
    lines = lines.mid(0, maxLines - 1);
    const QFontMetricsF metrics(font, device);
    // elidedText keeps text that fits whole; the "…" must still show that something was left out.
    QString last = metrics.elidedText(rest, Qt::ElideRight, width);
    if (!last.endsWith(u'…'))
        last = metrics.elidedText(rest + u'…', Qt::ElideRight, width);
    lines << last;
    return lines;
}

} // namespace pcs::reports::detail
