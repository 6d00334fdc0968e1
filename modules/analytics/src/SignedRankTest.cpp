#include "pcs/analytics/SignedRankTest.h"

#include "pcs/analytics/Descriptive.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace pcs::analytics {

namespace {

constexpr int kMaxCountedN = 62;

struct Ranking {
    std::vector<double> ranks; // parallel to the input magnitudes
    double tieTerm = 0;
    bool hasTies = false;
};

// Average ranks of `magnitudes` (all > 0), ties within kRatingTolerance.
Ranking rankMagnitudes(const std::vector<double>& magnitudes)
{
    Ranking ranking;
    ranking.ranks.assign(magnitudes.size(), 0.0);
    std::vector<std::size_t> order(magnitudes.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return magnitudes[a] < magnitudes[b]; });
    std::size_t first = 0;
    while (first < order.size()) {
        std::size_t last = first;
        while (last + 1 < order.size()
            && magnitudes[order[last + 1]] - magnitudes[order[last]] <= kRatingTolerance)
            ++last;
        // Positions first..last (0-based) hold ranks first+1..last+1; their average:
        const double rank = (double(first) + double(last)) / 2.0 + 1.0;
        for (std::size_t i = first; i <= last; ++i)
            ranking.ranks[order[i]] = rank;
        const double t = double(last - first + 1);
        if (t > 1) {
            ranking.hasTies = true;
            ranking.tieTerm += t * t * t - t;
        }
        first = last + 1;
    }
    return ranking;
}

double twoSidedNormalP(double z)
{
    return std::min(1.0, std::erfc(std::abs(z) / std::numbers::sqrt2));
}

} // namespace

std::vector<std::uint64_t> signedRankNullCounts(int n)
{
    if (n < 0 || n > kMaxCountedN)
        return {};
    const std::size_t maxSum = std::size_t(n) * std::size_t(n + 1) / 2;
    std::vector<std::uint64_t> counts(maxSum + 1, 0);
    counts[0] = 1;
    // Add ranks one at a time: each rank k is either negative (sum unchanged) or positive (+k).
    std::size_t reached = 0;
    for (int k = 1; k <= n; ++k) {
        reached += std::size_t(k);
        for (std::size_t s = reached; s >= std::size_t(k); --s)
            counts[s] += counts[s - std::size_t(k)];
    }
    return counts;
}

std::optional<double> exactSignedRankCdf(int n, double w)
{
    const auto counts = signedRankNullCounts(n);
    if (counts.empty())
        return std::nullopt;
    if (w < 0)
        return 0.0;
    const auto last = std::min(std::size_t(std::floor(w + kRatingTolerance)), counts.size() - 1);
    std::uint64_t below = 0;
    for (std::size_t s = 0; s <= last; ++s)
        below += counts[s];
    return std::ldexp(double(below), -n);
}

std::optional<double> exactSignedRankP(int n, double w)
{
    const auto lower = exactSignedRankCdf(n, w);
    // P(W+ >= w) = P(W+ <= n(n+1)/2 - w): the distribution is symmetric.
    const auto upper = exactSignedRankCdf(n, double(n) * double(n + 1) / 2.0 - w);
    if (!lower || !upper)
        return std::nullopt;
    return std::min(1.0, 2.0 * std::min(*lower, *upper));
}

std::optional<NormalApproximation> signedRankNormalApproximation(
    double wPlus, int n, double tieTerm, bool continuityCorrection)
{
    if (n < 1)
        return std::nullopt;
    const double nn = n;
    const double expected = nn * (nn + 1) / 4.0;
    const double variance = nn * (nn + 1) * (2 * nn + 1) / 24.0 - tieTerm / 48.0;
    if (!(variance > 0))
        return std::nullopt;
    const double deviation = wPlus - expected;
    double distance = std::abs(deviation);
    if (continuityCorrection)
        distance = std::max(0.0, distance - 0.5);
    NormalApproximation result;
    result.z = std::copysign(distance, deviation) / std::sqrt(variance);
    result.p = twoSidedNormalP(result.z);
    return result;
}

SignedRankTest signedRankTest(std::span<const double> differences)
{
    SignedRankTest test;
    std::vector<double> nonZero;
    for (const double d : differences) {
        if (std::abs(d) > kRatingTolerance)
            nonZero.push_back(d);
    }
    test.nNonZero = int(nonZero.size());
    if (nonZero.empty())
        return test;

    std::vector<double> magnitudes(nonZero.size());
    std::transform(nonZero.begin(), nonZero.end(), magnitudes.begin(), [](double d) { return std::abs(d); });
    const Ranking ranking = rankMagnitudes(magnitudes);
    for (std::size_t i = 0; i < nonZero.size(); ++i)
        (nonZero[i] > 0 ? test.wPlus : test.wMinus) += ranking.ranks[i];
    test.hasTies = ranking.hasTies;
    test.tieTerm = ranking.tieTerm;
    test.rankBiserial = (test.wPlus - test.wMinus) / (test.wPlus + test.wMinus);

    if (test.nNonZero <= kExactSignedRankMaxN && !test.hasTies) {
        test.pValue = exactSignedRankP(test.nNonZero, test.wPlus);
        test.exact = test.pValue.has_value();
    }
    if (!test.pValue) {
        if (const auto approximation
            = signedRankNormalApproximation(test.wPlus, test.nNonZero, test.tieTerm)) {
            test.pValue = approximation->p;
            test.z = approximation->z;
        }
    }
    return test;
}

} // namespace pcs::analytics
