#include "PdfTestSupport.h"
#include "ReportTestOptions.h"
#include "TestSupport.h"

#include "pcs/reports/LearnerReportPdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pcs;
using namespace pcs::test;
using reports::LearnerReport;
using reports::LearnerReportPdf;
using reports::ReportOptions;

namespace {

LearnerReport sampleReport(const QString& name = QStringLiteral("Marie-Ève Tremblay"))
{
    LearnerReport r;
    r.learnerName = name;
    r.cohortTitle = QStringLiteral("Sudbury Spring Cohort");
    r.programTitle = QStringLiteral("PCS for Staff");
    r.organization = QStringLiteral("Ontario Works Sudbury");
    r.startDate = QDate(2026, 3, 3);
    r.endDate = QDate(2026, 4, 14);
    r.topics = {
        {QStringLiteral("Understanding behaviour as communication"), 2.4, 4.1, 2.0, 4.5,
            {QStringLiteral("Tool 1: Curious questions"), QStringLiteral("Tool 4: Reflective listening")}},
        {QStringLiteral("Trauma-informed approaches"), 3.0, 3.0, std::nullopt, 3.3,
            {QStringLiteral("Tool 2")}},
        {QStringLiteral("Setting boundaries"), 3.6, 3.2, std::nullopt, 2.0, {}},
        {QStringLiteral("Self-care"), 2.2, std::nullopt, std::nullopt, std::nullopt,
            {QStringLiteral("Tool 9")}},
    };
    r.priorityTopics = {QStringLiteral("Understanding behaviour as communication — Tool 1, Tool 4"),
        QStringLiteral("Self-care — Tool 9")};
    r.sawPlan = {{QStringLiteral("Understanding behaviour as communication"),
        {{QStringLiteral("How I will apply it"),
             QStringLiteral("Ask what would make today's meeting useful.")},
            {QStringLiteral("Support I need:"),
                QStringLiteral("A monthly debriefing with my supervisor.")}}}};
    r.followUps
        = {{30, QDate(2026, 5, 14), QStringLiteral("Done"), QStringLiteral("The question changed the tone."),
               QStringLiteral("Share it at lunch 'n' learn.")},
            {60, QDate(2026, 6, 13), QStringLiteral("Due"), QString(), QString()}};
    r.sessionsAttended = 9;
    r.sessions = 10;
    r.earnedMinutes = 810;
    r.programMinutes = 900;
    r.eligible = true;
    return r;
}

// The extracted lines: a table row is one line (its cells wrap onto further lines).
// The text of every page lies within the page's margins (18 mm at the sides, 13 mm at the bottom).
void checkInsideMargins(QPdfDocument& document)
{
    const qreal side = 18 / 25.4 * 72 - 1;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF size = document.pagePointSize(page);
        const QRectF bounds = document.getAllText(page).boundingRectangle();
        INFO("page " << page + 1 << ": text from " << bounds.left() << "," << bounds.top() << " to "
                     << bounds.right() << "," << bounds.bottom() << " on " << size.width() << "x"
                     << size.height());
        CHECK(bounds.left() >= side);
        CHECK(bounds.right() <= size.width() - side);
        CHECK(bounds.top() >= 30);
        CHECK(bounds.bottom() <= size.height() - 13 / 25.4 * 72 + 1);
    }
}

} // namespace

