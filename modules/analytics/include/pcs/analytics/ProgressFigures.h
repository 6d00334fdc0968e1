#pragma once

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace pcs::analytics {

// Mean of a learner's item ratings; nullopt when there are none (the learner skipped the topic).
std::optional<double> meanOf(std::span<const int> ratings);

// One learner's figures for one topic: the mean of the topic's item ratings in each part of the
// self-assessment. `thenRating` is the retrospective pre rating given at the post assessment
// ("looking back, how well could I do this before the program?").
struct TopicRatings {
    std::optional<double> pre, post, thenRating, desire;
    std::optional<double> change() const; // post - pre, when both exist
    std::optional<double> retrospectiveChange() const; // post - then, when both exist
};

TopicRatings topicRatings(std::span<const int> pre, std::span<const int> post, std::span<const int> then,
    std::span<const int> desire);

// (pre, post) of the learners who have both, in order: the input of summarizePairs.
std::vector<std::pair<double, double>> prePostPairs(std::span<const TopicRatings> learners);
// (then, pre) of the learners who have both, in order: the input of responseShift.
std::vector<std::pair<double, double>> thenPrePairs(std::span<const TopicRatings> learners);

// Response shift in a cohort topic: learners' retrospective ("then") ratings differ from their
// actual pre ratings, i.e. their standard for rating themselves changed during the program, so
// post - pre understates or overstates the change. `thenVsPre` holds (then, pre) per learner.
// Flagged when both
//   - the mean difference, |mean(then - pre)|, is at least `threshold` scale points (a systematic
//     shift; differences of opposite signs cancel, unlike scatter), and
//   - the two-sided Wilcoxon signed-rank test of then - pre gives p < 0.05 (SignedRankTest.h).
// False for an empty cohort or when every difference is zero.
bool responseShift(std::span<const std::pair<double, double>> thenVsPre, double threshold = 0.5);

} // namespace pcs::analytics
