#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace pcs::analytics {

// The Wilcoxon signed-rank test, two-sided, on paired differences d (post - pre).
//
// Method:
// - Zero differences are dropped (Wilcoxon's method, as R's wilcox.test and SciPy's default
//   zero_method="wilcox"); n is the number of non-zero differences.
// - |d| are ranked 1..n, ties getting the average of the ranks they span. W+ and W- are the rank
//   sums of the positive and negative differences (W+ + W- = n(n+1)/2).
// - Exact p when n <= 25 and no two |d| are tied: the null distribution of W+ over the 2^n equally
//   likely sign assignments, p = min(1, 2 min(P(W+ <= w), P(W+ >= w))).
// - Otherwise the normal approximation: mean n(n+1)/4, variance n(n+1)(2n+1)/24 - sum(t^3 - t)/48
//   over tie groups of size t, and a continuity correction of 0.5 toward the mean (never past it).
//   With ties the exact distribution above is not the distribution of W+ (average ranks change
//   the support), so tied samples use the approximation even when n is small, as R does
//   (wilcox.test: "cannot compute exact p-value with ties") and SciPy's method="auto".
//   For very small tied samples this p is rough; it is still better than an exact p for the
//   wrong distribution.
// Differences within kRatingTolerance (Descriptive.h) of zero count as zero, and |d| within it of
// each other as tied.
inline constexpr int kExactSignedRankMaxN = 25;

struct SignedRankTest {
    int nNonZero = 0;
    double wPlus = 0; // rank sum of positive differences
    double wMinus = 0; // rank sum of negative differences
    bool hasTies = false; // two or more non-zero |d| share a rank
    double tieTerm = 0; // sum over tie groups of t^3 - t
    std::optional<double> pValue; // two-sided; nullopt when nNonZero == 0
    bool exact = false; // pValue from the exact distribution
    std::optional<double> z; // normal approximation only; > 0 when W+ is above its mean
    // Matched-pairs rank-biserial correlation (W+ - W-) / (W+ + W-), in [-1, 1]; nullopt when
    // nNonZero == 0. Kerby (2014), "The simple difference formula", Comprehensive Psychology 3:11.
    std::optional<double> rankBiserial;
};

SignedRankTest signedRankTest(std::span<const double> differences);

// The number of the 2^n sign assignments of ranks 1..n whose positive rank sum is s, for
// s = 0..n(n+1)/2. Empty when n < 0 or n > 62 (the counts would not fit).
std::vector<std::uint64_t> signedRankNullCounts(int n);

// P(W+ <= w) under the null hypothesis for n untied non-zero differences; nullopt when n is out of
// the range signedRankNullCounts supports.
std::optional<double> exactSignedRankCdf(int n, double w);

// Two-sided exact p-value for W+ = w: min(1, 2 min(P(W+ <= w), P(W+ >= w))).
std::optional<double> exactSignedRankP(int n, double w);

struct NormalApproximation {
    double z = 0;
    double p = 1; // two-sided
};

// The normal approximation for W+ = wPlus among n non-zero differences with the given tie term;
// nullopt when n < 1 or the variance is not positive.
std::optional<NormalApproximation> signedRankNormalApproximation(
    double wPlus, int n, double tieTerm, bool continuityCorrection = true);

} // namespace pcs::analytics
