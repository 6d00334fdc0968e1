#include "RosterText.h"

#include <QStringDecoder>

namespace pcs::exchange {

namespace {

// Windows-1252 0x80..0x9F; the five unassigned bytes keep their C1 code points, as Windows does.
// clang-format off
constexpr char16_t kHighTable[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};
// clang-format on

} // namespace

QString RosterText::decode(const QByteArray& bytes, QString* encoding)
{
    const QByteArray bom("\xEF\xBB\xBF", 3);
    const QByteArray body = bytes.startsWith(bom) ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    *encoding = QStringLiteral("Windows-1252");
    return fromWindows1252(body);
}

QString RosterText::fromWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = QChar(byte >= 0x80 && byte < 0xA0 ? kHighTable[byte - 0x80] : char16_t(byte));
    }
    return text;
}

QString RosterText::foldKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString key;
    key.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.') {
            space = !key.isEmpty();
            continue;
        }
        if (space)
            key += u' ';
        space = false;
        key += c;
    }
    return key;
}

} // namespace pcs::exchange
