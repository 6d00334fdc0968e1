#include "pcs/analytics/ProgressFigures.h"

#include "pcs/analytics/Descriptive.h"
#include "pcs/analytics/SignedRankTest.h"

#include <cmath>
#include <numeric>

namespace pcs::analytics {

namespace {

constexpr double kResponseShiftAlpha = 0.05;

std::optional<double> difference(const std::optional<double>& after, const std::optional<double>& before)
{
    if (!after || !before)
        return std::nullopt;
    return *after - *before;
}

} // namespace

std::optional<double> meanOf(std::span<const int> ratings)
{
    if (ratings.empty())
        return std::nullopt;
    return std::accumulate(ratings.begin(), ratings.end(), 0.0) / double(ratings.size());
}

std::optional<double> TopicRatings::change() const
{
    return difference(post, pre);
}

std::optional<double> TopicRatings::retrospectiveChange() const
{
    return difference(post, thenRating);
}

TopicRatings topicRatings(std::span<const int> pre, std::span<const int> post, std::span<const int> then,
    std::span<const int> desire)
{
    return TopicRatings{meanOf(pre), meanOf(post), meanOf(then), meanOf(desire)};
}

std::vector<std::pair<double, double>> prePostPairs(std::span<const TopicRatings> learners)
{
    std::vector<std::pair<double, double>> pairs;
    for (const auto& learner : learners) {
        if (learner.pre && learner.post)
            pairs.emplace_back(*learner.pre, *learner.post);
    }
    return pairs;
}

std::vector<std::pair<double, double>> thenPrePairs(std::span<const TopicRatings> learners)
{
    std::vector<std::pair<double, double>> pairs;
    for (const auto& learner : learners) {
        if (learner.thenRating && learner.pre)
            pairs.emplace_back(*learner.thenRating, *learner.pre);
    }
    return pairs;
}

bool responseShift(std::span<const std::pair<double, double>> thenVsPre, double threshold)
{
    if (thenVsPre.empty())
        return false;
    std::vector<double> differences;
    differences.reserve(thenVsPre.size());
    for (const auto& [then, pre] : thenVsPre)
        differences.push_back(then - pre);
    if (std::abs(mean(differences)) < threshold - kRatingTolerance)
        return false;
    const SignedRankTest test = signedRankTest(differences);
    return test.pValue && *test.pValue < kResponseShiftAlpha;
}

} // namespace pcs::analytics
