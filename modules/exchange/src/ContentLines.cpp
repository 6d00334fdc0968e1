#include "ContentLines.h"

namespace pcs::exchange {

namespace {

constexpr qsizetype kMaxOctets = 75;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

void ContentLines::add(QStringView nameAndParameters, QStringView value)
{
    m_bytes += fold(nameAndParameters.toUtf8() + ':' + value.toUtf8());
}

void ContentLines::addText(QStringView name, QStringView value)
{
    add(name, escapeText(value));
}

QString ContentLines::escapeText(QStringView value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < value.size() && value[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\t' || c.category() != QChar::Other_Control) {
            out += c;
        }
    }
    return out;
}

QByteArray ContentLines::fold(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 64 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && isContinuationByte(line[cut]))
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

} // namespace pcs::exchange
