#include "AssessmentFixture.h"

#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/OrganizationSummaryQuery.h"

#include <SQLiteCpp/Statement.h>

using namespace pcs;
using namespace pcs::test;

namespace {

const QString kFacilitator = QStringLiteral("facilitator");

// Worked by hand. The "staff" program has 1,080 contact minutes (one block), its cohorts need 80 %,
// that is 864 minutes. Cohort A runs 2027-01-11..13, three sessions of 360 minutes:
//   Amina (Sudbury Ontario Works) present x3            -> 1,080, completes
//   Ben   (Sudbury Ontario Works) present, present, late 30 -> 1,050, completes
//   Chloé (no organization)       present, absent, left early 60 -> 660, does not
// Cohort B has one session of 360 minutes on 2027-03-01: Amina present (360), Dave (Timmins
// Employment Ontario) absent (0); nobody completes it.
struct SummaryFixture {
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2027, 3, 5), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<storage::Database> database
        = openOrFail(dir.filePath(QStringLiteral("summary.sqlite")), withClock(clock));
    storage::PeopleStore people{*database};
    storage::CohortStore cohorts{*database};
    storage::AssessmentStore answers{*database};
    storage::AssessmentWindowStore windows{*database};
    Cohort a, b;
    Person amina, ben, chloe, dave;

    SummaryFixture()
    {
        CurriculumPackage package = assessmentPackage();
        Workshop day;
        day.id = QStringLiteral("staff-day");
        AgendaBlock block;
        block.id = QStringLiteral("all");
        block.minutes = 1080;
        day.blocks = {block};
        package.programs.front().workshops = {day};
        package.programs.front().recommendedContactMinutes = 1080; // as the package loader requires
        package.programs.front().title
            = {QStringLiteral("PCS for Staff"), QStringLiteral("PCS pour le personnel")};
        const auto imported = storage::CurriculumStore(*database).import(package);
        REQUIRE(imported);
        a = createCohort(imported->versionId, QStringLiteral("A"), QDate(2027, 1, 11), 3);
        b = createCohort(imported->versionId, QStringLiteral("B"), QDate(2027, 3, 1), 1);

        const auto sudbury = people.organization(QStringLiteral("Sudbury Ontario Works"));
        const auto timmins = people.organization(QStringLiteral("Timmins Employment Ontario"));
        REQUIRE(sudbury);
        REQUIRE(timmins);
        amina = addPerson("Amina", sudbury->id);
        ben = addPerson("Ben", sudbury->id);
        chloe = addPerson("Chloé", {});
        dave = addPerson("Dave", timmins->id);
        REQUIRE(cohorts.addLearners(a.id, {amina.id, ben.id, chloe.id}));
        REQUIRE(cohorts.addLearners(b.id, {amina.id, dave.id}));

        using S = AttendanceStatus;
        const auto& s = a.sessions;
        REQUIRE(cohorts.setAttendance(std::vector<AttendanceMark>{{s[0].id, amina.id, S::Present, 0},
            {s[1].id, amina.id, S::Present, 0}, {s[2].id, amina.id, S::Present, 0},
            {s[0].id, ben.id, S::Present, 0}, {s[1].id, ben.id, S::Present, 0},
            {s[2].id, ben.id, S::Late, 30}, {s[0].id, chloe.id, S::Present, 0},
            {s[1].id, chloe.id, S::Absent, 0}, {s[2].id, chloe.id, S::LeftEarly, 60},
            {b.sessions[0].id, amina.id, S::Present, 0}, {b.sessions[0].id, dave.id, S::Absent, 0}}));
    }

    Cohort createCohort(int versionId, const QString& title, QDate start, int days)
    {
        Cohort cohort;
        cohort.programId = QStringLiteral("staff");
        cohort.curriculumVersionId = versionId;
        cohort.title = title;
        cohort.startDate = start;
        for (int day = 0; day < days; ++day) {
            CohortSession session;
            session.workshopId = QStringLiteral("staff-day");
            session.position = day + 1;
            session.date = start.addDays(day);
            session.start = QTime(9, 0);
            session.end = QTime(16, 0);
            session.contactMinutes = 360;
            cohort.sessions.push_back(session);
        }
        auto created = cohorts.create(cohort);
        REQUIRE(created);
        return *created;
    }

