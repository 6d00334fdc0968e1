#include "TestSupport.h"

#include "pcs/analytics/ProgressFigures.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace pcs::analytics;

TEST_CASE("Topic ratings are the means of the item ratings, and change is post minus pre")
{
    const std::vector<int> pre{2, 3, 2}; // 7/3
    const std::vector<int> post{4, 4, 3}; // 11/3
    const std::vector<int> then{1, 2, 2}; // 5/3
    const std::vector<int> desire{3, 4}; // 3.5
    const TopicRatings r = topicRatings(pre, post, then, desire);
    CHECK(*r.pre == Approx(7.0 / 3.0));
    CHECK(*r.post == Approx(11.0 / 3.0));
    CHECK(*r.thenRating == Approx(5.0 / 3.0));
    CHECK(*r.desire == 3.5);
    CHECK(*r.change() == Approx(4.0 / 3.0));
    CHECK(*r.retrospectiveChange() == Approx(2.0));

    const TopicRatings preOnly = topicRatings(pre, {}, {}, {});
    CHECK(preOnly.pre);
    CHECK_FALSE(preOnly.post);
    CHECK_FALSE(preOnly.change());
    CHECK_FALSE(preOnly.retrospectiveChange());
    CHECK_FALSE(meanOf({}));
}

TEST_CASE("Cohort pairs keep only learners who have both ratings")
{
    const std::vector<TopicRatings> learners{{2.0, 4.0, 1.0, 3.0}, {3.0, std::nullopt, 2.0, 3.0},
        {std::nullopt, 5.0, 4.0, 2.0}, {1.0, 2.0, std::nullopt, 4.0}};
    const auto prePost = prePostPairs(learners);
    REQUIRE(prePost.size() == 2);
    CHECK(prePost[0] == std::pair<double, double>{2.0, 4.0});
    CHECK(prePost[1] == std::pair<double, double>{1.0, 2.0});
    const auto thenPre = thenPrePairs(learners);
    REQUIRE(thenPre.size() == 2);
    CHECK(thenPre[0] == std::pair<double, double>{1.0, 2.0});
    CHECK(thenPre[1] == std::pair<double, double>{2.0, 3.0});
}

TEST_CASE("Response shift needs both a large mean difference and a significant Wilcoxon test")
{
    // Ten learners whose then-rating is one point below their pre-rating: mean then - pre = -1, and
    // the signed-rank test of ten equal differences gives p = 0.0019 (R: wilcox.test(rep(0.1, 10),
    // exact = FALSE, correct = TRUE), see WilcoxonTest.cpp): flagged.
    std::vector<std::pair<double, double>> shifted;
    for (int i = 0; i < 10; ++i)
        shifted.emplace_back(2.0 + i % 3, 3.0 + i % 3);
    CHECK(responseShift(shifted));

    // The same learners but five a point below and five a point above: mean 0, not flagged.
    std::vector<std::pair<double, double>> scattered = shifted;
    for (int i = 0; i < 5; ++i)
        scattered[std::size_t(i)].first += 2.0;
    CHECK_FALSE(responseShift(scattered));

    // A consistent shift of 0.4 points: significant (p = 0.0019 again) but below the 0.5 threshold;
    // flagged with a threshold of 0.3.
    std::vector<std::pair<double, double>> small;
    for (int i = 0; i < 10; ++i)
        small.emplace_back(3.0, 3.4);
    CHECK_FALSE(responseShift(small));
    CHECK(responseShift(small, 0.3));

    // Two learners two points below: mean 2 points, but n = 2 cannot be significant: variance
    // 2*3*5/24 - 6/48 = 1.125, z = (1.5 - 0.5) / sqrt(1.125) = 0.943, p = 0.346: not flagged.
    const std::vector<std::pair<double, double>> two{{1.0, 3.0}, {2.0, 4.0}};
    CHECK_FALSE(responseShift(two));

    // Exactly at the threshold counts: ten differences of -0.5.
    std::vector<std::pair<double, double>> half;
    for (int i = 0; i < 10; ++i)
        half.emplace_back(2.5, 3.0);
    CHECK(responseShift(half));

    CHECK_FALSE(responseShift({}));
}
