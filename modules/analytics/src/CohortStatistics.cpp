#include "pcs/analytics/CohortStatistics.h"

#include "pcs/analytics/Descriptive.h"

#include <algorithm>
#include <map>

namespace pcs::analytics {

namespace {

// Item ratings of one learner and topic, gathered per part of the assessment.
struct TopicItems {
    std::vector<int> pre, post, then, preDesire, postDesire;
};

} // namespace

QHash<QString, LearnerTopics> learnerTopicRatings(
    const std::vector<AssessmentItem>& items, const std::vector<PhaseAnswer>& answers)
{
    QHash<QString, QString> topicOf;
    for (const AssessmentItem& item : items)
        topicOf.insert(item.id, item.topic);
    std::map<std::pair<QString, QString>, TopicItems> gathered; // (person, topic)
    for (const PhaseAnswer& row : answers) {
        const auto topic = topicOf.constFind(row.answer.itemId);
        if (topic == topicOf.cend())
            continue; // not an item of this program
        TopicItems& ratings = gathered[{row.personId, *topic}];
        const ItemAnswer& a = row.answer;
        if (row.phase == AssessmentPhase::Pre) {
            if (a.competence)
                ratings.pre.push_back(*a.competence);
            if (a.desire)
                ratings.preDesire.push_back(*a.desire);
        } else {
            if (a.competence)
                ratings.post.push_back(*a.competence);
            if (a.desire)
                ratings.postDesire.push_back(*a.desire);
            if (a.thenCompetence)
                ratings.then.push_back(*a.thenCompetence);
        }
    }
    QHash<QString, LearnerTopics> result;
    for (const auto& [key, ratings] : gathered)
        result[key.first].insert(key.second,
            topicRatings(ratings.pre, ratings.post, ratings.then,
                ratings.postDesire.empty() ? ratings.preDesire : ratings.postDesire));
    return result;
}

std::vector<TopicStatistics> cohortTopicStatistics(const std::vector<AssessmentItem>& items,
    const QStringList& topicOrder, const std::vector<PhaseAnswer>& answers)
{
    const QHash<QString, LearnerTopics> learners = learnerTopicRatings(items, answers);
    std::vector<TopicStatistics> result;
    for (const QString& topicId : topicOrder) {
        if (std::none_of(
                items.begin(), items.end(), [&](const AssessmentItem& i) { return i.topic == topicId; }))
            continue;
        std::vector<TopicRatings> ratings;
        for (const LearnerTopics& topics : learners)
            if (const auto found = topics.constFind(topicId); found != topics.cend())
                ratings.push_back(*found);
        TopicStatistics stats;
        stats.topicId = topicId;
        stats.summary = summarizePairs(prePostPairs(ratings));
        std::vector<double> then, desire;
        for (const TopicRatings& r : ratings) {
            if (r.thenRating)
                then.push_back(*r.thenRating);
            if (r.desire)
                desire.push_back(*r.desire);
        }
        if (!then.empty())
            stats.thenMean = mean(then);
        if (!desire.empty())
            stats.desireMean = mean(desire);
        stats.responseShift = responseShift(thenPrePairs(ratings));
        result.push_back(stats);
    }
    return result;
}

std::vector<ItemChange> itemChanges(const std::vector<PhaseAnswer>& answers)
{
    std::map<std::pair<QString, QString>, std::pair<std::optional<int>, std::optional<int>>> ratings;
    for (const PhaseAnswer& row : answers) {
        auto& pair = ratings[{row.answer.itemId, row.personId}];
        (row.phase == AssessmentPhase::Pre ? pair.first : pair.second) = row.answer.competence;
    }
    std::map<QString, std::pair<double, int>> sums; // item -> (sum of changes, n)
    for (const auto& [key, pair] : ratings)
        if (pair.first && pair.second) {
            auto& sum = sums[key.first];
            sum.first += *pair.second - *pair.first;
            ++sum.second;
        }
    std::vector<ItemChange> result;
    for (const auto& [itemId, sum] : sums)
        result.push_back({itemId, sum.first / sum.second, sum.second});
    std::stable_sort(result.begin(), result.end(),
        [](const ItemChange& a, const ItemChange& b) { return a.meanChange > b.meanChange; });
    return result;
}

} // namespace pcs::analytics
