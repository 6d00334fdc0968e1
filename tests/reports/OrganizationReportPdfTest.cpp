#include "PdfTestSupport.h"
#include "ReportTestOptions.h"
#include "TestSupport.h"

#include "pcs/reports/OrganizationReportPdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pcs;
using namespace pcs::test;
using reports::OrganizationReportPdf;
using reports::OrganizationSummary;
using reports::ReportOptions;

namespace {

OrganizationSummary sampleSummary(int organizations = 2)
{
    OrganizationSummary s;
    s.from = QDate(2026, 1, 1);
    s.to = QDate(2026, 6, 30);
    s.cohorts = 6;
    s.learners = 112;
    s.contactMinutes = 5400;
    s.rows = {{QStringLiteral("Ontario Works Sudbury"), QStringLiteral("PCS for Staff"), 45, 36, 2700},
        {QStringLiteral("Ontario Works Sudbury"), QStringLiteral("PCS for Trainers and Champions"), 8, 8,
            720},
        {QStringLiteral("Employment Ontario North"), QStringLiteral("PCS for Service System Integration"), 59,
            41, 1980}};
    for (int i = 3; i <= organizations; ++i)
        s.rows.push_back({QStringLiteral("Community Agency %1").arg(i, 3, 10, QLatin1Char('0')),
            QStringLiteral("PCS for Staff"), 10, 7, 600});
    s.gains = {{QStringLiteral("Understanding behaviour as communication"), 80, 2.44, 3.61},
        {QStringLiteral("Self-care"), 76, 2.71, 3.69}, {QStringLiteral("Cultural humility"), 0, 0, 0}};
    return s;
}

} // namespace

TEST_CASE("An organization summary prints each organization and program with totals")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("organization.pdf"));
    REQUIRE(OrganizationReportPdf(options(QStringLiteral("en"), QDate(2026, 7, 2)))
                .write(path, sampleSummary())
                .has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Organization summary")));
    for (const QString& expected :
        {QStringLiteral("January 1, 2026 – June 30, 2026"), QStringLiteral("Cohorts: 6"),
            QStringLiteral("Learners: 112"), QStringLiteral("Contact hours delivered: 90.0"),
            QStringLiteral("Ontario Works Sudbury PCS for Staff 45 36 80% 45.0"),
            QStringLiteral("Total 112 85 76% 90.0"),
            QStringLiteral("PCS Studio — curriculum 2026.1 — printed 2026-07-02"),
            QStringLiteral("Page 1 of")}) {
        INFO(expected.toStdString());
        CHECK(holds(text, expected));
    }
    CHECK(holds(text, QStringLiteral("59 41 69% 33.0")));
    CHECK(holds(text, QStringLiteral("Employment Ontario North")));
    CHECK(holds(text, QStringLiteral("8 8 100% 12.0")));
}

TEST_CASE("An organization summary prints the mean ratings per topic as a chart and a table")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ratings.pdf"));
    REQUIRE(OrganizationReportPdf(options(QStringLiteral("en"), QDate(2026, 7, 2)))
                .write(path, sampleSummary())
                .has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    INFO(text.toStdString());
    CHECK(lineStartingWith(text, QStringLiteral("Self-care 76"))
        == QStringLiteral("Self-care 76 2.7 3.7 +1.0"));
    CHECK(holds(text, QStringLiteral("Cultural humility 0 — — —")));
    CHECK(holds(text, QStringLiteral("80 2.4 3.6 +1.2")));
    CHECK(text.count(QStringLiteral("3.6")) >= 2); // in the chart and in the table
    CHECK(holds(text, QStringLiteral("Mean rating (1 = low, 5 = high)")));
}

TEST_CASE("A long organization summary repeats its table header on each page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(OrganizationReportPdf(options(QStringLiteral("en"), QDate(2026, 7, 2)))
                .write(path, sampleSummary(90))
                .has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const int pages = document.pageCount();
    REQUIRE(pages > 2);
    for (int page = 0; page < pages; ++page) {
        const QString text = document.getAllText(page).text();
        INFO("page " << page + 1);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        if (text.contains(QStringLiteral("Community Agency")))
            CHECK(text.contains(QStringLiteral("Organization Program")));
    }
    const QString text = allText(document);
    for (int i = 3; i <= 90; ++i)
        CHECK(text.count(QStringLiteral("Community Agency %1").arg(i, 3, 10, QLatin1Char('0'))) == 1);
    CHECK(holds(text, QStringLiteral("Total 992 701 71% 970.0")));
}

TEST_CASE("An organization summary with no training says so")
{
    OrganizationSummary empty;
    empty.from = QDate(2026, 1, 1);
    empty.to = QDate(2026, 3, 31);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(OrganizationReportPdf(options(QStringLiteral("fr"), QDate(2026, 7, 2)))
                .write(path, empty)
                .has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = allText(document);
    CHECK(holds(text, QStringLiteral("1 janvier 2026 – 31 mars 2026")));
    CHECK(holds(text, QStringLiteral("No training was delivered in this period.")));
    CHECK(document.pageCount() == 1);
}

TEST_CASE("An organization summary whose period ends before it starts is refused")
{
    OrganizationSummary backwards = sampleSummary();
    backwards.from = QDate(2026, 6, 30);
    backwards.to = QDate(2026, 1, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backwards.pdf"));
    const auto written
        = OrganizationReportPdf(options(QStringLiteral("en"), QDate(2026, 7, 2))).write(path, backwards);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Invalid);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Organization summaries pass qpdf --check on A4 and Letter")
{
    QTemporaryDir dir;
    for (const auto size : {QPageSize::Letter, QPageSize::A4}) {
        ReportOptions o = options(QStringLiteral("en"), QDate(2026, 7, 2));
        o.pageSize = size;
        const QString path = dir.filePath(QStringLiteral("checked-%1.pdf").arg(int(size)));
        REQUIRE(OrganizationReportPdf(o).write(path, sampleSummary(40)).has_value());
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
        CHECK(qpdf.exitCode() == 0);
        CHECK(output.contains(QStringLiteral("No syntax or stream encoding errors found")));
    }
}
