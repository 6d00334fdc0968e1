#include "AssessmentStoreFixture.h"

using namespace pcs;
using namespace pcs::test;

namespace {
using Fixture = AssessmentStoreFixture;
} // namespace

TEST_CASE("A window opens and closes and a second open window for the same phase is refused")
{
    Fixture f;
    CHECK_FALSE(f.windows.openWindowFor(f.cohort.id, AssessmentPhase::Pre).value().has_value());

    const AssessmentWindow pre = f.open(AssessmentPhase::Pre);
    CHECK(pre.isOpen());
    CHECK(pre.openedBy == kFacilitator);
    CHECK(pre.openedAtUtc == f.clock.nowUtc());
    const auto found = f.windows.openWindowFor(f.cohort.id, AssessmentPhase::Pre);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK(**found == pre);

    auto second = f.windows.openWindow(f.cohort.id, AssessmentPhase::Pre, true, false, kFacilitator);
    REQUIRE_FALSE(second.has_value());
    CHECK(
        second.error().message == QStringLiteral("The pre self-assessment of this cohort is open already."));
    // The schema refuses it too, whoever writes.
    auto raw = rawConnection(f.path, true);
    CHECK_FALSE(refusalOf(*raw,
        "INSERT INTO assessment_windows(id, cohort_id, phase, opened_at, opened_by) VALUES ('w2', '"
            + f.cohort.id.toStdString() + "', 'pre', 't', 'x')")
                    .empty());

    // Then-ratings belong to the post assessment; pre and post may be open together.
    auto thenInPre = f.windows.openWindow(f.cohort.id, AssessmentPhase::Pre, false, true, kFacilitator);
    REQUIRE_FALSE(thenInPre.has_value());
    CHECK(thenInPre.error().message.contains(QStringLiteral("only in the post self-assessment")));
    const AssessmentWindow post = f.open(AssessmentPhase::Post, true);
    CHECK(post.collectThen);

    f.clock.advanceSeconds(3600);
    REQUIRE(f.windows.closeWindow(pre.id, kFacilitator).has_value());
    CHECK_FALSE(f.windows.openWindowFor(f.cohort.id, AssessmentPhase::Pre).value().has_value());
    auto again = f.windows.closeWindow(pre.id, kFacilitator);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message == QStringLiteral("This self-assessment window is closed already."));
    CHECK(f.windows.closeWindow(QStringLiteral("no-such-window"), kFacilitator).error().kind
        == ErrorKind::NotFound);
    // A closed window stays closed, even for raw SQL.
    CHECK_THAT(refusalOf(*raw,
                   "UPDATE assessment_windows SET closed_at = NULL, closed_by = NULL WHERE id = '"
                       + pre.id.toStdString() + "'"),
        Catch::Contains("stays closed"));

    // Another window can be opened after the first closed; the history keeps both.
    const AssessmentWindow reopened = f.open(AssessmentPhase::Pre);
    CHECK(reopened.id != pre.id);
    const auto history = f.windows.windows(f.cohort.id).value();
    REQUIRE(history.size() == 3);
    const auto closed = std::find_if(
        history.begin(), history.end(), [&](const AssessmentWindow& w) { return w.id == pre.id; });
    REQUIRE(closed != history.end());
    CHECK(closed->closedAtUtc == f.clock.nowUtc());
    CHECK(closed->closedBy == kFacilitator);

    const auto opened = f.audited(QStringLiteral("kiosk.window-opened"));
    REQUIRE(opened.size() == 3);
    CHECK(opened.back().subject == pre.id);
    CHECK(opened.back().actor == kFacilitator);
    const auto closedEntries = f.audited(QStringLiteral("kiosk.window-closed"));
    REQUIRE(closedEntries.size() == 1);
    CHECK(closedEntries.front().subject == pre.id);
    CHECK(f.windows
              .openWindow(QStringLiteral("no-such-cohort"), AssessmentPhase::Pre, false, false, kFacilitator)
              .error()
              .kind
        == ErrorKind::NotFound);
}