    Person addPerson(const char* first, const QString& organizationId)
    {
        Person person;
        person.firstName = QString::fromUtf8(first);
        person.lastName = QStringLiteral("Learner");
        person.organizationId = organizationId;
        auto added = people.add(person);
        REQUIRE(added);
        return *added;
    }

    // Saves the ratings (item, competence) of one learner and phase of cohort A, submitted or not.
    void answer(const Person& learner, AssessmentPhase phase,
        std::vector<std::pair<const char*, int>> ratings, bool submit = true)
    {
        for (const auto& [item, rating] : ratings) {
            ItemAnswer answer;
            answer.itemId = QString::fromLatin1(item);
            answer.competence = rating;
            answer.desire = 2;
            REQUIRE(answers.saveAnswer(a.id, learner.id, phase, answer, 0));
        }
        if (submit)
            REQUIRE(answers.submit(a.id, learner.id, phase));
    }

    storage::OrganizationFigures run(QDate from, QDate to)
    {
        auto figures = storage::OrganizationSummaryQuery(*database).run(from, to);
        if (!figures)
            FAIL(figures.error().message.toStdString());
        return *figures;
    }
};

} // namespace

TEST_CASE("The organization summary counts people completions and attended minutes per organization and "
          "program")
{
    SummaryFixture f;
    const auto january = f.run(QDate(2027, 1, 1), QDate(2027, 1, 31));
    CHECK(january.cohorts == 1);
    CHECK(january.learners == 3);
    CHECK(january.contactMinutes == 1080);
    REQUIRE(january.rows.size() == 2);
    // Organizations by name; learners without one last.
    CHECK(january.rows[0].organization == QStringLiteral("Sudbury Ontario Works"));
    CHECK(january.rows[0].programId == QStringLiteral("staff"));
    CHECK(january.rows[0].programTitleEn == QStringLiteral("PCS for Staff"));
    CHECK(january.rows[0].programTitleFr == QStringLiteral("PCS pour le personnel"));
    CHECK(january.rows[0].peopleTrained == 2);
    CHECK(january.rows[0].completed == 2);
    CHECK(january.rows[0].learnerContactMinutes == 1080 + 1050);
    CHECK(january.rows[1].organization.isEmpty());
    CHECK(january.rows[1].peopleTrained == 1);
    CHECK(january.rows[1].completed == 0);
    CHECK(january.rows[1].learnerContactMinutes == 660);

    // Both cohorts: Amina is one person trained in Sudbury, though she is on two rosters.
    const auto both = f.run(QDate(2027, 1, 1), QDate(2027, 3, 1));
    CHECK(both.cohorts == 2);
    CHECK(both.learners == 4);
    CHECK(both.contactMinutes == 1440);
    REQUIRE(both.rows.size() == 3);
    CHECK(both.rows[0].organization == QStringLiteral("Sudbury Ontario Works"));
    CHECK(both.rows[0].peopleTrained == 2);
    CHECK(both.rows[0].completed == 2);
    CHECK(both.rows[0].learnerContactMinutes == 1080 + 1050 + 360);
    CHECK(both.rows[1].organization == QStringLiteral("Timmins Employment Ontario"));
    CHECK(both.rows[1].peopleTrained == 1);
    CHECK(both.rows[1].completed == 0);
    CHECK(both.rows[1].learnerContactMinutes == 0);
    CHECK(both.rows[2].organization.isEmpty());
}

