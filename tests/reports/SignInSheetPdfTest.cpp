#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "pcs/reports/SignInSheetPdf.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace pcs;
using namespace pcs::test;
using reports::SignInSheet;

namespace {

QString learnerName(int number)
{
    return QStringLiteral("Learner %1 Ouellet").arg(number, 2, 10, QLatin1Char('0'));
}

SignInSheet sampleSheet(int learners, int position = 3, int sessionCount = 10)
{
    SignInSheet sheet;
    sheet.cohortTitle = QStringLiteral("Sudbury Spring Cohort");
    sheet.programTitle = QStringLiteral("PCS for Staff");
    sheet.workshopTitle = QStringLiteral("Understanding Behaviour");
    sheet.location = QStringLiteral("Room 204, 199 Larch Street");
    sheet.facilitators = {QStringLiteral("Amira Haddad"), QStringLiteral("Jean Lavoie")};
    sheet.session.id = QStringLiteral("session-%1").arg(position);
    sheet.session.position = position;
    sheet.session.date = QDate(2026, 3, 3);
    sheet.session.start = QTime(9, 0);
    sheet.session.end = QTime(11, 30);
    sheet.session.contactMinutes = 120;
    sheet.sessionCount = sessionCount;
    sheet.curriculumVersion = QStringLiteral("2026.1");
    for (int i = 1; i <= learners; ++i)
        sheet.learners.push_back(
            {learnerName(i), QStringLiteral("Ontario Works Office %1").arg(i), std::nullopt});
    return sheet;
}

AttendanceMark mark(AttendanceStatus status, int minutesMissed = 0)
{
    AttendanceMark result;
    result.status = status;
    result.minutesMissed = minutesMissed;
    return result;
}

// The extracted line of text that holds `needle` (a table row is one line of text).
QString lineWith(const QString& text, const QString& needle)
{
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("[\r\n]+"))))
        if (line.contains(needle))
            return line;
    return {};
}

// Where `needle` is drawn on the page, in points from the top left, through the next `until`
// character when one is given (empty when it is not there).
QRectF boundsOf(QPdfDocument& document, int page, const QString& needle, QChar until = QChar())
{
    const QString text = pageText(document, page);
    const int index = int(text.indexOf(needle));
    const int end = until.isNull() ? index + int(needle.size()) : int(text.indexOf(until, index)) + 1;
    if (index < 0 || end <= index)
        return {};
    return document.getSelectionAtIndex(page, index, end - index).boundingRectangle();
}

} // namespace

TEST_CASE("A blank sign-in sheet shows the cohort, the session and every learner, in English and French")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SignInSheet sheet = sampleSheet(12);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        INFO(language.toStdString());
        const QString path = dir.filePath(language + QStringLiteral("-sign-in.pdf"));
        REQUIRE(reports::SignInSheetPdf(language).write(path, sheet).has_value());

        QPdfDocument document;
        REQUIRE(document.load(path) == QPdfDocument::Error::None);
        REQUIRE(document.pageCount() == 1);
        const QString text = allText(document);
        CHECK(text.contains(QStringLiteral("Sign-in sheet")));
        CHECK_FALSE(text.contains(QStringLiteral("Attendance")));
        for (const QString& expected :
            {sheet.cohortTitle, sheet.programTitle, sheet.workshopTitle, sheet.location,
                QStringLiteral("Session 3 of 10"), QStringLiteral("Amira Haddad, Jean Lavoie"),
                QStringLiteral("Signature"), QStringLiteral("Time in"), QStringLiteral("Page 1 of 1")}) {
            INFO(expected.toStdString());
            CHECK(text.contains(expected));
        }
        const QLocale locale = language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::Canada)
                                                               : QLocale(QLocale::English, QLocale::Canada);
        CHECK(text.contains(locale.toString(sheet.session.date, QLocale::LongFormat)));
        CHECK(text.contains(language == QLatin1String("fr") ? QStringLiteral("mardi 3 mars 2026")
                                                            : QStringLiteral("Tuesday, March 3, 2026")));
        CHECK(text.contains(locale.toString(sheet.session.start, QLocale::ShortFormat)));
        CHECK(text.contains(QStringLiteral("PCS Studio — curriculum 2026.1 — printed %1")
                                .arg(locale.toString(QDate::currentDate(), QLocale::ShortFormat))));
        for (const SignInSheet::Row& row : sheet.learners) {
            INFO(row.name.toStdString());
            CHECK(text.contains(row.name));
            CHECK(text.contains(row.organization));
        }
        // Three numbered empty rows for walk-ins follow the roster.
        CHECK(lineWith(text, learnerName(12)).startsWith(QStringLiteral("12")));
        for (const QString& walkIn : {QStringLiteral("13"), QStringLiteral("14"), QStringLiteral("15")})
            CHECK(text.split(QRegularExpression(QStringLiteral("\\s+"))).contains(walkIn));
        CHECK_FALSE(text.split(QRegularExpression(QStringLiteral("\\s+"))).contains(QStringLiteral("16")));
    }
}