TEST_CASE("After the window closes the storage itself refuses answers even through raw SQL")
{
    Fixture f;
    const AssessmentWindow window = f.open();
    f.save(f.amina, rated("listen-1", 3, 2));
    REQUIRE(f.windows.closeWindow(window.id, kFacilitator).has_value());

    auto refused
        = f.store.saveAnswer(f.cohort.id, f.amina.id, AssessmentPhase::Pre, rated("listen-2", 4, 1), 0);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message
        == QStringLiteral("The self-assessment is closed. Ask your facilitator to open it."));
    CHECK_FALSE(f.store.savePage(f.cohort.id, f.amina.id, AssessmentPhase::Pre, 2).has_value());
    CHECK_FALSE(f.store.submit(f.cohort.id, f.amina.id, AssessmentPhase::Pre).has_value());

    // A second connection that bypasses the store entirely is refused by the schema's triggers.
    auto raw = rawConnection(f.path, true);
    const std::string cohort = f.cohort.id.toStdString();
    const std::string ben = f.ben.id.toStdString();
    const std::string amina = f.amina.id.toStdString();
    CHECK_THAT(refusalOf(*raw,
                   "INSERT INTO assessment_answers(cohort_id, person_id, phase, item_id, competence, desire, "
                   "answered_at) VALUES ('"
                       + cohort + "', '" + ben + "', 'pre', 'listen-1', 5, 4, '2027-02-01T12:00:00.000Z')"),
        Catch::Contains("the self-assessment window is closed"));
    CHECK_THAT(
        refusalOf(*raw, "UPDATE assessment_answers SET competence = 5 WHERE person_id = '" + amina + "'"),
        Catch::Contains("the self-assessment window is closed"));
    CHECK_THAT(refusalOf(*raw,
                   "INSERT INTO assessment_progress(cohort_id, person_id, phase, state, page, started_at, "
                   "updated_at) VALUES ('"
                       + cohort + "', '" + ben + "', 'pre', 'in-progress', 0, 't', 't')"),
        Catch::Contains("the self-assessment window is closed"));
    CHECK_THAT(refusalOf(*raw, "UPDATE assessment_progress SET page = 5 WHERE person_id = '" + amina + "'"),
        Catch::Contains("the self-assessment window is closed"));

    // Nothing changed: Amina's one answer is as she left it, Ben has none.
    const LearnerAssessment stored = f.progressOf(f.amina);
    REQUIRE(stored.answers.size() == 1);
    CHECK(stored.answers[0] == rated("listen-1", 3, 2));
    CHECK(stored.page == 0);
    CHECK(f.storedAnswers() == 1);

    // The same raw insert goes through while a window is open: the refusal was the window's.
    f.open();
    CHECK(refusalOf(*raw,
        "INSERT INTO assessment_answers(cohort_id, person_id, phase, item_id, competence, desire, "
        "answered_at) VALUES ('"
            + cohort + "', '" + ben + "', 'pre', 'listen-1', 5, 4, '2027-02-01T12:00:00.000Z')")
              .empty());
    // ... but not for someone who is not on the roster.
    CHECK_THAT(
        refusalOf(*raw,
            "INSERT INTO assessment_answers(cohort_id, person_id, phase, item_id, answered_at) VALUES ('"
                + cohort + "', '" + f.outsider.id.toStdString() + "', 'pre', 'listen-1', 't')"),
        Catch::Contains("not on the roster"));
}

