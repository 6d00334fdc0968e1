#include "TestSupport.h"

#include "pcs/analytics/SignedRankTest.h"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

using namespace pcs::analytics;

namespace {

std::vector<double> differences(const std::vector<double>& after, const std::vector<double>& before)
{
    std::vector<double> d;
    for (std::size_t i = 0; i < after.size(); ++i)
        d.push_back(after[i] - before[i]);
    return d;
}

} // namespace

TEST_CASE("Exact null counts of W+ for n = 3 match a hand enumeration")
{
    // The 8 sign assignments of ranks {1, 2, 3}: positive-rank sets {}, {1}, {2}, {3}, {1,2}, {1,3},
    // {2,3}, {1,2,3} give W+ = 0, 1, 2, 3, 3, 4, 5, 6.
    const std::vector<std::uint64_t> expected{1, 1, 1, 2, 1, 1, 1};
    CHECK(signedRankNullCounts(3) == expected);
    CHECK(signedRankNullCounts(0) == std::vector<std::uint64_t>{1});
    CHECK(signedRankNullCounts(-1).empty());
    CHECK(signedRankNullCounts(63).empty());
}

TEST_CASE("Exact null counts of W+ sum to 2 to the n and are symmetric")
{
    for (int n : {1, 7, 12, 25, 40}) {
        const auto counts = signedRankNullCounts(n);
        INFO("n = " << n);
        REQUIRE(counts.size() == std::size_t(n * (n + 1) / 2 + 1));
        CHECK(std::accumulate(counts.begin(), counts.end(), std::uint64_t(0)) == (std::uint64_t(1) << n));
        for (std::size_t s = 0; s < counts.size(); ++s)
            CHECK(counts[s] == counts[counts.size() - 1 - s]);
    }
}

TEST_CASE("Exact distribution reproduces the published two-sided 5 percent critical values for n = 5 to 25")
{
    // Source: University of York, Department of Mathematics, "Critical Values for T in the Wilcoxon
    // Matched-Pairs Signed-Rank Test", column P = 0.05 (two-tailed),
    // https://www.york.ac.uk/depts/maths/tables/wilcoxon.htm. T is significant when T <= the value.
    // The same values appear in Harvey, "Chemometrics Using R", Appendix 12.6 (LibreTexts) for n <= 15
    // and n = 18..20 (e.g. n = 10: 8, n = 20: 52).
    // A critical value c satisfies P(W+ <= c) <= 0.025 < P(W+ <= c + 1).
    const std::array<std::pair<int, int>, 20> table{
        {{6, 0}, {7, 2}, {8, 3}, {9, 5}, {10, 8}, {11, 10}, {12, 13}, {13, 17}, {14, 21}, {15, 25}, {16, 29},
            {17, 34}, {18, 40}, {19, 46}, {20, 52}, {21, 58}, {22, 65}, {23, 73}, {24, 81}, {25, 89}}};
    for (const auto& [n, critical] : table) {
        INFO("n = " << n << ", tabled T = " << critical);
        const auto atCritical = exactSignedRankCdf(n, critical);
        const auto aboveCritical = exactSignedRankCdf(n, critical + 1);
        REQUIRE(atCritical);
        REQUIRE(aboveCritical);
        CHECK(*atCritical <= 0.025);
        CHECK(*aboveCritical > 0.025);
        // Two-sided p at the critical value is significant at 5 %, one rank sum further is not.
        CHECK(*exactSignedRankP(n, critical) <= 0.05);
        CHECK(*exactSignedRankP(n, critical + 1) > 0.05);
    }
    // The table has no entry ("-") for n = 5: even W+ = 0 has P = 1/32 > 0.025.
    CHECK(*exactSignedRankCdf(5, 0) > 0.025);
}

TEST_CASE("Five positive differences give the exact two-sided p of 2 in 32")
{
    // Hand count: W+ = 1+2+3+4+5 = 15 is the largest of 2^5 = 32 equally likely sums, reached only
    // when every sign is positive: P(W+ >= 15) = 1/32, two-sided p = 2/32 = 0.0625.
    const std::vector<double> d{0.4, 1.0, 1.6, 2.0, 3.0};
    const SignedRankTest test = signedRankTest(d);
    CHECK(test.nNonZero == 5);
    CHECK(test.wPlus == 15);
    CHECK(test.wMinus == 0);
    CHECK(test.exact);
    REQUIRE(test.pValue);
    CHECK(*test.pValue == Approx(2.0 / 32.0).epsilon(1e-12));
    CHECK(*test.rankBiserial == Approx(1.0));
    CHECK_FALSE(test.z);
}

