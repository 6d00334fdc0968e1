#pragma once

#include "pcs/exchange/CalendarEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace pcs::exchange {

// Writes RFC 5545 iCalendar files (.ics) of a cohort's sessions, in America/Toronto time.
class ICalendar
{
public:
    // CRLF line ends, lines folded at 75 octets, TEXT values escaped, a VTIMEZONE for
    // America/Toronto. DTSTAMP is `stampUtc`, so the same input always gives the same bytes.
    // Events without a valid start are left out; an end that is invalid or before the start is omitted.
    static QByteArray write(
        const QString& calendarName, const std::vector<CalendarEvent>& events, const QDateTime& stampUtc);
};

} // namespace pcs::exchange