TEST_CASE("Answers are saved and read back with the page to resume on")
{
    Fixture f;
    f.open();
    const LearnerAssessment fresh = f.progressOf(f.amina);
    CHECK(fresh.state == SubmissionState::NotStarted);
    CHECK(fresh.answers.empty());
    CHECK(fresh.page == 0);

    f.save(f.amina, rated("strength-1", 2, 4), 1);
    f.save(f.amina, rated("listen-2", 4, std::nullopt), 0);
    f.save(f.amina, rated("listen-1", 3, 3, QStringLiteral("Hard with new clients")), 0);
    f.save(f.amina, rated("strength-2", 1, 4), 1);
    f.save(f.amina, rated("listen-2", 5, 1), 0); // changed her mind: replaces the first answer
    f.save(f.amina, rated("goal-1", 3, 2), 2);

    LearnerAssessment read = f.progressOf(f.amina);
    CHECK(read.state == SubmissionState::InProgress);
    CHECK(read.page == 2);
    CHECK_FALSE(read.submittedAtUtc.has_value());
    REQUIRE(read.answers.size() == 5);
    // In the program's item order, whatever order they were answered in.
    CHECK(read.answers[0] == rated("listen-1", 3, 3, QStringLiteral("Hard with new clients")));
    CHECK(read.answers[1] == rated("listen-2", 5, 1));
    CHECK(read.answers[2] == rated("strength-1", 2, 4));
    CHECK(read.answers[3] == rated("strength-2", 1, 4));
    CHECK(read.answers[4] == rated("goal-1", 3, 2));
    REQUIRE(read.answer(QStringLiteral("strength-2")) != nullptr);
    CHECK(read.answer(QStringLiteral("goal-2")) == nullptr);

    // Going back a page moves the resume position without touching answers.
    REQUIRE(f.store.savePage(f.cohort.id, f.amina.id, AssessmentPhase::Pre, 1).has_value());
    read = f.progressOf(f.amina);
    CHECK(read.page == 1);
    CHECK(read.answers.size() == 5);
    CHECK_FALSE(f.store.savePage(f.cohort.id, f.amina.id, AssessmentPhase::Pre, -1).has_value());

    // An answer with nothing in it takes the item's answer away.
    f.save(f.amina, rated("goal-1", std::nullopt, std::nullopt), 2);
    read = f.progressOf(f.amina);
    CHECK(read.answers.size() == 4);
    CHECK(read.answer(QStringLiteral("goal-1")) == nullptr);
    CHECK(read.page == 2);

    // Another learner and the other phase are kept apart.
    CHECK(f.progressOf(f.ben).answers.empty());
    CHECK(f.progressOf(f.amina, AssessmentPhase::Post).answers.empty());

    // And everything is there for a second connection after the calls returned (committed).
    CHECK(f.storedAnswers() == 4);
}

TEST_CASE("An item outside the cohort's program and a learner outside the roster are refused")
{
    Fixture f;
    f.open();
    auto otherProgram
        = f.store.saveAnswer(f.cohort.id, f.amina.id, AssessmentPhase::Pre, rated("coach-1", 3, 3), 0);
    REQUIRE_FALSE(otherProgram.has_value());
    CHECK(otherProgram.error().message
        == QStringLiteral("This question is not part of this cohort's self-assessment."));
    CHECK_FALSE(
        f.store.saveAnswer(f.cohort.id, f.amina.id, AssessmentPhase::Pre, rated("no-such-item", 3, 3), 0)
            .has_value());
    CHECK_FALSE(
        f.store.saveAnswer(f.cohort.id, f.amina.id, AssessmentPhase::Pre, rated("", 3, 3), 0).has_value());

    auto outsider
        = f.store.saveAnswer(f.cohort.id, f.outsider.id, AssessmentPhase::Pre, rated("listen-1", 3, 3), 0);
    REQUIRE_FALSE(outsider.has_value());
    CHECK(outsider.error().kind == ErrorKind::NotFound);
    CHECK(outsider.error().message == QStringLiteral("This learner is not on the roster of this cohort."));
    CHECK(f.store.progress(f.cohort.id, f.outsider.id, AssessmentPhase::Pre).error().kind
        == ErrorKind::NotFound);
    CHECK(f.storedAnswers() == 0);
}

