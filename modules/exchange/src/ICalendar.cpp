#include "pcs/exchange/ICalendar.h"

#include "ContentLines.h"

#include <QTimeZone>

namespace pcs::exchange {

namespace {

const QString kZoneId = QStringLiteral("America/Toronto");

// Wall-clock time in America/Toronto, as DTSTART;TZID=America/Toronto wants it.
QString torontoTime(const QDateTime& time)
{
    static const QTimeZone toronto(kZoneId.toUtf8());
    const QDateTime local
        = time.timeSpec() == Qt::LocalTime || !toronto.isValid() ? time : time.toTimeZone(toronto);
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

// America/Toronto since 2007: EDT from the second Sunday of March, EST from the first Sunday of November.
void addTorontoZone(ContentLines& lines)
{
    lines.add(u"BEGIN", u"VTIMEZONE");
    lines.add(u"TZID", kZoneId);
    lines.add(u"X-LIC-LOCATION", kZoneId);
    lines.add(u"BEGIN", u"DAYLIGHT");
    lines.add(u"TZOFFSETFROM", u"-0500");
    lines.add(u"TZOFFSETTO", u"-0400");
    lines.add(u"TZNAME", u"EDT");
    lines.add(u"DTSTART", u"20070311T020000");
    lines.add(u"RRULE", u"FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    lines.add(u"END", u"DAYLIGHT");
    lines.add(u"BEGIN", u"STANDARD");
    lines.add(u"TZOFFSETFROM", u"-0400");
    lines.add(u"TZOFFSETTO", u"-0500");
    lines.add(u"TZNAME", u"EST");
    lines.add(u"DTSTART", u"20071104T020000");
    lines.add(u"RRULE", u"FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    lines.add(u"END", u"STANDARD");
    lines.add(u"END", u"VTIMEZONE");
}

} // namespace

QByteArray ICalendar::write(
    const QString& calendarName, const std::vector<CalendarEvent>& events, const QDateTime& stampUtc)
{
    const QString zoneParameter = QStringLiteral(";TZID=") + kZoneId;
    const QString stamp = stampUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));

    ContentLines lines;
    lines.add(u"BEGIN", u"VCALENDAR");
    lines.add(u"PRODID", QStringLiteral("-//PCS Studio//PCS Studio " PCS_VERSION "//EN"));
    lines.add(u"VERSION", u"2.0");
    lines.add(u"CALSCALE", u"GREGORIAN");
    lines.add(u"METHOD", u"PUBLISH");
    lines.addText(u"X-WR-CALNAME", calendarName);
    lines.add(u"X-WR-TIMEZONE", kZoneId);
    addTorontoZone(lines);
    for (const CalendarEvent& event : events) {
        if (!event.start.isValid())
            continue;
        lines.add(u"BEGIN", u"VEVENT");
        lines.addText(u"UID", event.uid);
        lines.add(u"DTSTAMP", stamp);
        lines.add(QString(u"DTSTART" + zoneParameter), torontoTime(event.start));
        if (event.end.isValid() && event.end >= event.start)
            lines.add(QString(u"DTEND" + zoneParameter), torontoTime(event.end));
        lines.addText(u"SUMMARY", event.summary);
        if (!event.location.isEmpty())
            lines.addText(u"LOCATION", event.location);
        if (!event.description.isEmpty())
            lines.addText(u"DESCRIPTION", event.description);
        lines.add(u"END", u"VEVENT");
    }
    lines.add(u"END", u"VCALENDAR");
    return lines.bytes();
}

} // namespace pcs::exchange
