#include "PdfTestSupport.h"
#include "ReportTestOptions.h"
#include "TestSupport.h"

#include "pcs/reports/CohortReportPdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pcs;
using namespace pcs::test;
using reports::CohortReport;
using reports::CohortReportPdf;
using reports::CohortTopicStats;
using reports::ReportOptions;

namespace {

CohortTopicStats stats(const QString& topic, int n, double pre, double post, int improved, int unchanged,
    int declined, std::optional<double> p, bool exact, std::optional<double> r)
{
    CohortTopicStats s;
    s.topic = topic;
    s.nPaired = n;
    s.preMean = pre;
    s.postMean = post;
    s.preMedian = pre + 0.04;
    s.postMedian = post + 0.04;
    s.improved = improved;
    s.unchanged = unchanged;
    s.declined = declined;
    s.wilcoxonP = p;
    s.exactP = exact;
    s.effectSize = r;
    return s;
}

QString learnerName(int number)
{
    return QStringLiteral("Learner %1 Ouellet").arg(number, 2, 10, QLatin1Char('0'));
}

CohortReport sampleReport(int learners = 24)
{
    CohortReport r;
    r.cohortTitle = QStringLiteral("Sudbury Spring Cohort");
    r.programTitle = QStringLiteral("PCS for Staff");
    r.location = QStringLiteral("Room 204, 199 Larch Street");
    r.startDate = QDate(2026, 3, 3);
    r.endDate = QDate(2026, 4, 14);
    r.facilitators = {QStringLiteral("Amira Haddad"), QStringLiteral("Jean Lavoie")};
    r.learners = learners;
    r.eligible = learners * 3 / 4;
    r.meanAttendanceRate = 0.874;
    r.deliveredMinutes = 900;
    r.sessions = 10;
    r.topics = {
        stats(QStringLiteral("Understanding behaviour as communication"), 24, 2.43, 3.87, 18, 4, 2, 0.0023,
            false, 0.712),
        stats(QStringLiteral("Trauma-informed approaches"), 12, 3.1, 3.3, 5, 5, 2, 0.27, true, 0.33),
        stats(QStringLiteral("Setting boundaries"), 10, 3.5, 3.4, 1, 6, 3, 0.4, true, -0.4),
        stats(QStringLiteral("Self-care"), 0, 0, 0, 0, 0, 0, std::nullopt, false, std::nullopt),
        stats(QStringLiteral("Cultural humility"), 20, 2.0, 4.2, 20, 0, 0, 0.0004, false, 1.0),
    };
    r.topics[2].responseShift = true;
    r.topics[2].thenMean = 2.9;
    r.topics[0].thenMean = 2.2;
    r.largestGains = {{QStringLiteral("I can tell what a behaviour is saying about a need"),
                          QStringLiteral("Understanding behaviour as communication"), 1.62, 24},
        {QStringLiteral("I stay calm when a conversation gets hard"), QStringLiteral("Cultural humility"),
            1.4, 20}};
    r.smallestGains
        = {{QStringLiteral("I take breaks during the day"), QStringLiteral("Setting boundaries"), -0.3, 10}};
    for (int i = 1; i <= learners; ++i)
        r.learnerRows.push_back(
            {learnerName(i), i % 4 == 0 ? 540 : 900, i % 4 != 0, QStringLiteral("Submitted"),
                i % 5 == 0 ? QStringLiteral("Not started") : QStringLiteral("Submitted")});
    return r;
}

QString write(const CohortReport& report, const ReportOptions& o, QTemporaryDir& dir, QPdfDocument& document)
{
    const QString path = dir.filePath(QStringLiteral("cohort-%1.pdf").arg(o.language));
    const auto written = CohortReportPdf(o).write(path, report);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    return path;
}

} // namespace

