#include "AssessmentFixture.h"

#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/SawPlanStore.h"

#include <SQLiteCpp/SQLiteCpp.h>

using namespace pcs;
using namespace pcs::test;

namespace {

const QString kTrainer = QStringLiteral("trainer1");

struct Fixture : AssessmentFixture {
    storage::SawPlanStore store{*database, {30, 60, 90}};

    SawPlanEntry entry(const QString& topic, const QString& application)
    {
        SawPlanEntry e;
        e.topicId = topic;
        e.fields = {{QStringLiteral("application"), application},
            {QStringLiteral("first-step"), QStringLiteral("Ask one open question per intake")},
            {QStringLiteral("by-when"), QStringLiteral("2027-03-01")}};
        return e;
    }

    SawPlanEntry saved(const Person& learner, const SawPlanEntry& e)
    {
        auto stored = store.saveSawPlanEntry(cohort.id, learner.id, e);
        if (!stored)
            FAIL("save failed: " << stored.error().message.toStdString());
        return *stored;
    }

    FollowUp record(const Person& learner, int days, FollowUpStatus status, const QString& reflection = {})
    {
        FollowUp followUp;
        followUp.cohortId = cohort.id;
        followUp.personId = learner.id;
        followUp.dayOffset = days;
        followUp.status = status;
        followUp.reflection = reflection;
        followUp.nextStep = QStringLiteral("Try it with the team");
        auto recorded = store.recordFollowUp(followUp, kTrainer);
        if (!recorded)
            FAIL("record failed: " << recorded.error().message.toStdString());
        return *recorded;
    }

    std::vector<QDate> dueDates(const Person& learner)
    {
        std::vector<QDate> dates;
        for (const FollowUp& f : store.followUps(cohort.id, learner.id).value())
            dates.push_back(f.dueDate);
        return dates;
    }
};

} // namespace

TEST_CASE("A SAW plan entry is added and then updated by its id")
{
    Fixture f;
    CHECK(f.store.sawPlan(f.cohort.id, f.amina.id).value().empty());
    const QString verbatim
        = QString::fromUtf8("Écouter d'abord 👂🏾 — \"then\" '); DROP TABLE saw_plan_entries;--");

    const SawPlanEntry first = f.saved(f.amina, f.entry(QStringLiteral("listening"), verbatim));
    CHECK_FALSE(first.id.isEmpty());
    CHECK(first.updatedAtUtc == f.clock.nowUtc());
    const SawPlanEntry second
        = f.saved(f.amina, f.entry(QStringLiteral("goals"), QStringLiteral("Goals first")));

    auto plan = f.store.sawPlan(f.cohort.id, f.amina.id).value();
    REQUIRE(plan.size() == 2);
    CHECK(plan[0] == first);
    CHECK(plan[1] == second);
    CHECK(plan[0].fields.value(QStringLiteral("application")) == verbatim);

    // Saving with the id replaces that entry, and keeps it in its place.
    f.clock.advanceSeconds(60);
    SawPlanEntry changed = first;
    changed.fields[QStringLiteral("application")] = QStringLiteral("Listen, then reflect back");
    changed.fields.remove(QStringLiteral("by-when"));
    const SawPlanEntry updated = f.saved(f.amina, changed);
    CHECK(updated.id == first.id);
    CHECK(updated.updatedAtUtc == f.clock.nowUtc());
    plan = f.store.sawPlan(f.cohort.id, f.amina.id).value();
    REQUIRE(plan.size() == 2);
    CHECK(plan[0] == updated);
    CHECK_FALSE(plan[0].fields.contains(QStringLiteral("by-when")));

    // One entry per competency; another learner's entry cannot be taken over.
    auto sameTopic = f.store.saveSawPlanEntry(f.cohort.id, f.amina.id, f.entry(QStringLiteral("goals"), {}));
    REQUIRE_FALSE(sameTopic.has_value());
    CHECK(sameTopic.error().message == QStringLiteral("The plan has a part for this competency already."));
    SawPlanEntry stolen = second;
    auto other = f.store.saveSawPlanEntry(f.cohort.id, f.ben.id, stolen);
    REQUIRE_FALSE(other.has_value());
    CHECK(other.error().message == QStringLiteral("This part of the plan belongs to another learner."));
    CHECK_FALSE(f.store.saveSawPlanEntry(f.cohort.id, f.amina.id, f.entry(QString(), {})).has_value());
    CHECK(f.store.saveSawPlanEntry(f.cohort.id, f.outsider.id, f.entry(QStringLiteral("goals"), {}))
              .error()
              .kind
        == ErrorKind::NotFound);
    CHECK(f.store.sawPlan(f.cohort.id, f.ben.id).value().empty());

    REQUIRE(f.store.removeSawPlanEntry(f.cohort.id, f.amina.id, second.id).has_value());
    CHECK(f.store.sawPlan(f.cohort.id, f.amina.id).value().size() == 1);
    CHECK(f.store.removeSawPlanEntry(f.cohort.id, f.amina.id, second.id).error().kind == ErrorKind::NotFound);
    CHECK(rawConnection(f.path)->tableExists("saw_plan_entries"));
}

