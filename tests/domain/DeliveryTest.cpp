#include "TestSupport.h"

#include "pcs/domain/curriculum/Program.h"
#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"
#include "pcs/domain/delivery/PersonMatch.h"

#include <catch2/catch.hpp>

using namespace pcs;

namespace {

// PCS for Service Users as the seed describes it: ten half-days, 9:30 to 11:45 with a 15-minute break.
Program serviceUsers()
{
    Program program;
    program.id = QStringLiteral("service-users");
    for (int i = 1; i <= 10; ++i) {
        Workshop w;
        w.id = QStringLiteral("su-%1").arg(i);
        w.kind = WorkshopKind::HalfDay;
        w.defaultStart = QTime(9, 30);
        w.blocks = {{QStringLiteral("a%1").arg(i), {}, 60, false, {}, {}, {}},
            {QStringLiteral("b%1").arg(i), {}, 15, true, {}, {}, {}},
            {QStringLiteral("c%1").arg(i), {}, 60, false, {}, {}, {}}};
        program.workshops.push_back(w);
    }
    return program;
}

} // namespace

TEST_CASE("A Service Users cohort gets ten half-days on weekdays, 9:30 to 11:45, 120 contact minutes each")
{
    const auto sessions
        = planSessions(serviceUsers(), QDate(2027, 1, 7), QStringLiteral("Sudbury, room 2")); // a Thursday
    REQUIRE(sessions.size() == 10);
    CHECK(sessions[0].date == QDate(2027, 1, 7));
    CHECK(sessions[1].date == QDate(2027, 1, 8));
    CHECK(sessions[2].date == QDate(2027, 1, 11)); // the weekend is skipped
    CHECK(sessions[9].date == QDate(2027, 1, 20));
    for (const auto& session : sessions) {
        CHECK(session.start == QTime(9, 30));
        CHECK(session.end == QTime(11, 45));
        CHECK(session.contactMinutes == 120);
        CHECK(session.place == QStringLiteral("Sudbury, room 2"));
        CHECK(session.date.dayOfWeek() <= 5);
    }
    CHECK(sessions[0].id != sessions[1].id);
}

TEST_CASE("Contact minutes earned and completion, worked by hand")
{
    // A learner in the Service Users program (1,200 contact minutes; 80 % = 960):
    // 7 sessions present (840), 1 late by 20 minutes (100), 1 left early 45 minutes before the
    // end (75), 1 absent (0): 1,015 minutes, 84.6 %: complete.
    const int session = 120;
    int earned = 0;
    for (int i = 0; i < 7; ++i)
        earned += earnedContactMinutes({{}, {}, AttendanceStatus::Present, 0}, session);
    earned += earnedContactMinutes({{}, {}, AttendanceStatus::Late, 20}, session);
    earned += earnedContactMinutes({{}, {}, AttendanceStatus::LeftEarly, 45}, session);
    earned += earnedContactMinutes({{}, {}, AttendanceStatus::Absent, 0}, session);
    CHECK(earned == 1015);
    CHECK(meetsCompletion(earned, 1200, 80));

    // Two absences and one excused session instead: 7 x 120 = 840 minutes, 70 %: not complete.
    CHECK_FALSE(meetsCompletion(840, 1200, 80));
    // Exactly 80 % counts.
    CHECK(meetsCompletion(960, 1200, 80));
    CHECK_FALSE(meetsCompletion(959, 1200, 80));
    // Missing more minutes than the session has earns nothing, never less.
    CHECK(earnedContactMinutes({{}, {}, AttendanceStatus::Late, 500}, session) == 0);
    CHECK(earnedContactMinutes({{}, {}, AttendanceStatus::Excused, 0}, session) == 0);
}

TEST_CASE("The same person is recognised across case, accents and email")
{
    Person a{QString(), QStringLiteral("Hélène"), QStringLiteral("Tremblay"),
        QStringLiteral("HTremblay@Example.ca")};
    Person b{QString(), QStringLiteral("helene"), QStringLiteral("TREMBLAY"),
        QStringLiteral("htremblay@example.ca")};
    CHECK(samePerson(a, b));
    b.email.clear();
    CHECK(samePerson(a, b)); // no email to tell them apart
    b.email = QStringLiteral("other@example.ca");
    CHECK_FALSE(samePerson(a, b)); // namesakes with different emails
    CHECK(foldForComparison(QStringLiteral("  Élise   Côté ")) == QStringLiteral("elise cote"));
    CHECK(a.displayName() == QStringLiteral("Hélène Tremblay"));
}

