#pragma once

#include "pcs/analytics/PairedStatistics.h"
#include "pcs/analytics/ProgressFigures.h"
#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/curriculum/Assessment.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pcs::analytics {

// One learner's answer to one item in one phase.
struct PhaseAnswer {
    QString personId;
    AssessmentPhase phase = AssessmentPhase::Pre;
    ItemAnswer answer;
};

// A learner's ratings per topic (id), from their item answers: a topic's rating is the mean of
// its item ratings in that phase (pre competence, post competence, then-ratings, and desire for
// development from the post assessment when given, else the pre one).
using LearnerTopics = QHash<QString, TopicRatings>;
QHash<QString, LearnerTopics> learnerTopicRatings(
    const std::vector<AssessmentItem>& items, const std::vector<PhaseAnswer>& answers);

// The figures of one topic across a cohort.
struct TopicStatistics {
    QString topicId;
    PairedSummary summary; // learners with both a pre and a post rating
    std::optional<double> thenMean; // mean then-rating of the learners who gave one
    std::optional<double> desireMean;
    bool responseShift = false; // see responseShift()
};

// One entry per topic of `topicOrder` that has items, in that order.
std::vector<TopicStatistics> cohortTopicStatistics(const std::vector<AssessmentItem>& items,
    const QStringList& topicOrder, const std::vector<PhaseAnswer>& answers);

// The mean change (post - pre competence) of each item over the learners who rated it both
// times, largest first; items nobody rated twice are left out.
struct ItemChange {
    QString itemId;
    double meanChange = 0;
    int n = 0;
};
std::vector<ItemChange> itemChanges(const std::vector<PhaseAnswer>& answers);

} // namespace pcs::analytics
