#include "pcs/analytics/Descriptive.h"

#include <algorithm>
#include <numeric>

namespace pcs::analytics {

double mean(std::span<const double> values)
{
    if (values.empty())
        return 0.0;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2.0;
}

int RatingShares::count(int value) const
{
    if (value < min || value > max || counts.empty())
        return 0;
    return counts[std::size_t(value - min)];
}

double RatingShares::share(int value) const
{
    return total == 0 ? 0.0 : double(count(value)) / double(total);
}

RatingShares ratingShares(std::span<const int> ratings, int min, int max)
{
    RatingShares shares;
    shares.min = min;
    shares.max = max;
    if (max < min) {
        shares.outOfScale = int(ratings.size());
        return shares;
    }
    shares.counts.assign(std::size_t(max - min + 1), 0);
    for (const int rating : ratings) {
        if (rating < min || rating > max) {
            ++shares.outOfScale;
            continue;
        }
        ++shares.counts[std::size_t(rating - min)];
        ++shares.total;
    }
    return shares;
}

} // namespace pcs::analytics