TEST_CASE("A cohort report prints completion and the statistics table with the numbers given")
{
    QTemporaryDir dir;
    QPdfDocument document;
    write(sampleReport(), options(), dir, document);
    const QString text = allText(document);
    INFO(text.toStdString());
    CHECK(pageText(document, 0).startsWith(QStringLiteral("Cohort report")));
    for (const QString& expected :
        {QStringLiteral("Sudbury Spring Cohort"), QStringLiteral("Program: PCS for Staff"),
            QStringLiteral("Dates: March 3, 2026 – April 14, 2026"),
            QStringLiteral("Place: Room 204, 199 Larch Street"),
            QStringLiteral("Facilitators: Amira Haddad, Jean Lavoie"), QStringLiteral("Learners: 24"),
            QStringLiteral("Eligible for a certificate: 18 of 24 (75%)"),
            QStringLiteral("Mean attendance: 87%"), QStringLiteral("Sessions: 10"),
            QStringLiteral("Contact hours delivered: 15.0")}) {
        INFO(expected.toStdString());
        CHECK(holds(text, expected));
    }
    // Topic, n, pre mean, post mean, pre median, post median, then mean, improved / unchanged / declined, p,
    // r.
    CHECK(holds(text, QStringLiteral("24 2.4 3.9 2.5 3.9 2.2 18 / 4 / 2 ≈0.002 0.71")));
    CHECK(holds(text, QStringLiteral("12 3.1 3.3 3.1 3.3 — 5 / 5 / 2 0.270 0.33")));
    CHECK(lineStartingWith(text, QStringLiteral("Setting boundaries 10"))
        == QStringLiteral("Setting boundaries 10 3.5 3.4 3.5 3.4 2.9 † 1 / 6 / 3 0.400 -0.40"));
    CHECK(lineStartingWith(text, QStringLiteral("Self-care 0"))
        == QStringLiteral("Self-care 0 — — — — — — — —"));
    CHECK(lineStartingWith(text, QStringLiteral("Cultural humility 20"))
        == QStringLiteral("Cultural humility 20 2.0 4.2 2.0 4.2 — 20 / 0 / 0 < 0.001 1.00"));
    // The chart prints the means it draws.
    CHECK(holds(text, QStringLiteral("Pre Post Then")));
    CHECK(text.count(QStringLiteral("3.9")) >= 2);
    CHECK(text.count(QStringLiteral("4.2")) >= 2);
    // The items with the largest and smallest gains.
    CHECK(holds(text, QStringLiteral("I can tell what a behaviour is saying about a need")));
    CHECK(holds(text, QStringLiteral("I take breaks during the day Setting boundaries 10 -0.3")));
    CHECK(holds(text, QStringLiteral("+1.6")));
    // The learners, with their hours and certificate.
    CHECK(lineStartingWith(text, QStringLiteral("4 Learner 04 Ouellet"))
        == QStringLiteral("4 Learner 04 Ouellet 9.0 Not yet Submitted Submitted"));
    CHECK(lineStartingWith(text, QStringLiteral("5 Learner 05 Ouellet"))
        == QStringLiteral("5 Learner 05 Ouellet 15.0 Eligible Submitted Not started"));
}

TEST_CASE("A cohort report reads each topic in plain language")
{
    QTemporaryDir dir;
    QPdfDocument document;
    write(sampleReport(), options(), dir, document);
    const QString text = allText(document);
    INFO(text.toStdString());
    for (const QString& expected :
        {QStringLiteral(
             "Ratings rose for 18 of 24 learners, stayed the same for 4 and fell for 2. The rise is "
             "unlikely to be chance (p = 0.002) and large (r = 0.71)."),
            QStringLiteral("Ratings rose for 5 of 12 learners, stayed the same for 5 and fell for 2. The "
                           "change could be "
                           "chance (p = 0.270); its size is medium (r = 0.33)."),
            QStringLiteral("With fewer than six changed ratings, no result below p = 0.05 is possible."),
            QStringLiteral(
                "Looking back, learners rated their starting point differently (then: 2.9, pre: 3.5)"),
            QStringLiteral("No learner answered both the pre and the post self-assessment for this topic."),
            QStringLiteral(
                "Ratings rose for all 20 learners. The rise is unlikely to be chance (p < 0.001) and large "
                "(r = 1.00).")}) {
        INFO(expected.toStdString());
        CHECK(holds(text, expected));
    }
}

TEST_CASE("The cohort report notes state the test and the effect size formula")
{
    QTemporaryDir dir;
    QPdfDocument document;
    write(sampleReport(), options(), dir, document);
    const QString text = allText(document);
    for (const QString& expected : {QStringLiteral("Notes on the methods"),
             QStringLiteral("Wilcoxon signed-rank test, two-sided, on the differences post − pre."),
             QStringLiteral("Differences of zero are dropped"),
             QStringLiteral("With up to 25 non-zero differences and no ties, p is exact"),
             QStringLiteral("with the tie correction of the variance and a continuity correction"),
             QStringLiteral("r = (T+ − T−) / (T+ + T−)"),
             QStringLiteral(
                 "|r| below 0.1 is called negligible, from 0.1 small, from 0.3 medium and from 0.5 large"),
             QStringLiteral("A change is called unlikely to be chance when p < 0.05."),
             QStringLiteral("a learner is eligible for a certificate with at least 80% of the program's "
                            "contact hours")}) {
        INFO(expected.toStdString());
        CHECK(holds(text, expected));
    }
}

