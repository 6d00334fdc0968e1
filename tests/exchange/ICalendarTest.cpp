// ICalendar: the RFC 5545 rules checked on the bytes, and the file read back by a real iCalendar
// parser (Python's icalendar package, Debian python3-icalendar).

#include "TestSupport.h"

#include "pcs/exchange/ICalendar.h"

#include <QFileInfo>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>

using pcs::exchange::CalendarEvent;
using pcs::exchange::ICalendar;

namespace {

const QDateTime kStamp(QDate(2025, 2, 3), QTime(14, 5, 6), Qt::UTC);

std::vector<CalendarEvent> sampleEvents()
{
    const QTimeZone toronto("America/Toronto");
    return {
        // Wall-clock Toronto times, as a cohort's sessions are planned; 10 March 2025 is in EDT.
        {QStringLiteral("session-1@pcs-studio"), QDateTime(QDate(2025, 3, 10), QTime(9, 0)),
            QDateTime(QDate(2025, 3, 10), QTime(16, 30)),
            QStringLiteral("PCS for Staff — Day 1; Workshop A, B"),
            QStringLiteral("Salle 2, 100 rue Queen, Ottawa"),
            QStringLiteral("Bring: SAW plan, notes\\drafts\nSecond line; with “quotes”")},
        // A time in UTC: 14:00Z on 20 January 2025 is 09:00 EST.
        {QStringLiteral("session-2@pcs-studio"), QDateTime(QDate(2025, 1, 20), QTime(14, 0), Qt::UTC),
            QDateTime(QDate(2025, 1, 20), QTime(17, 0), Qt::UTC),
            QStringLiteral("Séance de suivi : outils de microaccompagnement, éléments à revoir et "
                           "planification des activités de soutien à l’échelle régionale"),
            {}, {}},
        // A time in another zone: 06:00 in Vancouver on 4 November 2025 is 09:00 EST in Toronto.
        {QStringLiteral("session-3@pcs-studio"),
            QDateTime(QDate(2025, 11, 4), QTime(6, 0), QTimeZone("America/Vancouver")),
            QDateTime(QDate(2025, 11, 4), QTime(10, 0), toronto), QStringLiteral("Case conference"),
            QStringLiteral("Online"), {}},
    };
}

QByteArray sampleCalendar()
{
    return ICalendar::write(QStringLiteral("PCS for Staff, cohort 3"), sampleEvents(), kStamp);
}

// The logical lines of an iCalendar file: folded lines joined again.
QStringList unfold(const QByteArray& bytes)
{
    QByteArray joined = bytes;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("ICalendar ends every line with CRLF and folds lines at 75 octets without splitting UTF-8")
{
    const QByteArray bytes = sampleCalendar();
    REQUIRE(bytes.endsWith("\r\n"));
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    bool folded = false;
    for (const QByteArray& line : lines) {
        INFO("line: " << line.toStdString());
        REQUIRE(line.endsWith('\r'));
        const QByteArray content = line.chopped(1);
        CHECK_FALSE(content.contains('\r'));
        CHECK(content.size() <= 75);
        folded = folded || content.startsWith(' ');
        // Each physical line is valid UTF-8 on its own: no sequence was cut in two.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8.decode(content);
        CHECK_FALSE(utf8.hasError());
    }
    CHECK(folded);
    CHECK(unfold(bytes).contains(
        QStringLiteral("SUMMARY:Séance de suivi : outils de microaccompagnement\\, éléments à revoir et "
                       "planification des activités de soutien à l’échelle régionale")));
}

TEST_CASE("ICalendar folds long lines of multi-byte characters at character boundaries")
{
    const QString summary = QString(100, QChar(u'é'));
    const QString location = QString(60, QChar(u'€')) + QStringLiteral("🎓🎓🎓");
    const QByteArray bytes = ICalendar::write(QStringLiteral("x"),
        {{QStringLiteral("u1"), QDateTime(QDate(2025, 6, 2), QTime(9, 0)), {}, summary, location, {}}},
        kStamp);
    for (const QByteArray& line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        CHECK(line.size() <= 76); // 75 octets and the CR
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8.decode(line);
        CHECK_FALSE(utf8.hasError());
    }
    const QStringList lines = unfold(bytes);
    CHECK(lines.contains(QStringLiteral("SUMMARY:") + summary));
    CHECK(lines.contains(QStringLiteral("LOCATION:") + location));
    CHECK_FALSE(lines.join(u'\n').contains(QStringLiteral("DTEND")));
}

TEST_CASE("ICalendar writes the calendar, time zone and events RFC 5545 asks for")
{
    const QStringList lines = unfold(sampleCalendar());
    REQUIRE(lines.size() > 10);
    CHECK(lines.first() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.last() == QStringLiteral("END:VCALENDAR"));
    CHECK(lines.contains(QStringLiteral("PRODID:-//PCS Studio//PCS Studio " PCS_VERSION "//EN")));
    CHECK(lines.contains(QStringLiteral("VERSION:2.0")));
    CHECK(lines.contains(QStringLiteral("CALSCALE:GREGORIAN")));
    CHECK(lines.contains(QStringLiteral("X-WR-CALNAME:PCS for Staff\\, cohort 3")));
    CHECK(lines.contains(QStringLiteral("TZID:America/Toronto")));
    CHECK(lines.contains(QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")));
    CHECK(lines.contains(QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")));
    CHECK(lines.contains(QStringLiteral("TZNAME:EST")));
    CHECK(lines.contains(QStringLiteral("TZNAME:EDT")));
    CHECK(lines.count(QStringLiteral("BEGIN:VEVENT")) == 3);
    CHECK(lines.count(QStringLiteral("DTSTAMP:20250203T140506Z")) == 3);
    CHECK(lines.contains(QStringLiteral("UID:session-1@pcs-studio")));
    CHECK(lines.contains(QStringLiteral("DTSTART;TZID=America/Toronto:20250310T090000")));
    CHECK(lines.contains(QStringLiteral("DTEND;TZID=America/Toronto:20250310T163000")));
    CHECK(lines.contains(QStringLiteral("DTSTART;TZID=America/Toronto:20250120T090000")));
    CHECK(lines.contains(QStringLiteral("DTSTART;TZID=America/Toronto:20251104T090000")));
    CHECK(lines.contains(QStringLiteral("SUMMARY:PCS for Staff — Day 1\\; Workshop A\\, B")));
    CHECK(lines.contains(QStringLiteral("LOCATION:Salle 2\\, 100 rue Queen\\, Ottawa")));
    CHECK(lines.contains(
        QStringLiteral("DESCRIPTION:Bring: SAW plan\\, notes\\\\drafts\\nSecond line\\; with “quotes”")));
    // The same input gives the same bytes.
    CHECK(sampleCalendar()
        == ICalendar::write(QStringLiteral("PCS for Staff, cohort 3"), sampleEvents(), kStamp));
}

TEST_CASE("Python's icalendar package reads the written file back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cohort.ics"));
    pcs::test::writeFile(path, sampleCalendar());

    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isExecutable())
        FAIL(
            "/usr/bin/python3 is missing; install python3 and python3-icalendar (packaging/install-deps.sh)");
    const QString script = QStringLiteral(
        "import sys\n"
        "try:\n"
        "    import icalendar\n"
        "except ImportError:\n"
        "    sys.exit('NO_ICALENDAR')\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "print('CALNAME|' + str(cal.get('X-WR-CALNAME')))\n"
        "for ev in cal.walk('VEVENT'):\n"
        "    start = ev.decoded('DTSTART')\n"
        "    end = ev.decoded('DTEND')\n"
        "    print('|'.join([str(ev.get('UID')), start.isoformat(), str(start.tzinfo), end.isoformat(),\n"
        "                    str(ev.get('SUMMARY')), str(ev.get('LOCATION', '')),\n"
        "                    str(ev.get('DESCRIPTION', '')).replace('\\n', '<NL>')]))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    REQUIRE(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (err.contains(QStringLiteral("NO_ICALENDAR")))
        FAIL("/usr/bin/python3 has no icalendar package: install Debian's python3-icalendar "
             "(packaging/install-deps.sh, tests group)");
    INFO("stderr: " << err.toStdString());
    REQUIRE(process.exitCode() == 0);

    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("CALNAME|PCS for Staff, cohort 3"));
    CHECK(lines[1]
        == QStringLiteral(
            "session-1@pcs-studio|2025-03-10T09:00:00-04:00|America/Toronto|2025-03-10T16:30:00-04:00|"
            "PCS for Staff — Day 1; Workshop A, B|Salle 2, 100 rue Queen, Ottawa|"
            "Bring: SAW plan, notes\\drafts<NL>Second line; with “quotes”"));
    CHECK(lines[2]
        == QStringLiteral(
            "session-2@pcs-studio|2025-01-20T09:00:00-05:00|America/Toronto|2025-01-20T12:00:00-05:00|"
            "Séance de suivi : outils de microaccompagnement, éléments à revoir et "
            "planification des activités de soutien à l’échelle régionale||"));
    CHECK(lines[3]
        == QStringLiteral(
            "session-3@pcs-studio|2025-11-04T09:00:00-05:00|America/Toronto|2025-11-04T10:00:00-05:00|"
            "Case conference|Online|"));
}