TEST_CASE("Match keys say samePerson exactly for every pair of tricky names and emails")
{
    // Decomposed accents, inner and outer spaces, ß, dotted and dotless i, final sigma, Deseret
    // (folded beyond the BMP), the Kelvin sign and long s, an unpaired surrogate, nothing at all.
    const QStringList names{QStringLiteral("Hélène"), QStringLiteral("helene"), QStringLiteral("HELENE"),
        QString::fromUtf16(u"He\u0301le\u0300ne"), QStringLiteral(" Hélène  Marie "),
        QStringLiteral("hélène marie"), QStringLiteral("Straße"), QStringLiteral("STRASSE"),
        QStringLiteral("İlker"), QStringLiteral("ilker"), QStringLiteral("ılker"), QStringLiteral("ΣΟΦΙΑ"),
        QStringLiteral("σοφια"), QString::fromUtf16(u"\U00010400"), QString::fromUtf16(u"\U00010428"),
        QString(), QString::fromUtf16(u"\u0301")};
    const QStringList emails{QString(), QStringLiteral("   "), QStringLiteral("A@x.ca"),
        QStringLiteral("a@x.ca"), QStringLiteral(" a@X.CA "), QStringLiteral("ß@x.ca"),
        QStringLiteral("SS@x.ca"), QStringLiteral("ss@x.ca"), QString::fromUtf16(u"\U00010400@x.ca"),
        QString::fromUtf16(u"\U00010428@x.ca"), QString::fromUtf16(u"\u212A@x.ca"), QStringLiteral("k@x.ca"),
        QString::fromUtf16(u"\u017F@x.ca"), QStringLiteral("s@x.ca"),
        QString(QChar(0xD801)) + QStringLiteral("@x.ca"), QString(QChar(0xDC28)) + QStringLiteral("@x.ca"),
        QStringLiteral("ΣΑ@x.ca"), QStringLiteral("σα@x.ca"), QStringLiteral("ςα@x.ca")};
    std::vector<Person> people;
    for (const QString& first : names)
        for (const QString& email : emails)
            people.push_back(Person{QString(), first, QStringLiteral("Roy"), email});
    for (const QString& last : names)
        people.push_back(Person{QString(), QStringLiteral("Ada"), last, QStringLiteral("ada@x.ca")});
    int same = 0;
    int mismatches = 0;
    for (const Person& a : people) {
        const PersonMatchKey keyA = personMatchKey(a);
        for (const Person& b : people) {
            const bool expected = samePerson(a, b);
            same += expected;
            if (matches(keyA, personMatchKey(b)) != expected) {
                ++mismatches;
                FAIL_CHECK("“" << a.firstName.toStdString() << " " << a.lastName.toStdString() << " <"
                               << a.email.toStdString() << ">” vs “" << b.firstName.toStdString() << " "
                               << b.lastName.toStdString() << " <" << b.email.toStdString() << ">”");
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(same > int(people.size())); // more than each with itself: the cases do meet
    // Equal keys are what a hash looks up: the same email in other case gives the same key.
    CHECK(personMatchKey(people[2]).email == personMatchKey(people[3]).email);
}

TEST_CASE("Status keys round-trip")
{
    for (auto status : {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::LeftEarly,
             AttendanceStatus::Absent, AttendanceStatus::Excused})
        CHECK(attendanceStatusFromKey(attendanceStatusKey(status)) == status);
    for (auto status : {CohortStatus::Planned, CohortStatus::Running, CohortStatus::Completed})
        CHECK(cohortStatusFromKey(cohortStatusKey(status)) == status);
    CHECK(organizationKindFromKey(organizationKindKey(OrganizationKind::Odsp)) == OrganizationKind::Odsp);
}
