// The self-assessment tables in older databases, and batches of answers saved in one transaction.

#include "AssessmentStoreFixture.h"

#include "pcs/storage/Migration.h"

using namespace pcs;
using namespace pcs::test;

namespace {
using Fixture = AssessmentStoreFixture;
} // namespace

TEST_CASE("Schema version 6 adds the self-assessment tables to a version 5 database")
{
    REQUIRE(storage::latestSchemaVersion() >= 6);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        const std::vector<storage::Migration> upToV5(
            storage::schemaMigrations().begin(), storage::schemaMigrations().begin() + 5);
        storage::OpenOptions options;
        options.migrations = &upToV5;
        auto v5 = openOrFail(path, options);
        REQUIRE(v5->schemaVersion() == 5);
        CHECK_FALSE(rawConnection(path)->tableExists("assessment_answers"));
    }
    const std::vector<storage::Migration> upToV6(
        storage::schemaMigrations().begin(), storage::schemaMigrations().begin() + 6);
    storage::OpenOptions toV6;
    toV6.migrations = &upToV6;
    auto upgraded = openOrFail(path, toV6);
    CHECK(upgraded->schemaVersion() == 6);
    CHECK(upgraded->appliedMigrations() == std::vector<int>{6});
    auto raw = rawConnection(path);
    for (const char* table : {"assessment_windows", "assessment_progress", "assessment_answers",
             "learner_pins", "saw_plan_entries", "follow_ups"}) {
        INFO(table);
        CHECK(raw->tableExists(table));
    }
    CHECK(raw->execAndGet(
                 "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'assessment_%'")
              .getInt()
        == 5);
}

TEST_CASE("A batch of answers is saved in one transaction and refused as a whole by the same rules")
{
    Fixture f;
    const auto batch = [&](const Person& learner, std::initializer_list<ItemAnswer> answers) {
        std::vector<storage::LearnerAnswer> list;
        for (const ItemAnswer& answer : answers)
            list.push_back({learner.id, answer});
        return list;
    };
    const auto join
        = [](std::vector<storage::LearnerAnswer> a, const std::vector<storage::LearnerAnswer>& b) {
              a.insert(a.end(), b.begin(), b.end());
              return a;
          };

    // No window open: refused, nothing written.
    const auto closed = f.store.saveAnswers(
        f.cohort.id, AssessmentPhase::Pre, batch(f.amina, {rated("listen-1", 3, 3)}), false);
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().message
        == QStringLiteral("The self-assessment is closed. Ask your facilitator to open it."));
    CHECK(f.storedAnswers() == 0);

    f.open(AssessmentPhase::Pre);
    const QDateTime paperDay(QDate(2027, 1, 11), QTime(9, 30), Qt::UTC);
    const auto saved = f.store.saveAnswers(f.cohort.id, AssessmentPhase::Pre,
        join(batch(f.amina,
                 {rated("listen-1", 3, 3, QStringLiteral("=SUM(A1)")), rated("strength-2", 1, 4),
                     rated("goal-1", 2, std::nullopt)}),
            batch(f.ben, {rated("listen-2", 4, 2), rated("goal-2", 5, 1)})),
        false, paperDay);
    REQUIRE(saved.has_value());
    CHECK(*saved == 5);
    CHECK(f.storedAnswers() == 5);
    LearnerAssessment amina = f.progressOf(f.amina);
    CHECK(amina.state == SubmissionState::InProgress);
    CHECK(amina.page == 0);
    REQUIRE(amina.answers.size() == 3);
    CHECK(amina.answers[0] == rated("listen-1", 3, 3, QStringLiteral("=SUM(A1)")));
    CHECK(amina.answers[2] == rated("goal-1", 2, std::nullopt));
    for (const storage::AnswerRow& row : f.store.answers(f.cohort.id).value())
        CHECK(row.answeredAtUtc == paperDay);

    // One bad answer anywhere in the batch and none of it is written: a learner not on the roster,
    // an item of another program, a rating out of range, a then-rating the window does not collect.
    const std::vector<std::pair<std::vector<storage::LearnerAnswer>, QString>> refusals{
        {join(batch(f.chloe, {rated("listen-1", 2, 2)}), batch(f.outsider, {rated("listen-1", 2, 2)})),
            f.outsider.id},
        {batch(f.chloe, {rated("listen-1", 2, 2), rated("coach-1", 2, 2)}), QStringLiteral("coach-1")},
        {batch(f.chloe, {rated("listen-1", 2, 2), rated("goal-1", 6, 2)}), QStringLiteral("goal-1")},
        {batch(f.chloe, {rated("listen-1", 2, 2), rated("goal-2", 2, 2, {}, 1)}), QStringLiteral("goal-2")},
    };
    for (const auto& [answers, named] : refusals) {
        const auto refused = f.store.saveAnswers(f.cohort.id, AssessmentPhase::Pre, answers, false);
        REQUIRE_FALSE(refused.has_value());
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().message.contains(named));
        CHECK(f.storedAnswers() == 5);
        CHECK(f.progressOf(f.chloe).state == SubmissionState::NotStarted);
    }
    CHECK(f.store
              .saveAnswers(QStringLiteral("no-such-cohort"), AssessmentPhase::Pre,
                  batch(f.chloe, {rated("listen-1", 2, 2)}), false)
              .error()
              .kind
        == ErrorKind::NotFound);

    // Submitting with the batch hands in each learner named, audited like submit(); an empty
    // answer removes one; nothing more is accepted from a submitted learner.
    f.clock.advanceSeconds(60);
    const auto submitted = f.store.saveAnswers(f.cohort.id, AssessmentPhase::Pre,
        join(batch(f.amina, {rated("goal-1", std::nullopt, std::nullopt)}),
            batch(f.chloe, {rated("listen-1", 2, 2)})),
        true);
    REQUIRE(submitted.has_value());
    CHECK(*submitted == 1);
    CHECK(f.storedAnswers() == 5);
    amina = f.progressOf(f.amina);
    CHECK(amina.state == SubmissionState::Submitted);
    CHECK(amina.submittedAtUtc == f.clock.nowUtc());
    CHECK(amina.answers.size() == 2);
    CHECK(f.progressOf(f.chloe).state == SubmissionState::Submitted);
    CHECK(f.progressOf(f.ben).state == SubmissionState::InProgress);
    const auto audited = f.audited(QStringLiteral("assessment.submitted"));
    CHECK(audited.size() == 2);
    CHECK_FALSE(auditMentions(f.audit(), QStringLiteral("=SUM(A1)")));
    const auto late = f.store.saveAnswers(f.cohort.id, AssessmentPhase::Pre,
        join(batch(f.ben, {rated("listen-1", 1, 1)}), batch(f.amina, {rated("listen-1", 5, 1)})), false);
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().message.contains(f.amina.id));
    CHECK(f.progressOf(f.ben).answers.size() == 2);

    // Then-ratings go in when the post window collects them.
    f.open(AssessmentPhase::Post, true);
    const auto post = f.store.saveAnswers(
        f.cohort.id, AssessmentPhase::Post, batch(f.ben, {rated("listen-1", 4, 2, {}, 2)}), true);
    REQUIRE(post.has_value());
    CHECK(f.progressOf(f.ben, AssessmentPhase::Post).answers.front().thenCompetence == 2);
}
