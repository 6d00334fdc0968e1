// The wording rules of the cohort report's plain-language reading, checked on the words alone.

#include "TestSupport.h"

#include "pcs/reports/CohortReportPdf.h"

#include <catch2/catch.hpp>

using pcs::reports::CohortReportPdf;
using pcs::reports::CohortTopicStats;

namespace {

CohortTopicStats stats(const QString& topic, int n, double pre, double post, int improved, int unchanged,
    int declined, std::optional<double> p, bool exact, std::optional<double> r)
{
    CohortTopicStats s;
    s.topic = topic;
    s.nPaired = n;
    s.preMean = pre;
    s.postMean = post;
    s.preMedian = pre;
    s.postMedian = post;
    s.improved = improved;
    s.unchanged = unchanged;
    s.declined = declined;
    s.wilcoxonP = p;
    s.exactP = exact;
    s.effectSize = r;
    return s;
}

} // namespace

TEST_CASE("The plain-language reading follows the wording rules")
{
    const QLocale en(QLocale::English, QLocale::Canada);
    const auto reading = [&en](const CohortTopicStats& s) {
        return CohortReportPdf::reading(s, en).replace(QChar::Nbsp, u' ');
    };
    SECTION("effect sizes are named by the size of r")
    {
        CHECK(CohortReportPdf::effectSizeWord(0.09) == QStringLiteral("negligible"));
        CHECK(CohortReportPdf::effectSizeWord(0.1) == QStringLiteral("small"));
        CHECK(CohortReportPdf::effectSizeWord(-0.29) == QStringLiteral("small"));
        CHECK(CohortReportPdf::effectSizeWord(0.3) == QStringLiteral("medium"));
        CHECK(CohortReportPdf::effectSizeWord(0.49) == QStringLiteral("medium"));
        CHECK(CohortReportPdf::effectSizeWord(0.5) == QStringLiteral("large"));
        CHECK(CohortReportPdf::effectSizeWord(-0.6) == QStringLiteral("large"));
    }
    SECTION("p below 0.05 is unlikely to be chance and p from 0.05 could be chance")
    {
        CHECK(reading(stats(QStringLiteral("t"), 20, 2, 3, 12, 6, 2, 0.0496, false, 0.2))
            == QStringLiteral(
                "Ratings rose for 12 of 20 learners, stayed the same for 6 and fell for 2. The rise is "
                "unlikely to be chance (p = 0.0496) and small (r = 0.20)."));
        CHECK(reading(stats(QStringLiteral("t"), 20, 2, 3, 12, 6, 2, 0.05, false, 0.05))
            == QStringLiteral(
                "Ratings rose for 12 of 20 learners, stayed the same for 6 and fell for 2. The change "
                "could be chance (p = 0.050); its size is negligible (r = 0.05)."));
    }
    SECTION("a fall is named a fall")
    {
        CHECK(reading(stats(QStringLiteral("t"), 20, 3.5, 2.5, 2, 3, 15, 0.001, true, -0.8))
            == QStringLiteral(
                "Ratings rose for 2 of 20 learners, stayed the same for 3 and fell for 15. The fall is "
                "unlikely to be chance (p = 0.001) and large (r = -0.80)."));
        CHECK(reading(stats(QStringLiteral("t"), 9, 3.5, 2.5, 0, 3, 6, 0.03, true, -1.0))
                  .startsWith(QStringLiteral(
                      "Ratings fell for 6 of 9 learners and stayed the same for 3. The fall")));
    }
    SECTION("the direction leaves out groups that are empty")
    {
        CHECK(
            reading(stats(QStringLiteral("t"), 10, 2, 3, 7, 3, 0, 0.02, true, 1.0))
                .startsWith(QStringLiteral("Ratings rose for 7 of 10 learners and stayed the same for 3.")));
        CHECK(reading(stats(QStringLiteral("t"), 10, 2, 3, 7, 0, 3, 0.2, true, 0.4))
                  .startsWith(QStringLiteral("Ratings rose for 7 of 10 learners and fell for 3.")));
        CHECK(reading(stats(QStringLiteral("t"), 8, 3, 3, 0, 8, 0, std::nullopt, false, std::nullopt))
            == QStringLiteral(
                "Ratings stayed the same for all 8 learners. With no rating changed, there is nothing "
                "to test."));
    }
    SECTION("too few changed ratings for p below 0.05 are called out")
    {
        CHECK(reading(stats(QStringLiteral("t"), 7, 2, 3, 5, 2, 0, 0.0625, true, 1.0))
                  .endsWith(QStringLiteral(
                      "With fewer than six changed ratings, no result below p = 0.05 is possible.")));
        CHECK_FALSE(reading(stats(QStringLiteral("t"), 9, 2, 3, 6, 2, 1, 0.08, true, 0.6))
                        .contains(QStringLiteral("fewer")));
    }
    SECTION("one learner and no learner")
    {
        CHECK(reading(stats(QStringLiteral("t"), 1, 2, 3, 1, 0, 0, std::nullopt, false, std::nullopt))
            == QStringLiteral("Only one learner answered both self-assessments, and their rating rose."));
        CHECK(reading(stats(QStringLiteral("t"), 0, 0, 0, 0, 0, 0, std::nullopt, false, std::nullopt))
            == QStringLiteral(
                "No learner answered both the pre and the post self-assessment for this topic."));
    }
    SECTION("numbers follow the locale")
    {
        const QLocale fr(QLocale::French, QLocale::Canada);
        const QString text = CohortReportPdf::reading(
            stats(QStringLiteral("t"), 24, 2.43, 3.87, 18, 4, 2, 0.0023, false, 0.712), fr)
                                 .replace(QChar::Nbsp, u' ');
        CHECK(text.contains(QStringLiteral("p = 0,002")));
        CHECK(text.contains(QStringLiteral("r = 0,71")));
    }
}

TEST_CASE("A response shift adds a sentence with the then and pre means")
{
    CohortTopicStats s = stats(QStringLiteral("t"), 12, 3.5, 3.6, 5, 5, 2, 0.4, true, 0.2);
    s.responseShift = true;
    s.thenMean = 2.9;
    const QString text = CohortReportPdf::reading(s, QLocale(QLocale::English, QLocale::Canada));
    CHECK(text.endsWith(
        QStringLiteral("Looking back, learners rated their starting point differently (then: 2.9, "
                       "pre: 3.5): a response shift, so the pre/post change may understate or "
                       "overstate the real change.")));
    s.responseShift = false;
    CHECK_FALSE(CohortReportPdf::reading(s, QLocale(QLocale::English, QLocale::Canada))
                    .contains(QStringLiteral("response shift")));
}
