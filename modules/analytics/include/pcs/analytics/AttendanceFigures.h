#pragma once

#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"

#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace pcs::analytics {

// One learner's attendance over the sessions of a cohort.
struct LearnerAttendance {
    QString personId;
    int earnedMinutes = 0; // pcs::earnedContactMinutes summed over the cohort's sessions
    int attended = 0; // sessions marked present, late or left early
    int late = 0; // of `attended`, sessions marked late
    int leftEarly = 0; // of `attended`, sessions marked left early
    int absent = 0;
    int excused = 0;
    int unmarked = 0; // sessions with no mark for this learner (they earn nothing)
    // earnedMinutes / the contact minutes of all the cohort's sessions; 0 when those are 0.
    double attendanceRate = 0;
    // pcs::meetsCompletion(earnedMinutes, program contact minutes, cohort.completionPercent).
    bool eligible = false;
};

// One entry per id of `learnerIds`, in that order. A mark counts when its session is one of the
// cohort's sessions and its person one of `learnerIds`; other marks are not the cohort's and are
// left out. When a learner has several marks for one session, the last one counts (a correction).
std::vector<LearnerAttendance> attendanceByLearner(const Cohort& cohort, const QStringList& learnerIds,
    const std::vector<AttendanceMark>& marks, int programContactMinutes);

struct CohortAttendanceSummary {
    int learners = 0;
    int eligible = 0; // learners meeting the completion threshold
    double meanAttendanceRate = 0; // mean of the learners' attendanceRate; 0 without learners
    int sessions = 0;
    int deliveredContactMinutes = 0; // sum of the sessions' contactMinutes
};

CohortAttendanceSummary summarizeAttendance(
    const Cohort& cohort, std::span<const LearnerAttendance> learners);

} // namespace pcs::analytics
