#include "RosterText.h"

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

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Where to cut `bytes` so that no UTF-8 character is split: after the last complete character among
// the last four bytes (valid UTF-8 has at most three continuation bytes), before an incomplete one.
qsizetype utf8Cut(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = size - 1; i >= 0 && i >= size - 4; --i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x80)
            return i + 1;
        if (isContinuation(bytes[i]))
            continue;
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        return size - i >= length ? size : i;
    }
    return size; // four continuation bytes in a row: invalid whatever the cut
}

QStringDecoder utf16Decoder(RosterEncoding encoding)
{
    return QStringDecoder(
        encoding == RosterEncoding::Utf16BE ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE,
        QStringDecoder::Flag::ConvertInitialBom);
}

} // namespace

QString RosterText::encodingName(RosterEncoding encoding)
{
    switch (encoding) {
    case RosterEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case RosterEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case RosterEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case RosterEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

std::optional<RosterEncoding> RosterText::sniffUtf16(QByteArrayView head, qsizetype* bomBytes)
{
    *bomBytes = 0;
    if (head.startsWith("\xFF\xFE")) {
        *bomBytes = 2;
        return RosterEncoding::Utf16LE;
    }
    if (head.startsWith("\xFE\xFF")) {
        *bomBytes = 2;
        return RosterEncoding::Utf16BE;
    }
    // Without a BOM: text in a Latin script has a NUL in one byte of most of its UTF-16 units, and
    // almost never in the other one.
    const qsizetype units = head.size() / 2;
    if (units < 2)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < units * 2; ++i)
        if (head[i] == '\0')
            ++(i % 2 ? oddNuls : evenNuls);
    if (oddNuls * 2 >= units && evenNuls * 8 < oddNuls)
        return RosterEncoding::Utf16LE;
    if (evenNuls * 2 >= units && oddNuls * 8 < evenNuls)
        return RosterEncoding::Utf16BE;
    return std::nullopt;
}

QString RosterText::fromWindows1252(QByteArrayView bytes)
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

RosterDecoder::RosterDecoder(RosterEncoding encoding)
    : m_encoding(encoding)
    , m_utf16(utf16Decoder(encoding))
{ }

QString RosterDecoder::decode(QByteArrayView piece)
{
    switch (m_encoding) {
    case RosterEncoding::Windows1252:
        return RosterText::fromWindows1252(piece);
    case RosterEncoding::Utf16LE:
    case RosterEncoding::Utf16BE:
        return m_utf16.decode(piece);
    case RosterEncoding::Utf8:
        break;
    }
    QByteArray bytes = m_carry + piece.toByteArray();
    const qsizetype cut = utf8Cut(bytes);
    m_carry = bytes.mid(cut);
    bytes.truncate(cut);
    return decodeUtf8(bytes);
}

QString RosterDecoder::finish()
{
    if (m_encoding != RosterEncoding::Utf8)
        return {};
    const QByteArray rest = std::exchange(m_carry, QByteArray());
    return decodeUtf8(rest);
}

QString RosterDecoder::decodeUtf8(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    // Each piece on its own, as the whole would be: Qt drops a BOM at the start of every stateless
    // decoding, so only the first piece may lose one.
    QStringDecoder utf8(QStringDecoder::Utf8,
        m_started ? QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom
                  : QStringDecoder::Flag::Stateless);
    m_started = true;
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        m_error = true;
    return text;
}

} // namespace pcs::exchange
