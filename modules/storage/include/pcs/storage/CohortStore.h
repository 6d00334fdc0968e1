#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace pcs::storage {

class Database;

struct CohortSummary {
    QString id;
    QString programId;
    QString title;
    QDate startDate;
    CohortStatus status = CohortStatus::Planned;
    int learners = 0;
    int sessions = 0;
};

// What a roster import did, or would do with dryRun.
struct RosterImportOutcome {
    int added = 0; // new to the roster (new people or people already known)
    int alreadyOnRoster = 0; // the same person is on the roster already: skipped, not an error
    int newPeople = 0; // people created
};

// Which learner in which session: the key of an attendance mark.
struct AttendanceKey {
    QString sessionId;
    QString personId;
    friend bool operator==(const AttendanceKey&, const AttendanceKey&) = default;
};

// Cohorts: their sessions, facilitators, roster and attendance.
class CohortStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::CohortStore)

public:
    explicit CohortStore(Database& database);

    // Creates the cohort and its sessions in one transaction; assigns ids where missing.
    Result<Cohort> create(Cohort cohort);
    Result<std::optional<Cohort>> byId(const QString& id) const;
    Result<std::vector<CohortSummary>> list() const;
    Result<void> setStatus(const QString& cohortId, CohortStatus status);
    // Title, location, status, completion rule and facilitators (in order); sessions stay as they are.
    Result<void> updateDetails(const Cohort& cohort);
    // Date, times, place, notes and the session's own agenda (with its contact minutes).
    Result<void> updateSession(const QString& cohortId, const CohortSession& session);

    Result<std::vector<Person>> roster(const QString& cohortId) const;
    // Adds a known person; refuses one already on the roster (or a namesake with the same email).
    // `marks`, when given, are recorded in the same transaction (undoing a removal restores them).
    Result<void> addLearner(
        const QString& cohortId, const QString& personId, const std::vector<AttendanceMark>& marks = {});
    Result<void> removeLearner(
        const QString& cohortId, const QString& personId, const QString& actor = QStringLiteral("desktop"));
    // Several at once, with their attendance in this cohort, in one transaction (all or none);
    // each removal is audited ("roster.learner-removed") with `actor` in the same transaction.
    Result<void> removeLearners(const QString& cohortId, const QStringList& personIds,
        const QString& actor = QStringLiteral("desktop"));
    // Adds the rows to the roster in one transaction: people already on it are skipped, people
    // already known elsewhere are reused, others are created. dryRun writes nothing.
    // `organizations`, when given, holds each row's organization name (found or created in the
    // same transaction).
    Result<RosterImportOutcome> importRoster(const QString& cohortId, const std::vector<Person>& rows,
        bool dryRun, const QStringList& organizations = {});
    // Many known people at once, for generated data: one transaction, ids only.
    Result<void> addLearners(const QString& cohortId, const QStringList& personIds);

    Result<void> setAttendance(const AttendanceMark& mark);
    // Many marks in one transaction (all or none).
    Result<void> setAttendance(const std::vector<AttendanceMark>& marks);
    Result<void> clearAttendance(const QString& sessionId, const QString& personId);
    // Records `marks` and clears what was recorded for `cleared`, all in one transaction.
    Result<void> changeAttendance(
        const std::vector<AttendanceMark>& marks, const std::vector<AttendanceKey>& cleared);
    Result<std::vector<AttendanceMark>> attendance(const QString& cohortId) const;

private:
    Database& m_database;
};

} // namespace pcs::storage