TEST_CASE("A blank sign-in sheet of 45 learners runs over several pages, each numbered Page N of M")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    const SignInSheet sheet = sampleSheet(45);
    REQUIRE(reports::SignInSheetPdf().write(path, sheet).has_value());

    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const int pages = document.pageCount();
    REQUIRE(pages > 1);
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        const QString text = pageText(document, page);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        CHECK(text.contains(QStringLiteral("Signature"))); // the table header, repeated
        CHECK(text.contains(QStringLiteral("Session 3 of 10")));
    }
    CHECK(pageText(document, 0).contains(learnerName(1)));
    CHECK(pageText(document, pages - 1).contains(learnerName(45)));
    CHECK(pageText(document, pages - 1).contains(QStringLiteral("(continued)")));
    CHECK_FALSE(pageText(document, 0).contains(QStringLiteral("(continued)")));
    // Each learner is on exactly one page.
    for (int i = 1; i <= 45; ++i) {
        int found = 0;
        for (int page = 0; page < pages; ++page)
            found += pageText(document, page).count(learnerName(i));
        INFO(learnerName(i).toStdString());
        CHECK(found == 1);
    }
}

TEST_CASE("A filled attendance sheet shows each status and the contact minutes earned")
{
    SignInSheet sheet = sampleSheet(6);
    sheet.filled = true;
    sheet.learners[0].mark = mark(AttendanceStatus::Present);
    sheet.learners[1].mark = mark(AttendanceStatus::Late, 15);
    sheet.learners[2].mark = mark(AttendanceStatus::LeftEarly, 40);
    sheet.learners[3].mark = mark(AttendanceStatus::Absent);
    sheet.learners[4].mark = mark(AttendanceStatus::Excused);
    // learners[5] has no mark: not recorded.

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filled.pdf"));
    REQUIRE(reports::SignInSheetPdf().write(path, sheet).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    CHECK(text.contains(QStringLiteral("Attendance")));
    CHECK_FALSE(text.contains(QStringLiteral("Sign-in sheet")));
    CHECK(text.simplified().contains(QStringLiteral("Contact minutes earned"))); // the title wraps
    CHECK_FALSE(text.contains(QStringLiteral("Signature")));

    const auto row = [&text](int number) {
        return lineWith(text, learnerName(number)).split(u' ', Qt::SkipEmptyParts).join(u' ');
    };
    CHECK(row(1).endsWith(QStringLiteral("Present 120")));
    CHECK(row(2).endsWith(QStringLiteral("Late 15 105")));
    CHECK(row(3).endsWith(QStringLiteral("Left early 40 80")));
    CHECK(row(4).endsWith(QStringLiteral("Absent 0")));
    CHECK(row(5).endsWith(QStringLiteral("Excused 0")));
    CHECK(row(6).endsWith(QStringLiteral("Not recorded —")));
    CHECK(text.contains(
        QStringLiteral("Present: 1 · Late: 1 · Left early: 1 · Absent: 1 · Excused: 1 · Not recorded: 1")));
    // No empty walk-in rows on a filled sheet.
    CHECK_FALSE(text.split(QRegularExpression(QStringLiteral("\\s+"))).contains(QStringLiteral("7")));
}

TEST_CASE("Long names and organizations are elided to their column")
{
    SignInSheet sheet = sampleSheet(2);
    const QString longName = QStringLiteral("Marie-Ève Bérubé-Castonguay ") + QString(80, u'x');
    const QString longOrganization
        = QStringLiteral("Ministry of Children, Community and Social Services ") + QString(80, u'y');
    sheet.learners[0].name = longName;
    sheet.learners[1].organization = longOrganization;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long-names.pdf"));
    REQUIRE(reports::SignInSheetPdf().write(path, sheet).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    CHECK(text.contains(QStringLiteral("Marie-Ève Bérubé")));
    CHECK_FALSE(text.contains(longName));
    CHECK_FALSE(text.contains(longOrganization));
    CHECK(text.count(u'…') == 2);
    // Each elided text ends before the next column starts.
    const QRectF name = boundsOf(document, 0, QStringLiteral("Marie-Ève"), u'…');
    const QRectF organization = boundsOf(document, 0, QStringLiteral("Ministry of Children"), u'…');
    const QRectF organizationColumn = boundsOf(document, 0, QStringLiteral("Organization"));
    const QRectF timeInColumn = boundsOf(document, 0, QStringLiteral("Time in"));
    REQUIRE_FALSE(name.isEmpty());
    REQUIRE_FALSE(organization.isEmpty());
    CHECK(name.right() < organizationColumn.left());
    CHECK(organization.left() == Approx(organizationColumn.left()).margin(1.0));
    CHECK(organization.right() < timeInColumn.left());
}

TEST_CASE("Blank sign-in rows are a third of an inch tall and filled rows are shorter")
{
    QTemporaryDir dir;
    const QString blankPath = dir.filePath(QStringLiteral("blank.pdf"));
    const QString filledPath = dir.filePath(QStringLiteral("filled.pdf"));
    SignInSheet sheet = sampleSheet(3);
    REQUIRE(reports::SignInSheetPdf().write(blankPath, sheet).has_value());
    sheet.filled = true;
    REQUIRE(reports::SignInSheetPdf().write(filledPath, sheet).has_value());

    QPdfDocument blank;
    REQUIRE(blank.load(blankPath) == QPdfDocument::Error::None);
    const QRectF first = boundsOf(blank, 0, learnerName(1));
    const QRectF second = boundsOf(blank, 0, learnerName(2));
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE_FALSE(second.isEmpty());
    const qreal blankPitch = second.top() - first.top();
    CHECK(blankPitch == Approx(0.33 * 72).margin(0.5)); // points

    QPdfDocument filled;
    REQUIRE(filled.load(filledPath) == QPdfDocument::Error::None);
    const qreal filledPitch
        = boundsOf(filled, 0, learnerName(2)).top() - boundsOf(filled, 0, learnerName(1)).top();
    CHECK(filledPitch > 10.0);
    CHECK(filledPitch < blankPitch - 2.0);
}

TEST_CASE("A long filled attendance sheet repeats its table header and ends with the summary")
{
    SignInSheet sheet = sampleSheet(70);
    sheet.filled = true;
    for (SignInSheet::Row& row : sheet.learners)
        row.mark = mark(AttendanceStatus::Present);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long-filled.pdf"));
    REQUIRE(reports::SignInSheetPdf().write(path, sheet).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const int pages = document.pageCount();
    REQUIRE(pages > 1);
    const QString summary = QStringLiteral("Present: 70 · Late: 0");
    for (int page = 0; page < pages; ++page) {
        INFO("page " << page + 1);
        const QString text = pageText(document, page);
        CHECK(text.contains(QStringLiteral("Status")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        CHECK(text.contains(summary) == (page == pages - 1));
    }
    CHECK(pageText(document, pages - 1).contains(learnerName(70)));
    // The summary is under the last row and above the footer.
    const QRectF lastRow = boundsOf(document, pages - 1, learnerName(70));
    const QRectF summaryBounds = boundsOf(document, pages - 1, summary);
    const QRectF footer = boundsOf(document, pages - 1, QStringLiteral("Page %1 of %1").arg(pages));
    REQUIRE_FALSE(summaryBounds.isEmpty());
    REQUIRE_FALSE(footer.isEmpty());
    CHECK(lastRow.bottom() < summaryBounds.top());
    CHECK(summaryBounds.bottom() < footer.top());
}

TEST_CASE(
    "Writing a sign-in sheet into a folder that does not exist fails, naming the file, and leaves nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/sign-in.pdf"));
    const auto written = reports::SignInSheetPdf().write(path, sampleSheet(3));
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Io);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Writing no sign-in sheet is refused and leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    const auto written = reports::SignInSheetPdf().write(path, std::vector<SignInSheet>{});
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Invalid);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Several sign-in sheets go into one PDF, each starting on a new page")
{
    // Session 1 is long enough for several pages; its learners are named apart from the others'.
    std::vector<SignInSheet> sheets{sampleSheet(45, 1, 3), sampleSheet(4, 2, 3), sampleSheet(4, 3, 3)};
    for (std::size_t s = 1; s < sheets.size(); ++s)
        for (SignInSheet::Row& row : sheets[s].learners)
            row.name.replace(QStringLiteral("Learner "), QStringLiteral("Guest %1-").arg(s + 1));
    sheets[2].filled = true;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sessions.pdf"));
    REQUIRE(reports::SignInSheetPdf().write(path, sheets).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const int pages = document.pageCount();
    REQUIRE(pages >= int(sheets.size()) + 1);

    // Each page belongs to one session; sessions follow in order; each starts with its heading.
    std::vector<int> sessionOfPage;
    for (int page = 0; page < pages; ++page) {
        const QString text = pageText(document, page);
        INFO("page " << page + 1);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        std::vector<int> sessions;
        for (int session = 1; session <= 3; ++session)
            if (text.contains(QStringLiteral("Session %1 of 3").arg(session)))
                sessions.push_back(session);
        REQUIRE(sessions.size() == 1);
        sessionOfPage.push_back(sessions.front());
    }
    CHECK(std::is_sorted(sessionOfPage.begin(), sessionOfPage.end()));
    CHECK(sessionOfPage.front() == 1);
    CHECK(sessionOfPage.back() == 3);
    CHECK(std::count(sessionOfPage.begin(), sessionOfPage.end(), 1) == pages - 2);
    const int second = pages - 2;
    CHECK(pageText(document, second).contains(QStringLiteral("Sign-in sheet")));
    CHECK(pageText(document, second).contains(QStringLiteral("Guest 2-01 Ouellet")));
    CHECK_FALSE(pageText(document, second).contains(QStringLiteral("(continued)")));
    CHECK(pageText(document, second - 1).contains(learnerName(45)));
    CHECK(pageText(document, pages - 1).contains(QStringLiteral("Attendance")));
    CHECK(pageText(document, pages - 1).contains(QStringLiteral("Guest 3-04 Ouellet")));
}

TEST_CASE("Written sign-in sheets pass qpdf --check")
{
    SignInSheet filled = sampleSheet(30, 4, 10);
    filled.filled = true;
    filled.learners[0].mark = mark(AttendanceStatus::Late, 15);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checked.pdf"));
    REQUIRE(reports::SignInSheetPdf(QStringLiteral("fr"))
                .write(path, std::vector<SignInSheet>{sampleSheet(45), filled})
                .has_value());

    QProcess qpdf;
    qpdf.setProcessChannelMode(QProcess::MergedChannels);
    qpdf.start(QStringLiteral("/usr/bin/qpdf"), {QStringLiteral("--check"), path});
    REQUIRE(qpdf.waitForFinished(30000));
    const QString output = QString::fromUtf8(qpdf.readAll());
    INFO(output.toStdString());
    CHECK(qpdf.exitStatus() == QProcess::NormalExit);
    CHECK(qpdf.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("No syntax or stream encoding errors found")));
}

TEST_CASE("Sign-in sheets are on Letter paper unless A4 is set")
{
    QTemporaryDir dir;
    const QString letterPath = dir.filePath(QStringLiteral("letter.pdf"));
    const QString a4Path = dir.filePath(QStringLiteral("a4.pdf"));
    reports::SignInSheetPdf pdf;
    REQUIRE(pdf.write(letterPath, sampleSheet(5)).has_value());
    pdf.setPageSize(QPageSize::A4);
    REQUIRE(pdf.write(a4Path, sampleSheet(5)).has_value());

    QPdfDocument letter;
    REQUIRE(letter.load(letterPath) == QPdfDocument::Error::None);
    CHECK(qAbs(letter.pagePointSize(0).width() - 612.0) < 2.0);
    CHECK(qAbs(letter.pagePointSize(0).height() - 792.0) < 2.0);
    QPdfDocument a4;
    REQUIRE(a4.load(a4Path) == QPdfDocument::Error::None);
    CHECK(a4.pageCount() == 1);
    CHECK(qAbs(a4.pagePointSize(0).width() - 595.0) < 2.0);
    CHECK(qAbs(a4.pagePointSize(0).height() - 842.0) < 2.0);
}
