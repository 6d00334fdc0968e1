#pragma once

#include <optional>
#include <span>
#include <utility>

namespace pcs::analytics {

// Pre/post self-assessment figures for one topic (or the whole assessment) of a cohort: one
// (pre, post) pair per learner who answered both.
struct PairedSummary {
    int nPaired = 0;
    double preMean = 0, postMean = 0, preMedian = 0, postMedian = 0; // 0 when nPaired == 0
    int improved = 0, unchanged = 0, declined = 0; // post > pre, post == pre, post < pre
    // Wilcoxon signed-rank test on post - pre (SignedRankTest.h has the method).
    std::optional<double> wilcoxonP; // two-sided; nullopt when every difference is zero or n == 0
    bool exactP = false; // true when the exact distribution was used
    // Matched-pairs rank-biserial r = (W+ - W-) / (W+ + W-), zero differences dropped.
    std::optional<double> effectSize;
    double wPlus = 0, wMinus = 0; // rank sums of positive / negative differences (post - pre)
    int nNonZero = 0;
};

// `prePost` holds (pre, post) per learner. Ratings within kRatingTolerance count as unchanged.
PairedSummary summarizePairs(std::span<const std::pair<double, double>> prePost);

} // namespace pcs::analytics
