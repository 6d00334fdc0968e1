#pragma once

#include <QString>

#include <vector>

namespace pcs {

enum class AttendanceStatus { Present, Late, LeftEarly, Absent, Excused };
QString attendanceStatusKey(AttendanceStatus status); // "present", "late", "left-early", ...
AttendanceStatus attendanceStatusFromKey(const QString& key);

struct AttendanceMark {
    QString sessionId;
    QString personId;
    AttendanceStatus status = AttendanceStatus::Present;
    int minutesMissed = 0; // for Late and LeftEarly
    friend bool operator==(const AttendanceMark&, const AttendanceMark&) = default;
};

// Contact minutes a learner earned in a session of `sessionContactMinutes`: all when present,
// less the minutes missed when late or leaving early (never below zero), none when absent or
// excused. Breaks are already excluded from `sessionContactMinutes`.
int earnedContactMinutes(const AttendanceMark& mark, int sessionContactMinutes);

// Completion: earned contact minutes reach `percent` % of the program's contact minutes.
bool meetsCompletion(int earnedMinutes, int programContactMinutes, int percent);

} // namespace pcs
