#include "TestSupport.h"

#include "pcs/analytics/PairedStatistics.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace pcs::analytics;

TEST_CASE("Pre and post summary of a hand-worked cohort of six")
{
    // (pre, post): differences 2, 0, -1, 3, 1, 2.
    // Pre 2 3 4 1 2 3: mean 15/6 = 2.5, sorted 1 2 2 3 3 4, median 2.5.
    // Post 4 3 3 4 3 5: mean 22/6, sorted 3 3 3 4 4 5, median 3.5.
    // Improved 4, unchanged 1, declined 1.
    // Non-zero |d| 2 1 3 1 2 -> ranks 3.5 1.5 5 1.5 3.5; W+ = 3.5 + 5 + 1.5 + 3.5 = 13.5, W- = 1.5.
    // Tied, so the normal approximation: variance 5*6*11/24 - (6 + 6)/48 = 13.5,
    // z = (13.5 - 7.5 - 0.5) / sqrt(13.5) = 1.4969, p = 0.1344 (checked with /usr/bin/python3).
    // Rank-biserial (13.5 - 1.5) / 15 = 0.8.
    const std::vector<std::pair<double, double>> pairs{{2, 4}, {3, 3}, {4, 3}, {1, 4}, {2, 3}, {3, 5}};
    const PairedSummary s = summarizePairs(pairs);
    CHECK(s.nPaired == 6);
    CHECK(s.preMean == Approx(2.5));
    CHECK(s.postMean == Approx(22.0 / 6.0));
    CHECK(s.preMedian == 2.5);
    CHECK(s.postMedian == 3.5);
    CHECK(s.improved == 4);
    CHECK(s.unchanged == 1);
    CHECK(s.declined == 1);
    CHECK(s.nNonZero == 5);
    CHECK(s.wPlus == 13.5);
    CHECK(s.wMinus == 1.5);
    CHECK_FALSE(s.exactP);
    REQUIRE(s.wilcoxonP);
    CHECK(*s.wilcoxonP == Approx(0.1344).margin(5e-5));
    REQUIRE(s.effectSize);
    CHECK(*s.effectSize == Approx(0.8));
}

TEST_CASE("Rank-biserial effect size for T+ = 40 and T- = 15")
{
    // Differences -1..-5 and 6..10 rank as their magnitudes: T- = 1+2+3+4+5 = 15, T+ = 6+...+10 = 40,
    // r = (40 - 15) / 55 = 25/55.
    std::vector<std::pair<double, double>> pairs;
    for (int d = 1; d <= 10; ++d)
        pairs.emplace_back(20.0, 20.0 + (d <= 5 ? -d : d));
    const PairedSummary s = summarizePairs(pairs);
    CHECK(s.wPlus == 40);
    CHECK(s.wMinus == 15);
    REQUIRE(s.effectSize);
    CHECK(*s.effectSize == Approx(25.0 / 55.0));
    CHECK(s.exactP);
    CHECK(s.improved == 5);
    CHECK(s.declined == 5);
}

TEST_CASE("Five learners who all improved give the exact p of 2 in 32")
{
    // All five differences positive and distinct: W+ = 15, the one extreme of 32 sums, p = 2/32.
    const std::vector<std::pair<double, double>> pairs{{1, 2}, {2, 4}, {1, 4}, {1, 5}, {3, 3.5}};
    const PairedSummary s = summarizePairs(pairs);
    CHECK(s.exactP);
    REQUIRE(s.wilcoxonP);
    CHECK(*s.wilcoxonP == Approx(0.0625).epsilon(1e-12));
    CHECK(*s.effectSize == 1.0);
}

TEST_CASE("No change at all gives no p value and no effect size")
{
    const std::vector<std::pair<double, double>> pairs{{3, 3}, {4, 4}, {2.5, 2.5}};
    const PairedSummary s = summarizePairs(pairs);
    CHECK(s.nPaired == 3);
    CHECK(s.unchanged == 3);
    CHECK(s.nNonZero == 0);
    CHECK_FALSE(s.wilcoxonP);
    CHECK_FALSE(s.effectSize);
    CHECK_FALSE(s.exactP);
    CHECK(s.preMean == Approx(19.0 / 6.0));

    const PairedSummary none = summarizePairs({});
    CHECK(none.nPaired == 0);
    CHECK_FALSE(none.wilcoxonP);
}

TEST_CASE("Rating means that differ only by rounding count as unchanged")
{
    // The same sum added in two orders: 0.6000000000000001 and 0.6. They are the same rating.
    const double a = (0.1 + 0.2) + 0.3;
    const double b = 0.1 + (0.2 + 0.3);
    const std::vector<std::pair<double, double>> pairs{{a, b}};
    const PairedSummary s = summarizePairs(pairs);
    CHECK(s.unchanged == 1);
    CHECK(s.nNonZero == 0);
}
