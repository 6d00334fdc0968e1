#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <vector>

namespace pcs {

struct Program;

enum class CohortStatus { Planned, Running, Completed };
QString cohortStatusKey(CohortStatus status); // "planned", "running", "completed"
CohortStatus cohortStatusFromKey(const QString& key);

// One meeting of a cohort: a workshop of the program on a date, at a place.
struct CohortSession {
    QString id; // UUID
    QString workshopId;
    int position = 0; // 1-based order in the cohort
    QDate date;
    QTime start;
    QTime end;
    QString place;
    QString notes; // facilitator notes
    int contactMinutes = 0; // the workshop's contact minutes (breaks excluded)
    friend bool operator==(const CohortSession&, const CohortSession&) = default;
};

// One delivery of a program.
struct Cohort {
    QString id; // UUID
    QString programId;
    qint64 curriculumVersionId = 0;
    QString title;
    QString location;
    QDate startDate;
    CohortStatus status = CohortStatus::Planned;
    int completionPercent = 80; // of the program's contact minutes, for certificate eligibility
    QStringList facilitatorIds;
    std::vector<CohortSession> sessions;
    friend bool operator==(const Cohort&, const Cohort&) = default;
};

// Sessions for a new cohort from the program's default workshop plan: one per workshop, on
// consecutive weekdays from `start` (weekends skipped), at each workshop's default start time.
std::vector<CohortSession> planSessions(const Program& program, const QDate& start, const QString& place);

} // namespace pcs
