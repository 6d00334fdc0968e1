#include "TestSupport.h"

#include "pcs/analytics/AttendanceFigures.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace pcs;
using namespace pcs::analytics;

namespace {

// Three sessions of 120, 120 and 60 contact minutes: 300 delivered; the program also has 300.
Cohort threeSessionCohort()
{
    Cohort cohort;
    cohort.id = QStringLiteral("cohort-1");
    cohort.completionPercent = 80; // 240 of 300 minutes
    for (int i = 1; i <= 3; ++i) {
        CohortSession session;
        session.id = QStringLiteral("s%1").arg(i);
        session.position = i;
        session.contactMinutes = i == 3 ? 60 : 120;
        cohort.sessions.push_back(session);
    }
    return cohort;
}

AttendanceMark mark(const char* session, const char* person, AttendanceStatus status, int missed = 0)
{
    return AttendanceMark{QString::fromLatin1(session), QString::fromLatin1(person), status, missed};
}

} // namespace

TEST_CASE("Attendance of three learners over three sessions, worked by hand")
{
    // ana:  s1 present 120, s2 late by 60 -> 60, s3 present 60: 240 = exactly 80 %: eligible.
    // ben:  s1 present 120, s2 absent 0, s3 left 15 minutes early -> 45: 165 = 55 %: not eligible.
    // cleo: s1 excused 0, s2 marked absent then corrected to present 120, s3 unmarked: 120 = 40 %.
    // Marks for a session of another cohort and for someone not on the roster do not count.
    const Cohort cohort = threeSessionCohort();
    const QStringList learners{QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cleo")};
    const std::vector<AttendanceMark> marks{
        mark("s1", "ana", AttendanceStatus::Present),
        mark("s2", "ana", AttendanceStatus::Late, 60),
        mark("s3", "ana", AttendanceStatus::Present),
        mark("s1", "ben", AttendanceStatus::Present),
        mark("s2", "ben", AttendanceStatus::Absent),
        mark("s3", "ben", AttendanceStatus::LeftEarly, 15),
        mark("s1", "cleo", AttendanceStatus::Excused),
        mark("s2", "cleo", AttendanceStatus::Absent),
        mark("s2", "cleo", AttendanceStatus::Present),
        mark("other-cohort-session", "cleo", AttendanceStatus::Present),
        mark("s3", "visitor", AttendanceStatus::Present),
    };
    const auto rows = attendanceByLearner(cohort, learners, marks, 300);
    REQUIRE(rows.size() == 3);

    const LearnerAttendance& ana = rows[0];
    CHECK(ana.personId == QStringLiteral("ana"));
    CHECK(ana.earnedMinutes == 240);
    CHECK(ana.attended == 3);
    CHECK(ana.late == 1);
    CHECK(ana.leftEarly == 0);
    CHECK(ana.absent == 0);
    CHECK(ana.excused == 0);
    CHECK(ana.unmarked == 0);
    CHECK(ana.attendanceRate == Approx(0.8));
    CHECK(ana.eligible);

    const LearnerAttendance& ben = rows[1];
    CHECK(ben.earnedMinutes == 165);
    CHECK(ben.attended == 2);
    CHECK(ben.leftEarly == 1);
    CHECK(ben.absent == 1);
    CHECK(ben.attendanceRate == Approx(0.55));
    CHECK_FALSE(ben.eligible);

    const LearnerAttendance& cleo = rows[2];
    CHECK(cleo.earnedMinutes == 120);
    CHECK(cleo.attended == 1);
    CHECK(cleo.excused == 1);
    CHECK(cleo.absent == 0); // the absence was corrected
    CHECK(cleo.unmarked == 1);
    CHECK(cleo.attendanceRate == Approx(0.4));
    CHECK_FALSE(cleo.eligible);

    // Summary: 1 of 3 eligible, mean rate (0.8 + 0.55 + 0.4) / 3 = 0.58333, 300 minutes delivered.
    const CohortAttendanceSummary summary = summarizeAttendance(cohort, rows);
    CHECK(summary.learners == 3);
    CHECK(summary.eligible == 1);
    CHECK(summary.meanAttendanceRate == Approx(1.75 / 3.0));
    CHECK(summary.sessions == 3);
    CHECK(summary.deliveredContactMinutes == 300);
}

TEST_CASE("Eligibility follows the cohort's completion percent and the program's minutes")
{
    const QStringList learners{QStringLiteral("ben")};
    const std::vector<AttendanceMark> marks{
        mark("s1", "ben", AttendanceStatus::Present),
        mark("s2", "ben", AttendanceStatus::Absent),
        mark("s3", "ben", AttendanceStatus::LeftEarly, 15),
    };
    Cohort cohort = threeSessionCohort();
    cohort.completionPercent = 55; // 165 of 300: exactly enough
    CHECK(attendanceByLearner(cohort, learners, marks, 300)[0].eligible);
    // Against a longer program (400 minutes, 55 % = 220) the same 165 minutes fall short.
    CHECK_FALSE(attendanceByLearner(cohort, learners, marks, 400)[0].eligible);
}

TEST_CASE("A cohort with no sessions or no learners gives zero figures")
{
    Cohort empty;
    const auto rows = attendanceByLearner(empty, {QStringLiteral("ana")}, {}, 300);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].earnedMinutes == 0);
    CHECK(rows[0].attendanceRate == 0.0);
    CHECK_FALSE(rows[0].eligible);
    const CohortAttendanceSummary summary = summarizeAttendance(threeSessionCohort(), {});
    CHECK(summary.learners == 0);
    CHECK(summary.meanAttendanceRate == 0.0);
    CHECK(summary.deliveredContactMinutes == 300);
}