TEST_CASE("Hollander and Wolfe depression example gives the exact two-sided p of 0.0391")
{
    // Hollander & Wolfe, Nonparametric Statistical Methods (1973), Example 3.1, pp. 29f.: Hamilton
    // depression scale factor of 9 patients at the first (x) and second (y) visit. The 2nd edition
    // (1999), p. 40, gives the two-sided p = 0.0391; R's regression tests check it as
    // round(wilcox.test(y, x, paired = TRUE)$p.value, 4) == 0.0391 (tests/reg-tests-1, PR#1150), and
    // R's ?wilcox.test example reports V = 40 for x - y. Exact value: 2 * 10/512 = 0.0390625.
    const std::vector<double> x{1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    const std::vector<double> y{0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
    const SignedRankTest test = signedRankTest(differences(y, x)); // second visit - first
    CHECK(test.nNonZero == 9);
    CHECK(test.wMinus == 40);
    CHECK(test.wPlus == 5);
    CHECK_FALSE(test.hasTies);
    CHECK(test.exact);
    REQUIRE(test.pValue);
    CHECK(*test.pValue == Approx(0.0390625).epsilon(1e-9));
    // Rank-biserial by hand: (5 - 40) / 45.
    CHECK(*test.rankBiserial == Approx(-35.0 / 45.0));
}

TEST_CASE("Exact p for 10 and 20 untied pairs matches R")
{
    // Reference values from R 3.4.1, wilcox.test(x, y, paired = TRUE, exact = TRUE), as recorded in
    // SciPy's scipy/stats/tests/test_morestats.py, TestWilcoxon.test_exact_pval.
    const std::vector<double> x1{1.81, 0.82, 1.56, -0.48, 0.81, 1.28, -1.04, 0.23, -0.75, 0.14};
    const std::vector<double> y1{0.71, 0.65, -0.2, 0.85, -1.1, -0.45, -0.84, -0.24, -0.68, -0.76};
    const SignedRankTest first = signedRankTest(differences(x1, y1));
    CHECK(first.exact);
    CHECK(*first.pValue == Approx(0.1054688).margin(1e-6));

    std::vector<double> x2, y2;
    for (int i = 0; i < 20; ++i) {
        x2.push_back(i + 0.5);
        y2.push_back(20 - i);
    }
    const SignedRankTest second = signedRankTest(differences(x2, y2));
    CHECK(second.nNonZero == 20);
    CHECK(second.exact);
    CHECK(*second.pValue == Approx(0.8694878).margin(1e-6));
}

TEST_CASE("Wikipedia example with a zero and a tie uses the tie-corrected normal approximation")
{
    // Data: the worked example of Wikipedia's "Wilcoxon signed-rank test" article (older revisions,
    // late 2010s; the same data are SciPy's TestWilcoxon.test_onesided case):
    // 10 pairs, one zero difference (dropped), |d| = 5 twice (average rank 1.5), W+ = 27, W- = 18.
    // By hand: n = 9, mean 22.5, variance 9*10*19/24 - (2^3 - 2)/48 = 71.125, z = (27 - 22.5 - 0.5)
    // / sqrt(71.125) = 0.4743, p = 0.6353. Reference: R 3.4.1, wilcox.test(x, y, paired = TRUE,
    // exact = FALSE, correct = TRUE, alternative = "greater") gives p = 0.3176447 (SciPy's
    // test_morestats.py, TestWilcoxon.test_onesided), so two-sided p = 0.6352894. Cross-checked with
    // /usr/bin/python3 (math.erfc): z = 0.474295, p = 0.635289.
    const std::vector<double> x{125, 115, 130, 140, 140, 115, 140, 125, 140, 135};
    const std::vector<double> y{110, 122, 125, 120, 140, 124, 123, 137, 135, 145};
    const SignedRankTest test = signedRankTest(differences(x, y));
    CHECK(test.nNonZero == 9);
    CHECK(test.wPlus == 27);
    CHECK(test.wMinus == 18);
    CHECK(test.hasTies);
    CHECK(test.tieTerm == 6);
    CHECK_FALSE(test.exact);
    REQUIRE(test.z);
    CHECK(*test.z == Approx(0.4743).margin(5e-5));
    REQUIRE(test.pValue);
    CHECK(*test.pValue == Approx(2 * 0.3176447).margin(1e-6));
}

TEST_CASE("Ten identical differences are one tie group and give R's p with and without correction")
{
    // R: wilcox.test(rep(0.1, 10), exact = FALSE, correct = TRUE)$p.value = 0.001904195 and
    // correct = FALSE gives 0.001565402 (SciPy's test_morestats.py, TestWilcoxon.test_wilcoxon_tie,
    // regression test for gh-2391). One tie group of 10: tie term 10^3 - 10 = 990.
    const std::vector<double> d(10, 0.1);
    const SignedRankTest test = signedRankTest(d);
    CHECK(test.wPlus == 55);
    CHECK(test.tieTerm == 990);
    CHECK_FALSE(test.exact);
    REQUIRE(test.pValue);
    CHECK(*test.pValue == Approx(0.001904195).epsilon(1e-6));
    const auto uncorrected = signedRankNormalApproximation(test.wPlus, test.nNonZero, test.tieTerm, false);
    REQUIRE(uncorrected);
    CHECK(uncorrected->p == Approx(0.001565402).epsilon(1e-6));
}

TEST_CASE("Normal approximation without ties matches R for 12 pairs")
{
    // R: wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE / FALSE) gives p = 0.7240817
    // and 0.6948866 with V = 34 (SciPy's test_morestats.py, TestWilcoxon.test_accuracy_wilcoxon).
    const std::vector<double> x{120, 114, 181, 188, 180, 146, 121, 191, 132, 113, 127, 112};
    const std::vector<double> y{133, 143, 119, 189, 112, 199, 198, 113, 115, 121, 142, 187};
    const SignedRankTest test = signedRankTest(differences(x, y));
    CHECK(test.wPlus == 34);
    CHECK_FALSE(test.hasTies);
    CHECK(test.exact); // n = 12 without ties: summaries use the exact distribution
    const auto corrected = signedRankNormalApproximation(test.wPlus, test.nNonZero, test.tieTerm, true);
    const auto uncorrected = signedRankNormalApproximation(test.wPlus, test.nNonZero, test.tieTerm, false);
    REQUIRE(corrected);
    REQUIRE(uncorrected);
    CHECK(corrected->p == Approx(0.7240817).epsilon(1e-6));
    CHECK(uncorrected->p == Approx(0.6948866).epsilon(1e-6));
}

TEST_CASE("A heavily tied sample of 56 gets the tie-corrected variance")
{
    // SciPy's test_morestats.py, TestWilcoxon.test_accuracy_wilcoxon: values -4..4 with frequencies
    // 1, 4, 16, 15, 8, 4, 5, 1, 2; zero_method "wilcox", correction = False: T = min(W+, W-) = 327,
    // p = 0.00641346115861. By hand: the 8 zeros are dropped, n = 48, tie groups of |d| = 1..4 with
    // sizes 19, 21, 5, 3: tie term 6840 + 9240 + 120 + 24 = 16224.
    const std::array<int, 9> frequencies{1, 4, 16, 15, 8, 4, 5, 1, 2};
    std::vector<double> d;
    for (int value = -4; value <= 4; ++value)
        d.insert(d.end(), std::size_t(frequencies[std::size_t(value + 4)]), double(value));
    REQUIRE(d.size() == 56);
    const SignedRankTest test = signedRankTest(d);
    CHECK(test.nNonZero == 48);
    CHECK(test.wPlus == 327);
    CHECK(test.wMinus == 849);
    CHECK(test.tieTerm == 16224);
    const auto uncorrected = signedRankNormalApproximation(test.wPlus, test.nNonZero, test.tieTerm, false);
    REQUIRE(uncorrected);
    CHECK(uncorrected->p == Approx(0.00641346115861).epsilon(1e-9));
    // With the continuity correction (what signedRankTest reports): 0.0065156 by /usr/bin/python3.
    REQUIRE(test.pValue);
    CHECK(*test.pValue == Approx(0.0065156482).epsilon(1e-7));
    CHECK(*test.z < 0);
}

TEST_CASE("No non-zero difference gives no p and no effect size")
{
    const std::vector<double> d{0.0, 0.0, 1e-12, -1e-12};
    const SignedRankTest test = signedRankTest(d);
    CHECK(test.nNonZero == 0);
    CHECK_FALSE(test.pValue);
    CHECK_FALSE(test.rankBiserial);
    CHECK_FALSE(signedRankTest(std::vector<double>{}).pValue);
}

TEST_CASE("The continuity correction moves z toward the mean and never past it")
{
    // n = 3: mean 3, variance 3*4*7/24 = 3.5. W+ = 3.25 is within 0.5 of the mean: z = 0, p = 1.
    const auto near = signedRankNormalApproximation(3.25, 3, 0);
    REQUIRE(near);
    CHECK(near->z == 0);
    CHECK(near->p == 1);
    // W+ = 6: z = (6 - 3 - 0.5) / sqrt(3.5); W+ = 0: the mirror image.
    CHECK(signedRankNormalApproximation(6, 3, 0)->z == Approx(2.5 / std::sqrt(3.5)));
    CHECK(signedRankNormalApproximation(0, 3, 0)->z == Approx(-2.5 / std::sqrt(3.5)));
    CHECK_FALSE(signedRankNormalApproximation(0, 0, 0));
}
