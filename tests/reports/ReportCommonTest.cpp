#include "TestSupport.h"

#include "pcs/reports/Charts.h"
#include "pcs/reports/ReportCommon.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace pcs;
using reports::ReportCommon;

TEST_CASE("Report numbers follow the locale and the rounding rules")
{
    const QLocale en = ReportCommon::locale(QStringLiteral("en"));
    const QLocale fr = ReportCommon::locale(QStringLiteral("fr"));
    CHECK(fr.language() == QLocale::French);
    CHECK(fr.territory() == QLocale::Canada);
    CHECK(ReportCommon::mean(en, 2.43) == QStringLiteral("2.4"));
    CHECK(ReportCommon::mean(fr, 2.47) == QStringLiteral("2,5"));
    CHECK(ReportCommon::mean(en, std::nullopt) == QStringLiteral("—"));
    CHECK(ReportCommon::change(en, 1.66) == QStringLiteral("+1.7"));
    CHECK(ReportCommon::change(en, -0.34) == QStringLiteral("-0.3"));
    CHECK(ReportCommon::change(en, 0.02) == QStringLiteral("0.0"));
    CHECK(ReportCommon::change(en, -0.02) == QStringLiteral("0.0"));
    CHECK(ReportCommon::pValue(en, 0.0023) == QStringLiteral("0.002"));
    CHECK(ReportCommon::pValue(en, 0.0004) == QStringLiteral("< 0.001"));
    CHECK(ReportCommon::pValue(en, 0.0496) == QStringLiteral("0.0496")); // never "0.050" for p < 0.05
    CHECK(ReportCommon::pValue(en, 0.05) == QStringLiteral("0.050"));
    CHECK(ReportCommon::pValue(fr, 0.27) == QStringLiteral("0,270"));
    CHECK(ReportCommon::effect(en, 0.712) == QStringLiteral("0.71"));
    CHECK(ReportCommon::hours(en, 810) == QStringLiteral("13.5"));
    CHECK(ReportCommon::hours(fr, 810) == QStringLiteral("13,5"));
    CHECK(ReportCommon::percent(en, 87.4) == QStringLiteral("87%"));
    CHECK(ReportCommon::date(en, QDate(2026, 3, 3)) == QStringLiteral("March 3, 2026"));
    CHECK(ReportCommon::date(fr, QDate(2026, 3, 3)) == QStringLiteral("3 mars 2026"));
    CHECK(
        ReportCommon::dateRange(en, QDate(2026, 3, 3), QDate(2026, 3, 3)) == QStringLiteral("March 3, 2026"));
    CHECK(ReportCommon::dateRange(en, QDate(2026, 3, 3), QDate(2026, 4, 14))
        == QStringLiteral("March 3, 2026 – April 14, 2026"));
    reports::ReportOptions options;
    options.printedOn = QDate(2026, 5, 1);
    CHECK(ReportCommon::footer(options) == QStringLiteral("PCS Studio — printed 2026-05-01"));
    options.curriculumVersion = QStringLiteral("2026.1");
    CHECK(ReportCommon::footer(options)
        == QStringLiteral("PCS Studio — curriculum 2026.1 — printed 2026-05-01"));
    CHECK(ReportCommon::pageOf(3, 10) == QStringLiteral("Page 3 of 10"));
}

TEST_CASE("The rating chart prints every value and keeps its text inside its rectangle")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    QRectF rect;
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        painter.setFont(font);
        const std::vector<reports::ChartGroup> groups{
            {QStringLiteral("Understanding behaviour as communication"), {2.4, 4.1, 2.0}},
            {QStringLiteral(
                 "A topic with a very long title that cannot possibly fit on three lines of the label "
                 "column of this chart however it is wrapped"),
                {1.0, 5.0, std::nullopt}},
            {QStringLiteral("Self-care"), {3.3, std::nullopt, 2.9}},
        };
        const qreal height = reports::ratingChartHeight(font, &writer, groups.size(), 3);
        CHECK(height > reports::ratingChartHeight(font, &writer, 2, 3));
        rect = QRectF(writer.width() * 0.1, writer.height() * 0.2, writer.width() * 0.8, height);
        reports::ChartStyle style;
        style.axisTitle = QStringLiteral("Mean rating (1 = low, 5 = high)");
        reports::drawRatingChart(painter, rect, groups, 1, 5,
            {QStringLiteral("Pre"), QStringLiteral("Post"), QStringLiteral("Then")}, style);
    }
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = document.getAllText(0).text();
    INFO(text.toStdString());
    const QString flat = text.simplified();
    for (const QString& value : {QStringLiteral("2.4"), QStringLiteral("4.1"), QStringLiteral("2.0"),
             QStringLiteral("1.0"), QStringLiteral("5.0"), QStringLiteral("3.3"), QStringLiteral("2.9")})
        CHECK(flat.contains(value));
    CHECK(flat.contains(QStringLiteral("Pre Post Then")));
    CHECK(flat.contains(QStringLiteral("Understanding behaviour as communication")));
    CHECK(flat.contains(QStringLiteral("Mean rating (1 = low, 5 = high)")));
    CHECK(text.count(u'…') == 1); // the long title, elided on its third line
    CHECK(text.count(QStringLiteral("—")) == 2); // the missing values
    // In points: the writer's margins (20 mm) plus the rectangle's place on the printable area.
    const qreal scale = 72.0 / 300.0;
    const qreal margin = 20 / 25.4 * 72;
    const QRectF expected(
        margin + rect.x() * scale, margin + rect.y() * scale, rect.width() * scale, rect.height() * scale);
    const QRectF bounds = document.getAllText(0).boundingRectangle();
    INFO("chart " << expected.left() << "," << expected.top() << "-" << expected.right() << ","
                  << expected.bottom() << " text " << bounds.left() << "," << bounds.top() << "-"
                  << bounds.right() << "," << bounds.bottom());
    CHECK(bounds.left() >= expected.left() - 0.5);
    CHECK(bounds.right() <= expected.right() + 0.5);
    CHECK(bounds.top() >= expected.top() - 0.5);
    CHECK(bounds.bottom() <= expected.bottom() + 0.5);
}