TEST_CASE("A learner progress report prints the learner and every rating as given")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learner.pdf"));
    REQUIRE(LearnerReportPdf(options()).write(path, sampleReport()).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    INFO(text.toStdString());
    CHECK(pageText(document, 0).startsWith(QStringLiteral("Learner progress report")));
    for (const QString& expected : {QStringLiteral("Marie-Ève Tremblay"),
             QStringLiteral("Program: PCS for Staff"), QStringLiteral("Cohort: Sudbury Spring Cohort"),
             QStringLiteral("Organization: Ontario Works Sudbury"),
             QStringLiteral("Dates: March 3, 2026 – April 14, 2026"),
             QStringLiteral("Sessions attended: 9 of 10"),
             QStringLiteral("Contact hours: 13.5 of 15.0 hours (90%)"),
             QStringLiteral("eligible: at least 80% of the program's contact hours attended"),
             QStringLiteral("Tool 1: Curious questions, Tool 4: Reflective listening"),
             QStringLiteral("• Understanding behaviour as communication — Tool 1, Tool 4"),
             QStringLiteral("• Self-care — Tool 9"),
             QStringLiteral("How I will apply it: Ask what would make today's meeting useful."),
             QStringLiteral("Support I need: A monthly debriefing with my supervisor."),
             QStringLiteral(
                 "Day 30 May 14, 2026 Done The question changed the tone. Share it at lunch 'n' learn."),
             QStringLiteral("Day 60 June 13, 2026 Due — —"),
             QStringLiteral("PCS Studio — curriculum 2026.1 — printed 2026-05-01")}) {
        INFO(expected.toStdString());
        CHECK(holds(text, expected));
    }
    // Table rows: topic, pre, post, then, change, desire, tools.
    CHECK(holds(text, QStringLiteral("3.0 3.0 — 0.0 3.3 Tool 2")));
    CHECK(lineStartingWith(text, QStringLiteral("Setting boundaries 3.6"))
        == QStringLiteral("Setting boundaries 3.6 3.2 — -0.4 2.0 —"));
    CHECK(lineStartingWith(text, QStringLiteral("Self-care 2.2"))
        == QStringLiteral("Self-care 2.2 — — — — Tool 9"));
    CHECK(holds(text, QStringLiteral("2.4 4.1 2.0 +1.7 4.5")));
    // The chart prints its values too: each mean appears in the chart and in the table.
    CHECK(text.count(QStringLiteral("4.1")) >= 2);
    CHECK(text.count(QStringLiteral("3.6")) >= 2);
    CHECK(holds(text, QStringLiteral("Pre Post Then")));
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page)
        CHECK(pageText(document, page).contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
    checkInsideMargins(document);
}