TEST_CASE("A cohort belongs to the period it ends in with both days of the period included")
{
    SummaryFixture f;
    storage::OrganizationSummaryQuery query(*f.database);
    // Cohort A starts before the period but ends in it (January 13).
    CHECK(query.cohortsEndingBetween(QDate(2027, 1, 13), QDate(2027, 1, 13)).value() == QStringList{f.a.id});
    // Not yet ended on the 12th.
    CHECK(query.cohortsEndingBetween(QDate(2027, 1, 1), QDate(2027, 1, 12)).value().isEmpty());
    CHECK(query.cohortsEndingBetween(QDate(2027, 1, 14), QDate(2027, 2, 28)).value().isEmpty());
    // By the day they end.
    CHECK(query.cohortsEndingBetween(QDate(2026, 1, 1), QDate(2027, 12, 31)).value()
        == QStringList{f.a.id, f.b.id});
    const auto none = f.run(QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(none.cohorts == 0);
    CHECK(none.learners == 0);
    CHECK(none.rows.empty());
    CHECK(none.gains.empty());
}

TEST_CASE("Topic gains average each learner's topic means over submitted pre and post pairs only")
{
    SummaryFixture f;
    REQUIRE(f.windows.openWindow(f.a.id, AssessmentPhase::Pre, false, false, kFacilitator));
    REQUIRE(f.windows.openWindow(f.a.id, AssessmentPhase::Post, false, false, kFacilitator));
    f.answer(f.amina, AssessmentPhase::Pre, {{"listen-1", 2}, {"listen-2", 3}, {"strength-1", 1}});
    f.answer(f.amina, AssessmentPhase::Post, {{"listen-1", 4}, {"listen-2", 4}, {"strength-1", 3}});
    f.answer(f.ben, AssessmentPhase::Pre, {{"listen-1", 3}});
    f.answer(f.ben, AssessmentPhase::Post, {{"listen-1", 5}, {"listen-2", 4}, {"goal-1", 5}});
    // Chloé's post is not handed in: her ratings do not count.
    f.answer(f.chloe, AssessmentPhase::Pre, {{"listen-1", 1}, {"listen-2", 1}});
    f.answer(f.chloe, AssessmentPhase::Post, {{"listen-1", 5}, {"listen-2", 5}}, false);

    const auto figures = f.run(QDate(2027, 1, 1), QDate(2027, 1, 31));
    // By topic id; "goals" has no pre rating (Ben rated it in post only): no pair, no row.
    REQUIRE(figures.gains.size() == 2);
    CHECK(figures.gains[0].topicId == QStringLiteral("listening"));
    CHECK(figures.gains[0].n == 2);
    CHECK(figures.gains[0].meanPre == Approx((2.5 + 3.0) / 2)); // Amina 2.5, Ben 3
    CHECK(figures.gains[0].meanPost == Approx((4.0 + 4.5) / 2)); // Amina 4, Ben 4.5
    CHECK(figures.gains[1].topicId == QStringLiteral("strengths"));
    CHECK(figures.gains[1].n == 1);
    CHECK(figures.gains[1].meanPre == Approx(1.0));
    CHECK(figures.gains[1].meanPost == Approx(3.0));
}

TEST_CASE("The organization summary's statements give the same figures when run by plain SQLite")
{
    SummaryFixture f;
    const auto figures = f.run(QDate(2027, 1, 1), QDate(2027, 3, 31));
    const QStringList statements = storage::OrganizationSummaryQuery::statements();
    REQUIRE(statements.size() == 3);
    auto raw = rawConnection(f.database->path());
    SQLite::Statement totals(*raw, statements[0].toStdString());
    totals.bind(":from", "2027-01-01");
    totals.bind(":to", "2027-03-31");
    REQUIRE(totals.executeStep());
    CHECK(totals.getColumn(0).getInt() == figures.cohorts);
    CHECK(totals.getColumn(1).getInt() == figures.learners);
    CHECK(totals.getColumn(2).getInt() == figures.contactMinutes);
    SQLite::Statement deliveries(*raw, statements[1].toStdString());
    deliveries.bind(":from", "2027-01-01");
    deliveries.bind(":to", "2027-03-31");
    std::size_t rows = 0;
    while (deliveries.executeStep()) {
        REQUIRE(rows < figures.rows.size());
        CHECK(deliveries.getColumn(4).getInt() == figures.rows[rows].peopleTrained);
        CHECK(deliveries.getColumn(6).getInt() == figures.rows[rows].learnerContactMinutes);
        ++rows;
    }
    CHECK(rows == figures.rows.size());
}

TEST_CASE("A period that ends before it starts or has no date is refused with a message")
{
    SummaryFixture f;
    storage::OrganizationSummaryQuery query(*f.database);
    const auto backwards = query.run(QDate(2027, 2, 1), QDate(2027, 1, 1));
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().kind == ErrorKind::Invalid);
    CHECK(backwards.error().message.contains(QStringLiteral("2027-01-01")));
    CHECK(backwards.error().message.contains(QStringLiteral("2027-02-01")));
    const auto undated = query.cohortsEndingBetween(QDate(), QDate(2027, 1, 1));
    REQUIRE_FALSE(undated);
    CHECK(undated.error().kind == ErrorKind::Invalid);
}