TEST_CASE("After submitting no answer is accepted until staff reopen it and the reopening is audited without "
          "answers")
{
    Fixture f;
    const AssessmentWindow window = f.open();
    const QString secretComment = QStringLiteral("My supervisor never listens");
    f.save(f.amina, rated("listen-1", 2, 4, secretComment), 0);
    f.clock.advanceSeconds(120);
    REQUIRE(f.store.submit(f.cohort.id, f.amina.id, AssessmentPhase::Pre).has_value());

    LearnerAssessment read = f.progressOf(f.amina);
    CHECK(read.state == SubmissionState::Submitted);
    REQUIRE(read.submittedAtUtc.has_value());
    CHECK(*read.submittedAtUtc == f.clock.nowUtc());

    auto late = f.store.saveAnswer(f.cohort.id, f.amina.id, AssessmentPhase::Pre, rated("listen-2", 4, 1), 0);
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().message.startsWith(QStringLiteral("This self-assessment has been submitted.")));
    CHECK_FALSE(
        f.store.saveAnswer(f.cohort.id, f.amina.id, AssessmentPhase::Pre, rated("listen-1", 5, 1), 0));
    CHECK_FALSE(f.store.savePage(f.cohort.id, f.amina.id, AssessmentPhase::Pre, 2).has_value());
    CHECK_FALSE(f.store.submit(f.cohort.id, f.amina.id, AssessmentPhase::Pre).has_value());
    auto raw = rawConnection(f.path, true);
    CHECK_THAT(refusalOf(*raw,
                   "UPDATE assessment_answers SET competence = 5 WHERE person_id = '"
                       + f.amina.id.toStdString() + "'"),
        Catch::Contains("submitted already"));
    CHECK(f.progressOf(f.amina).answers == std::vector<ItemAnswer>{rated("listen-1", 2, 4, secretComment)});

    // Reopening needs the window open.
    REQUIRE(f.windows.closeWindow(window.id, kFacilitator).has_value());
    auto closed = f.store.reopen(f.cohort.id, f.amina.id, AssessmentPhase::Pre, kFacilitator);
    REQUIRE_FALSE(closed.has_value());
    CHECK(closed.error().message.startsWith(QStringLiteral("Open the self-assessment for the cohort first")));
    f.open();
    CHECK_FALSE(f.store.reopen(f.cohort.id, f.ben.id, AssessmentPhase::Pre, kFacilitator)
                    .has_value()); // not submitted
    REQUIRE(f.store.reopen(f.cohort.id, f.amina.id, AssessmentPhase::Pre, kFacilitator).has_value());

    read = f.progressOf(f.amina);
    CHECK(read.state == SubmissionState::InProgress);
    CHECK_FALSE(read.submittedAtUtc.has_value());
    f.save(f.amina, rated("listen-1", 3, 4, secretComment), 0);
    CHECK(f.progressOf(f.amina).answers.front().competence == 3);

    const auto reopened = f.audited(QStringLiteral("assessment.reopened"));
    REQUIRE(reopened.size() == 1);
    CHECK(reopened.front().actor == kFacilitator);
    CHECK(reopened.front().subject == f.amina.id);
    CHECK(reopened.front().details.contains(QStringLiteral("pre")));
    CHECK(f.audited(QStringLiteral("assessment.submitted")).size() == 1);
    CHECK_FALSE(auditMentions(f.audit(), secretComment));
    CHECK_FALSE(auditMentions(f.audit(), QStringLiteral("supervisor")));
}

