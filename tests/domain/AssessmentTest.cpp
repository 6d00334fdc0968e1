#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/assessment/SawPlan.h"

#include <catch2/catch.hpp>

using namespace pcs;

namespace {

AssessmentItem item(const char* id, const char* topic)
{
    return {QString::fromLatin1(id), QStringLiteral("staff"), QString::fromLatin1(topic), {}};
}

ItemAnswer answer(const char* itemId, std::optional<int> competence, std::optional<int> desire)
{
    return {QString::fromLatin1(itemId), competence, desire, std::nullopt, {}};
}

std::vector<QDate> dueDates(const std::vector<FollowUp>& followUps)
{
    std::vector<QDate> dates;
    for (const FollowUp& followUp : followUps)
        dates.push_back(followUp.dueDate);
    return dates;
}

} // namespace

TEST_CASE("Phase and state keys are the stored forms and unknown keys give nothing")
{
    CHECK(phaseKey(AssessmentPhase::Pre) == QStringLiteral("pre"));
    CHECK(phaseKey(AssessmentPhase::Post) == QStringLiteral("post"));
    CHECK(phaseFromKey(QStringLiteral("post")) == AssessmentPhase::Post);
    CHECK(phaseFromKey(QStringLiteral("Pre")) == std::nullopt);
    for (SubmissionState state :
        {SubmissionState::NotStarted, SubmissionState::InProgress, SubmissionState::Submitted})
        CHECK(submissionStateFromKey(submissionStateKey(state)) == state);
    CHECK(submissionStateKey(SubmissionState::InProgress) == QStringLiteral("in-progress"));
    CHECK(followUpStatusKey(FollowUpStatus::NotStarted) == QStringLiteral("not-started"));
    for (FollowUpStatus status :
        {FollowUpStatus::NotStarted, FollowUpStatus::Started, FollowUpStatus::Applied})
        CHECK(followUpStatusFromKey(followUpStatusKey(status)) == status);
    CHECK(followUpStatusFromKey(QStringLiteral("done")) == std::nullopt);

    AssessmentWindow window;
    CHECK(window.isOpen());
    window.closedAtUtc = QDateTime(QDate(2027, 2, 1), QTime(12, 0), Qt::UTC);
    CHECK_FALSE(window.isOpen());
}

TEST_CASE("An assessment finds the answer to an item and an empty answer counts as none")
{
    LearnerAssessment assessment;
    assessment.answers = {answer("l1", 2, 4), answer("l2", std::nullopt, 1)};
    REQUIRE(assessment.answer(QStringLiteral("l2")) != nullptr);
    CHECK(assessment.answer(QStringLiteral("l2"))->desire == 1);
    CHECK(assessment.answer(QStringLiteral("l3")) == nullptr);
    CHECK(answer("x", std::nullopt, std::nullopt).isEmpty());
    ItemAnswer commented = answer("x", std::nullopt, std::nullopt);
    commented.comment = QStringLiteral(" ");
    CHECK_FALSE(commented.isEmpty());
}

TEST_CASE(
    "Priority topics on a hand-worked example: largest desire minus competence first then lower competence")
{
    const std::vector<AssessmentItem> items
        = {item("l1", "listening"), item("l2", "listening"), item("s1", "strengths"), item("t1", "trust"),
            item("g1", "goals"), item("b1", "boundaries"), item("c1", "culture")};
    LearnerAssessment assessment;
    assessment.answers = {
        answer("l1", 2, 4), answer("l2", 3, 3), // listening: competence 2.5, desire 3.5, gap 1
        answer("s1", 1, 2), // strengths: competence 1, desire 2, gap 1 (lower competence: first)
        answer("t1", 3, 4), // trust: competence 3, desire 4, gap 1 (higher competence: third)
        answer("g1", 4, 4), // goals: gap 0
        answer("b1", 5, 1), // boundaries: gap -4
        answer("c1", 2, std::nullopt), // culture: no desire rating, left out
        answer("zz", 1, 4), // not one of the items: ignored
    };
    CHECK(priorityTopics(assessment, items)
        == QStringList{QStringLiteral("strengths"), QStringLiteral("listening"), QStringLiteral("trust")});
    CHECK(priorityTopics(assessment, items, 10)
        == QStringList{QStringLiteral("strengths"), QStringLiteral("listening"), QStringLiteral("trust"),
            QStringLiteral("goals"), QStringLiteral("boundaries")});
    CHECK(priorityTopics(assessment, items, 1) == QStringList{QStringLiteral("strengths")});
    CHECK(priorityTopics(assessment, items, 0).isEmpty());
    CHECK(priorityTopics(LearnerAssessment{}, items).isEmpty());

    // A larger gap wins over a lower competence; equal means keep the items' order.
    LearnerAssessment tie;
    tie.answers = {
        answer("g1", 2, 3), answer("b1", 2, 3), answer("t1", 3, 4), answer("s1", 1, 1), answer("l1", 1, 4)};
    CHECK(priorityTopics(tie, items, 5)
        == QStringList{QStringLiteral("listening"), QStringLiteral("goals"), QStringLiteral("boundaries"),
            QStringLiteral("trust"), QStringLiteral("strengths")});
}

TEST_CASE("Follow-ups fall due 30 60 and 90 days after the anchor date")
{
    const auto planned = planFollowUps(
        QStringLiteral("c1"), QStringLiteral("p1"), QDate(2027, 1, 13), {90, 30, 60, 30, 0, -5});
    REQUIRE(planned.size() == 3);
    CHECK(
        dueDates(planned) == std::vector<QDate>{QDate(2027, 2, 12), QDate(2027, 3, 14), QDate(2027, 4, 13)});
    CHECK(planned[0].dayOffset == 30);
    CHECK(planned[2].dayOffset == 90);
    CHECK(planned[0].cohortId == QStringLiteral("c1"));
    CHECK(planned[0].personId == QStringLiteral("p1"));
    CHECK(planned[0].id.isEmpty());
    CHECK_FALSE(planned[0].status.has_value());
    CHECK_FALSE(planned[0].isRecorded());

    // Across the end of February in a leap year.
    CHECK(dueDates(planFollowUps({}, {}, QDate(2028, 1, 31), {30, 60, 90}))
        == std::vector<QDate>{QDate(2028, 3, 1), QDate(2028, 3, 31), QDate(2028, 4, 30)});
    CHECK(planFollowUps({}, {}, QDate(), {30}).empty());
    CHECK(planFollowUps({}, {}, QDate(2027, 1, 13), {}).empty());
}
