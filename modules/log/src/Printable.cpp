#include "pcs/log/Printable.h"

#include <algorithm>

namespace pcs::log {
namespace {

bool isHidden(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString printable(const QString& text, LineBreaks breaks)
{
    const auto needsWork = [breaks](QChar c) {
        const char16_t u = c.unicode();
        return isHidden(u) && u != u'\t' && !(u == u'\n' && breaks == LineBreaks::Keep);
    };
    if (std::none_of(text.cbegin(), text.cend(), needsWork))
        return text; // the common case: no copy
    QString shown;
    shown.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!needsWork(c))
            shown += c;
        else if (u == u'\n')
            shown += QLatin1String("\\n");
        else if (u == u'\r')
            shown += QLatin1String("\\r");
        else if (u < 0x80)
            shown += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            shown += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    return shown;
}

} // namespace pcs::log