TEST_CASE("Statuses of a roster of three show one not started and one in progress and one submitted")
{
    Fixture f;
    f.open();
    f.save(f.ben, rated("listen-1", 2, 3), 0);
    f.save(f.ben, rated("listen-2", 2, 3), 0);
    f.save(f.ben, rated("strength-1", 2, 3), 1);
    f.save(f.chloe, rated("listen-1", 4, 1), 0);
    f.clock.advanceSeconds(600);
    REQUIRE(f.store.submit(f.cohort.id, f.chloe.id, AssessmentPhase::Pre).has_value());

    const auto statuses = f.store.statuses(f.cohort.id, AssessmentPhase::Pre);
    REQUIRE(statuses.has_value());
    REQUIRE(statuses->size() == 3);
    // By last name: Haddad, Okafor, Tremblay.
    CHECK((*statuses)[0].person == f.amina);
    CHECK((*statuses)[0].state == SubmissionState::NotStarted);
    CHECK((*statuses)[0].answered == 0);
    CHECK_FALSE((*statuses)[0].submittedAtUtc.has_value());
    CHECK((*statuses)[1].person == f.ben);
    CHECK((*statuses)[1].state == SubmissionState::InProgress);
    CHECK((*statuses)[1].answered == 3);
    CHECK((*statuses)[1].page == 1);
    CHECK((*statuses)[2].person == f.chloe);
    CHECK((*statuses)[2].state == SubmissionState::Submitted);
    CHECK((*statuses)[2].answered == 1);
    CHECK((*statuses)[2].submittedAtUtc == f.clock.nowUtc());

    // The post phase has nobody started yet.
    const auto post = f.store.statuses(f.cohort.id, AssessmentPhase::Post).value();
    REQUIRE(post.size() == 3);
    for (const auto& status : post)
        CHECK(status.state == SubmissionState::NotStarted);
}

TEST_CASE("Ratings out of range are refused and nothing is written")
{
    Fixture f;
    f.open(AssessmentPhase::Post, true);
    const auto refused = [&](const ItemAnswer& answer) {
        auto saved = f.store.saveAnswer(f.cohort.id, f.amina.id, AssessmentPhase::Post, answer, 0);
        return saved.has_value() ? QString() : saved.error().message;
    };
    CHECK(
        refused(rated("listen-1", 0, 2)) == QStringLiteral("The competence rating must be between 1 and 5."));
    CHECK(
        refused(rated("listen-1", 6, 2)) == QStringLiteral("The competence rating must be between 1 and 5."));
    CHECK(refused(rated("listen-1", 3, 5))
        == QStringLiteral("The desire for further development must be between 1 and 4."));
    CHECK(refused(rated("listen-1", 3, 0))
        == QStringLiteral("The desire for further development must be between 1 and 4."));
    CHECK(refused(rated("listen-1", 3, 2, {}, 6))
        == QStringLiteral("The rating before the program must be between 1 and 5."));
    CHECK(refused(rated("listen-1", 3, 2, QString(storage::AssessmentStore::kMaximumCommentLength + 1, u'x')))
              .startsWith(QStringLiteral("A comment can have at most")));
    CHECK(f.storedAnswers() == 0);
    CHECK(f.progressOf(f.amina, AssessmentPhase::Post).state == SubmissionState::NotStarted);
    // The edges are fine.
    CHECK(refused(rated("listen-1", 1, 4, {}, 5)).isEmpty());
    CHECK(refused(rated("listen-2", 5, 1, {}, 1)).isEmpty());

    // Another bank's scales, passed to the store.
    storage::AssessmentStore zeroBased(*f.database, storage::RatingRanges{0, 4, 0, 3});
    CHECK(zeroBased.saveAnswer(f.cohort.id, f.ben.id, AssessmentPhase::Post, rated("listen-1", 0, 0), 0)
              .has_value());
    CHECK_FALSE(
        zeroBased.saveAnswer(f.cohort.id, f.ben.id, AssessmentPhase::Post, rated("listen-1", 5, 0), 0));
    AssessmentBank bank;
    bank.competence = {1, 7, {}, {}};
    bank.desire = {1, 3, {}, {}};
    const storage::RatingRanges fromBank = storage::RatingRanges::of(bank);
    CHECK(fromBank.competenceMax == 7);
    CHECK(fromBank.desireMax == 3);

    // The schema keeps ratings whole numbers whoever writes.
    auto raw = rawConnection(f.path, true);
    CHECK_FALSE(refusalOf(*raw,
        "INSERT INTO assessment_answers(cohort_id, person_id, phase, item_id, competence, answered_at) "
        "VALUES ('"
            + f.cohort.id.toStdString() + "', '" + f.chloe.id.toStdString()
            + "', 'post', 'listen-1', 'high', 't')")
                    .empty());
}