TEST_CASE("Follow-ups are due after the last session until the learner submits the post assessment")
{
    Fixture f;
    // Sessions on 11, 12 and 13 January 2027: due 30, 60 and 90 days after the 13th.
    CHECK(f.dueDates(f.amina)
        == std::vector<QDate>{QDate(2027, 2, 12), QDate(2027, 3, 14), QDate(2027, 4, 13)});
    const auto planned = f.store.followUps(f.cohort.id, f.amina.id).value();
    REQUIRE(planned.size() == 3);
    CHECK(planned[0].id.isEmpty());
    CHECK_FALSE(planned[0].isRecorded());
    CHECK_FALSE(planned[0].status.has_value());
    CHECK(planned[1].dayOffset == 60);
    // Reading wrote nothing.
    CHECK(rawConnection(f.path)->execAndGet("SELECT count(*) FROM follow_ups").getInt() == 0);

    // Amina submits her post assessment on 1 February (12:00 UTC): her dates move, Ben's stay.
    storage::AssessmentStore assessments(*f.database);
    REQUIRE(storage::AssessmentWindowStore(*f.database)
                .openWindow(f.cohort.id, AssessmentPhase::Post, false, false, kTrainer)
                .has_value());
    REQUIRE(assessments.submit(f.cohort.id, f.amina.id, AssessmentPhase::Post).has_value());
    CHECK(f.dueDates(f.amina) == std::vector<QDate>{QDate(2027, 3, 3), QDate(2027, 4, 2), QDate(2027, 5, 2)});
    CHECK(f.dueDates(f.ben).front() == QDate(2027, 2, 12));

    // Recorded: stored with the due date of the moment, and recording again keeps id and due date.
    f.clock.set(QDateTime(QDate(2027, 3, 4), QTime(15, 0), Qt::UTC));
    const FollowUp first = f.record(f.amina, 30, FollowUpStatus::Started, QStringLiteral("Tried it twice"));
    CHECK_FALSE(first.id.isEmpty());
    CHECK(first.dueDate == QDate(2027, 3, 3));
    CHECK(first.recordedAtUtc == f.clock.nowUtc());
    CHECK(first.recordedBy == kTrainer);
    f.clock.advanceSeconds(3600);
    const FollowUp again = f.record(f.amina, 30, FollowUpStatus::Applied, QStringLiteral("Now every intake"));
    CHECK(again.id == first.id);
    CHECK(again.dueDate == first.dueDate);

    const auto followUps = f.store.followUps(f.cohort.id, f.amina.id).value();
    REQUIRE(followUps.size() == 3);
    CHECK(followUps[0] == again);
    CHECK(followUps[0].status == FollowUpStatus::Applied);
    CHECK(followUps[0].reflection == QStringLiteral("Now every intake"));
    CHECK(followUps[0].nextStep == QStringLiteral("Try it with the team"));
    CHECK_FALSE(followUps[1].isRecorded());

    const auto audited = f.audited(QStringLiteral("saw.follow-up-recorded"));
    REQUIRE(audited.size() == 2);
    CHECK(audited.front().subject == first.id);
    CHECK_FALSE(auditMentions(audited, QStringLiteral("intake")));
    CHECK(f.store.followUps(f.cohort.id, f.outsider.id).error().kind == ErrorKind::NotFound);
}

