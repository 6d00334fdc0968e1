// Per-topic cohort figures from item answers, on a cohort small enough to work by hand.
#include "pcs/analytics/CohortStatistics.h"

#include <catch2/catch.hpp>

using namespace pcs;
using namespace pcs::analytics;

namespace {

std::vector<AssessmentItem> items()
{
    return {{QStringLiteral("i1"), QStringLiteral("staff"), QStringLiteral("t1"), {}},
        {QStringLiteral("i2"), QStringLiteral("staff"), QStringLiteral("t1"), {}},
        {QStringLiteral("i3"), QStringLiteral("staff"), QStringLiteral("t2"), {}}};
}

PhaseAnswer pre(const char* person, const char* item, std::optional<int> competence)
{
    return {QString::fromLatin1(person), AssessmentPhase::Pre,
        {QString::fromLatin1(item), competence, {}, {}, {}}};
}

PhaseAnswer post(
    const char* person, const char* item, std::optional<int> competence, std::optional<int> then = {})
{
    return {QString::fromLatin1(person), AssessmentPhase::Post,
        {QString::fromLatin1(item), competence, {}, then, {}}};
}

// Topic t1 (items i1, i2) and t2 (item i3):
//   A: t1 pre (2+3)/2 = 2.5, post 4, then (1+2)/2 = 1.5; t2 pre 3, post 3
//   B: t1 pre 3, post (3+4)/2 = 3.5;                   t2 pre 2, post 4
//   C: t1 pre 4 (i2 left blank), post 3;               t2 pre 1, no post
std::vector<PhaseAnswer> answers()
{
    return {pre("A", "i1", 2), pre("A", "i2", 3), pre("A", "i3", 3), post("A", "i1", 4, 1),
        post("A", "i2", 4, 2), post("A", "i3", 3), pre("B", "i1", 3), pre("B", "i2", 3), pre("B", "i3", 2),
        post("B", "i1", 3), post("B", "i2", 4), post("B", "i3", 4), pre("C", "i1", 4), pre("C", "i2", {}),
        pre("C", "i3", 1), post("C", "i1", 3), post("C", "i2", 3), pre("C", "other-program-item", 5)};
}

} // namespace

TEST_CASE("A learner's topic rating is the mean of its item ratings in each phase")
{
    const auto learners = learnerTopicRatings(items(), answers());
    REQUIRE(learners.size() == 3);
    const TopicRatings a = learners.value(QStringLiteral("A")).value(QStringLiteral("t1"));
    CHECK(a.pre == 2.5);
    CHECK(a.post == 4.0);
    CHECK(a.thenRating == 1.5);
    const TopicRatings c = learners.value(QStringLiteral("C")).value(QStringLiteral("t1"));
    CHECK(c.pre == 4.0); // the blank item does not count
    CHECK_FALSE(learners.value(QStringLiteral("C")).value(QStringLiteral("t2")).post);
}

TEST_CASE("Cohort topic statistics worked by hand")
{
    const auto topics = cohortTopicStatistics(
        items(), {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t9")}, answers());
    REQUIRE(topics.size() == 2); // t9 has no items
    const TopicStatistics& t1 = topics[0];
    CHECK(t1.topicId == QStringLiteral("t1"));
    // Pairs (2.5, 4), (3, 3.5), (4, 3): differences 1.5, 0.5, -1 ranked 3, 1, 2.
    CHECK(t1.summary.nPaired == 3);
    CHECK(t1.summary.preMean == Approx(9.5 / 3));
    CHECK(t1.summary.postMean == Approx(3.5));
    CHECK(t1.summary.preMedian == 3.0);
    CHECK(t1.summary.postMedian == 3.5);
    CHECK(t1.summary.improved == 2);
    CHECK(t1.summary.declined == 1);
    CHECK(t1.summary.wPlus == 4.0);
    CHECK(t1.summary.wMinus == 2.0);
    CHECK(*t1.summary.effectSize == Approx(2.0 / 6.0));
    // Exact null distribution of W+ for n = 3 (subset sums of 1, 2, 3): P(W+ >= 4) = 3/8, so p = 0.75.
    REQUIRE(t1.summary.wilcoxonP);
    CHECK(*t1.summary.wilcoxonP == Approx(0.75));
    CHECK(t1.thenMean == 1.5);
    CHECK_FALSE(t1.desireMean);

    const TopicStatistics& t2 = topics[1];
    CHECK(t2.summary.nPaired == 2); // C has no post rating
    CHECK(t2.summary.unchanged == 1);
    CHECK(t2.summary.improved == 1);
    CHECK(*t2.summary.wilcoxonP == Approx(1.0)); // one non-zero difference: P(W+ >= 1) = 1/2, doubled
}

TEST_CASE("Item changes are the mean post minus pre of learners who rated the item twice")
{
    const auto changes = itemChanges(answers());
    REQUIRE(changes.size() == 3);
    // i2: A +1, B +1 (C left it blank before) = 1; i3: A 0, B +2 = 1; i1: A +2, B 0, C -1 = 1/3.
    CHECK(changes[0].itemId == QStringLiteral("i2"));
    CHECK(changes[0].meanChange == 1.0);
    CHECK(changes[0].n == 2);
    CHECK(changes[1].itemId == QStringLiteral("i3"));
    CHECK(changes[2].itemId == QStringLiteral("i1"));
    CHECK(changes[2].meanChange == Approx(1.0 / 3));
    CHECK(changes[2].n == 3);
}
