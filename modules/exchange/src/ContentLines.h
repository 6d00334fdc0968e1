#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace pcs::exchange {

// RFC 5545 content lines: "NAME;PARAMS:value", CRLF-terminated, folded at 75 octets.
class ContentLines
{
public:
    // A property whose value is already in iCalendar form (dates, numbers, URIs, fixed words).
    void add(QStringView nameAndParameters, QStringView value);
    // A TEXT property: the value is escaped (\\ \; \, \n) and control characters are dropped.
    void addText(QStringView name, QStringView value);

    const QByteArray& bytes() const { return m_bytes; }

    static QString escapeText(QStringView value);
    // Splits one unfolded line (without CRLF) into lines of at most 75 octets joined by CRLF + space,
    // never inside a UTF-8 sequence; the result ends with CRLF.
    static QByteArray fold(const QByteArray& line);

private:
    QByteArray m_bytes;
};

} // namespace pcs::exchange