TEST_CASE("A follow-up needs a status and one of the follow-up days and a learner on the roster")
{
    Fixture f;
    FollowUp followUp;
    followUp.cohortId = f.cohort.id;
    followUp.personId = f.amina.id;
    followUp.dayOffset = 30;
    auto noStatus = f.store.recordFollowUp(followUp, kTrainer);
    REQUIRE_FALSE(noStatus.has_value());
    CHECK(noStatus.error().message == QStringLiteral("Choose how far the learner has come with the plan."));
    followUp.status = FollowUpStatus::NotStarted;
    followUp.dayOffset = 45;
    CHECK(f.store.recordFollowUp(followUp, kTrainer).error().message
        == QStringLiteral("There is no 45-day follow-up."));
    followUp.dayOffset = 90;
    followUp.personId = f.outsider.id;
    CHECK(f.store.recordFollowUp(followUp, kTrainer).error().kind == ErrorKind::NotFound);
    CHECK(rawConnection(f.path)->execAndGet("SELECT count(*) FROM follow_ups").getInt() == 0);
}

TEST_CASE("Due follow-ups are listed across cohorts with names and cohort titles and without recorded ones")
{
    Fixture f;
    // A second cohort whose only session is on 1 March 2027.
    Cohort spring = f.cohort;
    spring.id.clear();
    spring.title = QStringLiteral("PCS for Staff — Kenora");
    spring.startDate = QDate(2027, 3, 1);
    spring.sessions.resize(1);
    spring.sessions[0].id.clear();
    spring.sessions[0].date = spring.startDate;
    spring = f.cohorts.create(spring).value();
    const Person dana = f.addPerson("Dana", "Beaulieu");
    REQUIRE(f.cohorts.addLearner(spring.id, dana.id).has_value());

    f.record(f.ben, 30, FollowUpStatus::Started);

    // Winter cohort: due 12 February, 14 March, 13 April. Spring: 31 March, 30 April, 30 May.
    auto due = f.store.dueFollowUps(QDate(2027, 2, 12)).value();
    REQUIRE(due.size() == 2); // Amina and Chloé; Ben's is recorded
    CHECK(due[0].person == f.amina);
    CHECK(due[0].cohortTitle == f.cohort.title);
    CHECK(due[0].followUp.dueDate == QDate(2027, 2, 12));
    CHECK(due[0].followUp.dayOffset == 30);
    CHECK(due[1].person == f.chloe);
    CHECK(f.store.dueFollowUps(QDate(2027, 2, 11)).value().empty());

    due = f.store.dueFollowUps(QDate(2027, 3, 31)).value();
    // 12 Feb: Amina, Chloé; 14 Mar: Amina, Ben, Chloé; 31 Mar: Dana.
    REQUIRE(due.size() == 6);
    CHECK(due[2].followUp.dueDate == QDate(2027, 3, 14));
    CHECK(due[2].person == f.amina);
    CHECK(due[3].person == f.ben);
    CHECK(due[5].person == dana);
    CHECK(due[5].cohortTitle == spring.title);
    CHECK(due[5].followUp.cohortId == spring.id);

    // Only what falls due from a date on.
    due = f.store.dueFollowUps(QDate(2027, 3, 31), QDate(2027, 3, 15)).value();
    REQUIRE(due.size() == 1);
    CHECK(due[0].person == dana);
}
