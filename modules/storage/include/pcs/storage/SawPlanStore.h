#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/assessment/SawPlan.h"
#include "pcs/domain/delivery/Person.h"

#include <QCoreApplication>

#include <vector>

namespace pcs::storage {

class Database;

// A follow-up not yet recorded, with what a "what is due" list shows beside it.
struct DueFollowUp {
    FollowUp followUp;
    Person person;
    QString cohortTitle;
};

// SAW (Skills Application in the Workplace) plans and their follow-ups.
//
// Follow-ups are planned, not stored: each learner of a roster has one per follow-up day (the
// curriculum's followUpDays, passed in), due that many days after the anchor date - the date the
// learner submitted the post self-assessment (local time), else the cohort's last session, else its
// start date (planFollowUps). So the due dates follow the anchor until a follow-up is recorded; a
// recorded one is stored with its due date, status, reflection and next step. Reading never writes,
// and works on a database opened read-only.
class SawPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::SawPlanStore)

public:
    static constexpr int kMaximumTextLength = 4000; // per field, characters (UTF-16 units)

    explicit SawPlanStore(Database& database, std::vector<int> followUpDays = {30, 60, 90});

    // The learner's plan, in the order the entries were first saved.
    Result<std::vector<SawPlanEntry>> sawPlan(const QString& cohortId, const QString& personId) const;
    // Adds the entry (a new id when it has none) or replaces the stored entry with its id; returns it
    // as stored. Refuses a learner not on the roster, an empty topic, a second entry for the same
    // topic, an id of another learner's entry and a field longer than kMaximumTextLength. Field
    // text is stored verbatim.
    Result<SawPlanEntry> saveSawPlanEntry(
        const QString& cohortId, const QString& personId, SawPlanEntry entry);
    Result<void> removeSawPlanEntry(const QString& cohortId, const QString& personId, const QString& entryId);

    // The learner's follow-ups by day offset: the recorded ones as stored, the others as planned
    // (no id, no status). NotFound when the learner is not on the roster.
    Result<std::vector<FollowUp>> followUps(const QString& cohortId, const QString& personId) const;
    // Records (or records again) the follow-up of `followUp.dayOffset` days for its learner: status
    // (required), reflection and next step. A first record keeps the planned due date; recording
    // again keeps the id and due date. Audits "saw.follow-up-recorded" (never the reflection).
    Result<FollowUp> recordFollowUp(const FollowUp& followUp, const QString& actor);
    // Across all cohorts, the follow-ups not recorded yet that are due on or before `until` (and on
    // or after `since`, when valid), by due date, cohort title and learner name.
    Result<std::vector<DueFollowUp>> dueFollowUps(const QDate& until, const QDate& since = {}) const;

private:
    Database& m_database;
    std::vector<int> m_followUpDays;
};

} // namespace pcs::storage
