#pragma once

#include <span>
#include <vector>

namespace pcs::analytics {

// Two ratings or rating differences closer than this are equal: means of a few 1-5 item ratings
// computed in different orders may differ in the last bits, and must still count as a tie or a
// zero difference.
inline constexpr double kRatingTolerance = 1e-9;

// Arithmetic mean; 0 for an empty sample (callers report the sample size next to it).
double mean(std::span<const double> values);

// Median (mean of the two middle values for an even count); 0 for an empty sample.
double median(std::vector<double> values);

// How the ratings of one scale are spread over its values, e.g. the share of learners who rated
// themselves 4 ("I can do this well") on the 1-5 competence scale.
struct RatingShares {
    int min = 1;
    int max = 5;
    std::vector<int> counts; // counts[i]: ratings equal to min + i
    int total = 0; // ratings on the scale
    int outOfScale = 0; // ratings outside [min, max]: counted here, never in `total`
    int count(int value) const; // 0 for a value off the scale
    double share(int value) const; // count(value) / total; 0 when total is 0
};

// An empty distribution when max < min.
RatingShares ratingShares(std::span<const int> ratings, int min, int max);

} // namespace pcs::analytics
