#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace pcs {

// One competency of a learner's Skills Application in the Workplace plan: how they will apply it.
struct SawPlanEntry {
    QString id; // UUID; empty until stored
    QString topicId;
    QMap<QString, QString> fields; // SawPlanField id -> text (dates as ISO 8601, yyyy-MM-dd)
    QDateTime updatedAtUtc;
    friend bool operator==(const SawPlanEntry&, const SawPlanEntry&) = default;
};

// How far a learner has come with their SAW plan at a follow-up.
enum class FollowUpStatus { NotStarted, Started, Applied };
QString followUpStatusKey(FollowUpStatus status); // "not-started", "started", "applied"
std::optional<FollowUpStatus> followUpStatusFromKey(const QString& key);

// A check-in with a learner some days after the program (30, 60 and 90 in PCS).
struct FollowUp {
    QString id; // UUID; empty while only planned
    QString cohortId;
    QString personId;
    int dayOffset = 0; // days after the anchor date
    QDate dueDate;
    std::optional<FollowUpStatus> status; // empty until recorded
    QString reflection;
    QString nextStep;
    std::optional<QDateTime> recordedAtUtc; // empty until recorded
    QString recordedBy;

    bool isRecorded() const { return recordedAtUtc.has_value(); }
    friend bool operator==(const FollowUp&, const FollowUp&) = default;
};

// The planned (not yet recorded) follow-ups of one learner: one per day offset, due that many days
// after `from` (the learner's post-assessment submission date, else the cohort's last session
// date). Offsets are taken in increasing order, once each; offsets below 1 are left out. Nothing
// when `from` is not a valid date.
std::vector<FollowUp> planFollowUps(
    const QString& cohortId, const QString& personId, const QDate& from, const std::vector<int>& dayOffsets);

} // namespace pcs