TEST_CASE("A cohort report of 40 learners paginates with repeated headers and Page N of M")
{
    QTemporaryDir dir;
    QPdfDocument document;
    write(sampleReport(40), options(), dir, document);
    const int pages = document.pageCount();
    REQUIRE(pages > 2);
    int pagesWithLearners = 0;
    for (int page = 0; page < pages; ++page) {
        const QString text = pageText(document, page);
        INFO("page " << page + 1 << "\n" << text.toStdString());
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        CHECK(text.contains(QStringLiteral("PCS Studio — curriculum 2026.1 — printed 2026-05-01")));
        if (page > 0)
            CHECK(text.contains(QStringLiteral("Cohort report — Sudbury Spring Cohort")));
        if (text.contains(QStringLiteral(" Ouellet"))) {
            ++pagesWithLearners;
            CHECK(holds(text, QStringLiteral("# Name"))); // the table header, repeated
            CHECK(text.contains(QStringLiteral("Certificate")));
        }
    }
    CHECK(pagesWithLearners >= 2);
    QStringList texts;
    for (int page = 0; page < pages; ++page)
        texts << pageText(document, page);
    for (int i = 1; i <= 40; ++i) {
        int found = 0;
        for (const QString& text : texts)
            found += int(text.count(learnerName(i)));
        INFO(learnerName(i).toStdString());
        CHECK(found == 1);
    }
}

TEST_CASE("A cohort report in French uses French numbers and dates")
{
    QTemporaryDir dir;
    QPdfDocument document;
    write(sampleReport(), options(QStringLiteral("fr")), dir, document);
    const QString text = allText(document);
    INFO(text.toStdString());
    CHECK(holds(text, QStringLiteral("3 mars 2026 – 14 avril 2026")));
    CHECK(holds(text, QStringLiteral("24 2,4 3,9 2,5 3,9 2,2 18 / 4 / 2 ≈0,002 0,71")));
    CHECK(holds(text, QStringLiteral("< 0,001")));
    CHECK_FALSE(text.contains(QStringLiteral("March")));
}

TEST_CASE("A cohort report passes qpdf --check and is on A4 when asked")
{
    QTemporaryDir dir;
    ReportOptions o = options();
    o.pageSize = QPageSize::A4;
    QPdfDocument document;
    const QString path = write(sampleReport(40), o, dir, document);
    CHECK(document.pagePointSize(0).width() == Approx(595.0).margin(2.0));
    CHECK(document.pagePointSize(0).height() == Approx(842.0).margin(2.0));
    for (int page = 0; page < document.pageCount(); ++page) {
        const QRectF bounds = document.getAllText(page).boundingRectangle();
        INFO("page " << page + 1 << " text right edge " << bounds.right());
        CHECK(bounds.left() >= 18 / 25.4 * 72 - 1);
        CHECK(bounds.right() <= 595 - 18 / 25.4 * 72 + 1);
        CHECK(bounds.bottom() <= 842 - 13 / 25.4 * 72 + 1);
    }
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

TEST_CASE("A cohort report without self-assessments still reports completion")
{
    CohortReport report = sampleReport(3);
    report.topics.clear();
    report.largestGains.clear();
    report.smallestGains.clear();
    QTemporaryDir dir;
    QPdfDocument document;
    write(report, options(), dir, document);
    const QString text = allText(document);
    CHECK(holds(text, QStringLiteral("No self-assessment has been recorded for this cohort.")));
    CHECK(holds(text, QStringLiteral("Eligible for a certificate: 2 of 3 (67%)")));
    CHECK_FALSE(text.contains(QStringLiteral("largest gains")));
}

TEST_CASE("Writing a cohort report into a folder that does not exist fails naming the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/cohort.pdf"));
    const auto written = CohortReportPdf(options()).write(path, sampleReport());
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Io);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("A cancelled cohort report leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    const auto written
        = CohortReportPdf(options()).write(path, sampleReport(40), [](int, int) { return false; });
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message == QStringLiteral("Cancelled."));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("A cohort report of 30 learners is written quickly")
{
    const CohortReport report = sampleReport(30);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timed.pdf"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(CohortReportPdf(options()).write(path, report).has_value());
    const qint64 elapsed = timer.elapsed();
    WARN("Cohort report of 30 learners: " << elapsed << " ms (target: under 250 ms)");
    CHECK(QFileInfo(path).size() > 0);
}
