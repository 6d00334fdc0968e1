#include "pcs/analytics/PairedStatistics.h"

#include "pcs/analytics/Descriptive.h"
#include "pcs/analytics/SignedRankTest.h"

#include <vector>

namespace pcs::analytics {

PairedSummary summarizePairs(std::span<const std::pair<double, double>> prePost)
{
    PairedSummary summary;
    summary.nPaired = int(prePost.size());
    std::vector<double> pre, post, differences;
    pre.reserve(prePost.size());
    post.reserve(prePost.size());
    differences.reserve(prePost.size());
    for (const auto& [before, after] : prePost) {
        pre.push_back(before);
        post.push_back(after);
        const double difference = after - before;
        differences.push_back(difference);
        if (difference > kRatingTolerance)
            ++summary.improved;
        else if (difference < -kRatingTolerance)
            ++summary.declined;
        else
            ++summary.unchanged;
    }
    summary.preMean = mean(pre);
    summary.postMean = mean(post);
    summary.preMedian = median(pre);
    summary.postMedian = median(post);

    const SignedRankTest test = signedRankTest(differences);
    summary.wilcoxonP = test.pValue;
    summary.exactP = test.exact;
    summary.effectSize = test.rankBiserial;
    summary.wPlus = test.wPlus;
    summary.wMinus = test.wMinus;
    summary.nNonZero = test.nNonZero;
    return summary;
}

} // namespace pcs::analytics
