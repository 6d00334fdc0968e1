#pragma once

// A database with one cohort of the program "staff" (three topics, two items each), three learners
// on its roster and one person who is not, for the self-assessment and SAW plan tests.

#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/domain/Clock.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/storage/AccountStore.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/PeopleStore.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace pcs::test {

// Cheap Argon2id parameters, so that the tests run in milliseconds; the code path is the same.
inline constexpr storage::PasswordHashParameters kCheapHash{1, 1024, 1};

inline AssessmentItem makeItem(const QString& id, const QString& program, const QString& topic)
{
    return {id, program, topic, {QStringLiteral("I can ") + id, QStringLiteral("Je peux ") + id}};
}

inline CurriculumPackage assessmentPackage()
{
    CurriculumPackage package;
    package.id = QStringLiteral("pcs");
    package.version = 1;
    package.released = QDate(2026, 11, 1);
    Program staff;
    staff.id = QStringLiteral("staff");
    staff.topics = {QStringLiteral("listening"), QStringLiteral("strengths"), QStringLiteral("goals")};
    Program trainers;
    trainers.id = QStringLiteral("trainers");
    trainers.topics = {QStringLiteral("coaching")};
    package.programs = {staff, trainers};
    package.assessment.items = {makeItem(QStringLiteral("listen-1"), staff.id, QStringLiteral("listening")),
        makeItem(QStringLiteral("listen-2"), staff.id, QStringLiteral("listening")),
        makeItem(QStringLiteral("strength-1"), staff.id, QStringLiteral("strengths")),
        makeItem(QStringLiteral("strength-2"), staff.id, QStringLiteral("strengths")),
        makeItem(QStringLiteral("goal-1"), staff.id, QStringLiteral("goals")),
        makeItem(QStringLiteral("goal-2"), staff.id, QStringLiteral("goals")),
        makeItem(QStringLiteral("coach-1"), trainers.id, QStringLiteral("coaching"))};
    return package;
}

inline storage::OpenOptions withClock(const Clock& clock)
{
    storage::OpenOptions options;
    options.clock = &clock;
    return options;
}

struct AssessmentFixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("assessments.sqlite"));
    FixedClock clock{QDateTime(QDate(2027, 2, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<storage::Database> database = openOrFail(path, withClock(clock));
    storage::PeopleStore people{*database};
    storage::CohortStore cohorts{*database};
    Cohort cohort;
    Person amina, ben, chloe; // on the roster
    Person outsider; // not on it

    AssessmentFixture()
    {
        auto imported = storage::CurriculumStore(*database).import(assessmentPackage());
        if (!imported)
            FAIL(imported.error().message.toStdString());
        cohort.programId = QStringLiteral("staff");
        cohort.curriculumVersionId = imported->versionId;
        cohort.title = QStringLiteral("PCS for Staff — Sudbury");
        cohort.startDate = QDate(2027, 1, 11);
        for (int day = 0; day < 3; ++day) {
            CohortSession session;
            session.workshopId = QStringLiteral("staff-day-%1").arg(day + 1);
            session.position = day + 1;
            session.date = cohort.startDate.addDays(day);
            session.start = QTime(9, 0);
            session.end = QTime(16, 0);
            session.contactMinutes = 360;
            cohort.sessions.push_back(session);
        }
        auto created = cohorts.create(cohort);
        if (!created)
            FAIL(created.error().message.toStdString());
        cohort = *created;
        amina = addPerson("Amina", "Haddad");
        ben = addPerson("Ben", "Okafor");
        chloe = addPerson("Chloé", "Tremblay");
        outsider = addPerson("Olivier", "Outside");
        for (const Person* learner : {&amina, &ben, &chloe})
            REQUIRE(cohorts.addLearner(cohort.id, learner->id).has_value());
    }

    Person addPerson(const char* first, const char* last)
    {
        Person person;
        person.firstName = QString::fromUtf8(first);
        person.lastName = QString::fromUtf8(last);
        auto added = people.add(person);
        if (!added)
            FAIL(added.error().message.toStdString());
        return *added;
    }

    std::vector<AuditEntry> audited(const QString& action) const
    {
        auto entries = storage::AuditLogStore(*database).latest(1000);
        REQUIRE(entries.has_value());
        std::vector<AuditEntry> found;
        std::copy_if(entries->begin(), entries->end(), std::back_inserter(found),
            [&](const AuditEntry& entry) { return entry.action == action; });
        return found;
    }

    std::vector<AuditEntry> audit() const
    {
        auto entries = storage::AuditLogStore(*database).latest(1000);
        REQUIRE(entries.has_value());
        return *entries;
    }
};

inline bool auditMentions(const std::vector<AuditEntry>& entries, const QString& text)
{
    return std::any_of(entries.begin(), entries.end(), [&](const AuditEntry& e) {
        return e.actor.contains(text) || e.subject.contains(text) || e.details.contains(text)
            || e.action.contains(text);
    });
}

} // namespace pcs::test
