#pragma once

#include <QFont>
#include <QStringList>

class QPaintDevice;

namespace pcs::reports::detail {

// `text` broken into lines no wider than `width` in `font` on `device`: at word boundaries, inside
// a word only when it is wider than a line; "\n" starts a new line. Empty text is one empty line.
QStringList wrapLines(const QString& text, const QFont& font, qreal width, const QPaintDevice* device);

// As wrapLines, but at most `maxLines` lines, the last one elided with "…" when text is left over.
QStringList wrapLines(
    const QString& text, const QFont& font, qreal width, const QPaintDevice* device, int maxLines);

} // namespace pcs::reports::detail
