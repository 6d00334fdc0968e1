#include "pcs/analytics/AttendanceFigures.h"

#include <QHash>

#include <numeric>

namespace pcs::analytics {

namespace {

int deliveredMinutes(const Cohort& cohort)
{
    return std::accumulate(cohort.sessions.begin(), cohort.sessions.end(), 0,
        [](int sum, const CohortSession& session) { return sum + session.contactMinutes; });
}

void count(LearnerAttendance& learner, const AttendanceMark& mark, int sessionMinutes)
{
    learner.earnedMinutes += earnedContactMinutes(mark, sessionMinutes);
    switch (mark.status) {
    case AttendanceStatus::Present:
        ++learner.attended;
        break;
    case AttendanceStatus::Late:
        ++learner.attended;
        ++learner.late;
        break;
    case AttendanceStatus::LeftEarly:
        ++learner.attended;
        ++learner.leftEarly;
        break;
    case AttendanceStatus::Absent:
        ++learner.absent;
        break;
    case AttendanceStatus::Excused:
        ++learner.excused;
        break;
    }
}

} // namespace

std::vector<LearnerAttendance> attendanceByLearner(const Cohort& cohort, const QStringList& learnerIds,
    const std::vector<AttendanceMark>& marks, int programContactMinutes)
{
    // The mark that counts for each (session, learner): the last one given.
    QHash<QString, QHash<QString, const AttendanceMark*>> marksBySession;
    for (const auto& mark : marks)
        marksBySession[mark.sessionId][mark.personId] = &mark;

    const int delivered = deliveredMinutes(cohort);
    std::vector<LearnerAttendance> result;
    result.reserve(std::size_t(learnerIds.size()));
    for (const QString& personId : learnerIds) {
        LearnerAttendance learner;
        learner.personId = personId;
        for (const auto& session : cohort.sessions) {
            const auto sessionMarks = marksBySession.constFind(session.id);
            const AttendanceMark* mark
                = sessionMarks == marksBySession.cend() ? nullptr : sessionMarks->value(personId, nullptr);
            if (mark)
                count(learner, *mark, session.contactMinutes);
            else
                ++learner.unmarked;
        }
        learner.attendanceRate = delivered > 0 ? double(learner.earnedMinutes) / double(delivered) : 0.0;
        learner.eligible
            = meetsCompletion(learner.earnedMinutes, programContactMinutes, cohort.completionPercent);
        result.push_back(learner);
    }
    return result;
}

CohortAttendanceSummary summarizeAttendance(const Cohort& cohort, std::span<const LearnerAttendance> learners)
{
    CohortAttendanceSummary summary;
    summary.learners = int(learners.size());
    summary.sessions = int(cohort.sessions.size());
    summary.deliveredContactMinutes = deliveredMinutes(cohort);
    double rateSum = 0;
    for (const auto& learner : learners) {
        rateSum += learner.attendanceRate;
        if (learner.eligible)
            ++summary.eligible;
    }
    summary.meanAttendanceRate = learners.empty() ? 0.0 : rateSum / double(learners.size());
    return summary;
}

} // namespace pcs::analytics
