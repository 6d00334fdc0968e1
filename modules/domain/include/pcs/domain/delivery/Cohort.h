#pragma once

#include "pcs/domain/curriculum/Program.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <vector>

namespace pcs {

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
    int contactMinutes = 0; // the agenda's contact minutes (breaks excluded)
    // The session's own agenda when the facilitator changed it; empty: the workshop's blocks.
    std::vector<AgendaBlock> agenda;
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
// The blocks the session runs: its own agenda when it has one, else the workshop's.
const std::vector<AgendaBlock>& sessionBlocks(const CohortSession& session, const Workshop& workshop);
// The workshop as this session runs it (its blocks replaced by the session's agenda), for a run-sheet.
Workshop sessionWorkshop(const CohortSession& session, const Workshop& workshop);
// Gives the session its own agenda (empty: back to the workshop's blocks) and recomputes its end
// time (start + every block, breaks included) and contact minutes (breaks excluded).
void setSessionAgenda(CohortSession& session, const Workshop& workshop, std::vector<AgendaBlock> agenda);

std::vector<CohortSession> planSessions(const Program& program, const QDate& start, const QString& place);

} // namespace pcs