TEST_CASE("Comments with SQL text and emoji and quotes are stored verbatim")
{
    Fixture f;
    f.open();
    const QString injection = QStringLiteral("'); DROP TABLE assessment_answers;--");
    const QString emoji
        = QString::fromUtf8("J'écoute mieux 👍🏽 — «très» \"bien\" 😀\nsecond line\t%_\\");
    f.save(f.amina, rated("listen-1", 3, 3, injection), 0);
    f.save(f.amina, rated("listen-2", 4, 2, emoji), 0);

    const LearnerAssessment read = f.progressOf(f.amina);
    REQUIRE(read.answers.size() == 2);
    CHECK(read.answers[0].comment == injection);
    CHECK(read.answers[1].comment == emoji);
    CHECK(rawConnection(f.path)->tableExists("assessment_answers"));

    const auto rows = f.store.answers(f.cohort.id).value();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].answer.comment == injection);
    CHECK(rows[1].answer.comment == emoji);
}

TEST_CASE("Then-ratings are accepted only when the window collects them")
{
    Fixture f;
    const AssessmentWindow plain = f.open(AssessmentPhase::Post, false);
    auto refused = f.store.saveAnswer(
        f.cohort.id, f.amina.id, AssessmentPhase::Post, rated("listen-1", 4, 2, {}, 2), 0);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message
        == QStringLiteral("This self-assessment does not ask for ratings of before the program."));
    auto raw = rawConnection(f.path, true);
    CHECK_THAT(refusalOf(*raw,
                   "INSERT INTO assessment_answers(cohort_id, person_id, phase, item_id, then_competence, "
                   "answered_at) VALUES ('"
                       + f.cohort.id.toStdString() + "', '" + f.amina.id.toStdString()
                       + "', 'post', 'listen-1', 2, 't')"),
        Catch::Contains("does not collect then-ratings"));
    f.save(f.amina, rated("listen-1", 4, 2), 0, AssessmentPhase::Post); // without one it is fine

    REQUIRE(f.windows.closeWindow(plain.id, kFacilitator).has_value());
    f.open(AssessmentPhase::Post, true);
    f.save(f.amina, rated("listen-1", 4, 2, {}, 2), 0, AssessmentPhase::Post);
    CHECK(f.progressOf(f.amina, AssessmentPhase::Post).answers.front().thenCompetence == 2);
}

TEST_CASE("All answers of a cohort come back by phase and learner with their submitted flag")
{
    Fixture f;
    f.open(AssessmentPhase::Pre);
    f.open(AssessmentPhase::Post, true);
    f.save(f.ben, rated("listen-1", 2, 4), 0, AssessmentPhase::Pre);
    f.save(f.ben, rated("listen-1", 4, 2, {}, 1), 0, AssessmentPhase::Post);
    f.save(f.amina, rated("goal-2", 3, 3), 2, AssessmentPhase::Pre);
    REQUIRE(f.store.submit(f.cohort.id, f.ben.id, AssessmentPhase::Pre).has_value());

    const auto rows = f.store.answers(f.cohort.id).value();
    REQUIRE(rows.size() == 3);
    // Pre first; within a phase by learner id; Post last.
    CHECK(rows[0].phase == AssessmentPhase::Pre);
    CHECK(rows[1].phase == AssessmentPhase::Pre);
    CHECK(rows[2].phase == AssessmentPhase::Post);
    CHECK(rows[2].answer == rated("listen-1", 4, 2, {}, 1));
    CHECK_FALSE(rows[2].submitted);
    for (int i = 0; i < 2; ++i) {
        CHECK(rows[i].submitted == (rows[i].personId == f.ben.id));
        CHECK(rows[i].answeredAtUtc == f.clock.nowUtc());
    }
}