TEST_CASE("A learner report without then-ratings has no then column")
{
    LearnerReport report = sampleReport();
    for (auto& topic : report.topics)
        topic.then.reset();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-then.pdf"));
    REQUIRE(LearnerReportPdf(options()).write(path, report).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    CHECK_FALSE(text.contains(QStringLiteral("Then")));
    CHECK(holds(text, QStringLiteral("Pre Post")));
    CHECK(lineStartingWith(text, QStringLiteral("Setting boundaries 3.6"))
        == QStringLiteral("Setting boundaries 3.6 3.2 -0.4 2.0 —"));
}

TEST_CASE("A learner report that is not yet eligible says what is needed")
{
    LearnerReport report = sampleReport();
    report.eligible = false;
    report.earnedMinutes = 450;
    report.sessionsAttended = 5;
    report.sawPlan.clear();
    report.followUps.clear();
    report.priorityTopics.clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-eligible.pdf"));
    REQUIRE(LearnerReportPdf(options()).write(path, report).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    CHECK(holds(text, QStringLiteral("Contact hours: 7.5 of 15.0 hours (50%)")));
    CHECK(holds(text, QStringLiteral("not yet eligible: 80% of the program's contact hours are needed")));
    CHECK(holds(text, QStringLiteral("No SAW plan has been written yet.")));
    CHECK(holds(text, QStringLiteral("No follow-ups are scheduled.")));
    CHECK(holds(text, QStringLiteral("No priorities were identified from the self-assessment.")));
}

TEST_CASE("A learner report in French prints French dates and decimal commas")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fr.pdf"));
    REQUIRE(LearnerReportPdf(options(QStringLiteral("fr"))).write(path, sampleReport()).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    INFO(text.toStdString());
    CHECK(holds(text, QStringLiteral("3 mars 2026 – 14 avril 2026")));
    CHECK(holds(text, QStringLiteral("14 mai 2026")));
    CHECK(holds(text, QStringLiteral("2,4 4,1 2,0 +1,7 4,5")));
    CHECK(holds(text, QStringLiteral("13,5")));
    CHECK_FALSE(text.contains(QStringLiteral("March")));
}

TEST_CASE("Several learner reports share one file and each starts on a new page")
{
    const std::vector<LearnerReport> reports{sampleReport(QStringLiteral("Alice Abitbol")),
        sampleReport(QStringLiteral("Bernard Bouchard")), sampleReport(QStringLiteral("Chantal Cardinal"))};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batch.pdf"));
    std::vector<std::pair<int, int>> progress;
    REQUIRE(LearnerReportPdf(options())
                .write(path, reports,
                    [&](int done, int total) {
                        progress.emplace_back(done, total);
                        return true;
                    })
                .has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const int pages = document.pageCount();
    REQUIRE(pages >= 3);
    REQUIRE(int(progress.size()) == pages);
    CHECK(progress.back() == std::pair{pages, pages});
    std::vector<int> firstPages;
    for (int page = 0; page < pages; ++page) {
        const QString text = pageText(document, page);
        INFO("page " << page + 1);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        if (text.startsWith(QStringLiteral("Learner progress report\r\n"))
            || text.startsWith(QStringLiteral("Learner progress report\n")))
            firstPages.push_back(page);
    }
    REQUIRE(firstPages.size() == 3);
    CHECK(firstPages.front() == 0);
    for (std::size_t i = 0; i < 3; ++i) {
        const int first = firstPages[i];
        const int end = i + 1 < 3 ? firstPages[i + 1] : pages;
        INFO(reports[i].learnerName.toStdString());
        CHECK(pageText(document, first).contains(reports[i].learnerName));
        // Later pages of a report name its learner on top; no page holds two learners.
        for (int page = first; page < end; ++page) {
            CHECK(pageText(document, page).contains(reports[i].learnerName));
            for (std::size_t other = 0; other < 3; ++other)
                if (other != i)
                    CHECK_FALSE(pageText(document, page).contains(reports[other].learnerName));
        }
    }
}

TEST_CASE("Long reflections and topic names wrap inside the margins")
{
    LearnerReport report = sampleReport();
    QString reflection;
    for (int i = 1; i <= 220; ++i)
        reflection += QStringLiteral("word%1 ").arg(i);
    report.followUps[0].reflection = reflection.trimmed();
    report.topics[1].topic
        = QStringLiteral("Trauma-informed approaches in every conversation with people who have "
                         "lived through violence and loss and displacement");
    report.sawPlan[0].fields[0].second = reflection.trimmed();
    report.learnerName = QStringLiteral("Marie-Ève Bérubé-Castonguay de la Rochelle-Vaillancourt Ouellet");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(LearnerReportPdf(options()).write(path, report).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    // Every word is printed, once in the plan and once in the follow-ups.
    for (int i = 1; i <= 220; i += 17)
        CHECK(text.count(QRegularExpression(QStringLiteral("\\bword%1\\b").arg(i))) == 2);
    CHECK(holds(text, QStringLiteral("lived through violence and loss and displacement")));
    checkInsideMargins(document);
}

TEST_CASE("A cancelled learner report batch leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    const std::vector<LearnerReport> reports(4, sampleReport());
    const auto written
        = LearnerReportPdf(options()).write(path, reports, [](int done, int) { return done < 2; });
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Invalid);
    CHECK(written.error().message == QStringLiteral("Cancelled."));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Writing no learner report is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.pdf"));
    const auto written = LearnerReportPdf(options()).write(path, std::vector<LearnerReport>{});
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Invalid);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Writing a learner report into a folder that does not exist fails naming the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/learner.pdf"));
    const auto written = LearnerReportPdf(options()).write(path, sampleReport());
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Io);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Learner reports pass qpdf --check on Letter and A4")
{
    QTemporaryDir dir;
    for (const auto size : {QPageSize::Letter, QPageSize::A4}) {
        ReportOptions o = options(QStringLiteral("fr"));
        o.pageSize = size;
        const QString path = dir.filePath(QStringLiteral("checked-%1.pdf").arg(int(size)));
        REQUIRE(LearnerReportPdf(o)
                    .write(path, {sampleReport(), sampleReport(QStringLiteral("Paul Martin"))})
                    .has_value());
        QPdfDocument document;
        REQUIRE(document.load(path) == QPdfDocument::Error::None);
        const QSizeF expected = size == QPageSize::A4 ? QSizeF(595, 842) : QSizeF(612, 792);
        CHECK(document.pagePointSize(0).width() == Approx(expected.width()).margin(2.0));
        CHECK(document.pagePointSize(0).height() == Approx(expected.height()).margin(2.0));
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
}
