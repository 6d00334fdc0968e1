#include "TestSupport.h"

#include "pcs/analytics/Descriptive.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace pcs::analytics;

TEST_CASE("Median of odd and even samples, in any order")
{
    CHECK(median({3.0, 1.0, 2.0}) == 2.0);
    CHECK(median({4.0, 1.0, 3.0, 2.0}) == 2.5); // (2 + 3) / 2
    CHECK(median({5.0}) == 5.0);
    CHECK(median({}) == 0.0);
}

TEST_CASE("Mean of a sample")
{
    const std::vector<double> values{1.0, 2.0, 4.0, 5.0};
    CHECK(mean(values) == 3.0);
    CHECK(mean(std::vector<double>{}) == 0.0);
}

TEST_CASE("Rating shares over a 1 to 5 scale count off-scale ratings apart")
{
    // Ten ratings: 1 once, 3 three times, 4 four times, 5 once, and one 0 (off the scale).
    const std::vector<int> ratings{4, 3, 5, 4, 1, 0, 3, 4, 3, 4};
    const RatingShares shares = ratingShares(ratings, 1, 5);
    CHECK(shares.total == 9);
    CHECK(shares.outOfScale == 1);
    CHECK(shares.counts == std::vector<int>{1, 0, 3, 4, 1});
    CHECK(shares.share(4) == Approx(4.0 / 9.0));
    CHECK(shares.share(2) == 0.0);
    CHECK(shares.share(6) == 0.0);
    CHECK(shares.count(3) == 3);

    const RatingShares empty = ratingShares({}, 1, 4);
    CHECK(empty.total == 0);
    CHECK(empty.share(1) == 0.0);
    CHECK(empty.counts.size() == 4);
}
