#include "LearnerSituation.h"

#include "AssessmentRows.h"
#include "pcs/storage/AssessmentStore.h"

#include <SQLiteCpp/Statement.h>

namespace pcs::storage {

LearnerSituation situation(
    SQLite::Database& db, const QString& cohortId, const QString& personId, AssessmentPhase phase)
{
    SQLite::Statement query(db,
        "SELECT EXISTS (SELECT 1 FROM cohorts WHERE id = ?1), "
        "EXISTS (SELECT 1 FROM cohort_learners WHERE cohort_id = ?1 AND person_id = ?2), "
        "(SELECT collect_then FROM assessment_windows WHERE cohort_id = ?1 AND phase = ?3 "
        " AND closed_at IS NULL), "
        "EXISTS (SELECT 1 FROM assessment_progress WHERE cohort_id = ?1 AND person_id = ?2 AND phase = ?3 "
        " AND state = 'submitted')");
    query.bind(1, sqlText(cohortId));
    query.bind(2, sqlText(personId));
    query.bind(3, sqlText(phaseKey(phase)));
    query.executeStep();
    LearnerSituation found;
    found.cohortExists = query.getColumn(0).getInt() != 0;
    found.onRoster = query.getColumn(1).getInt() != 0;
    if (!query.getColumn(2).isNull())
        found.windowCollectsThen = query.getColumn(2).getInt() != 0;
    found.submitted = query.getColumn(3).getInt() != 0;
    return found;
}

Error noSuchCohort()
{
    return {ErrorKind::NotFound, AssessmentStore::tr("There is no such cohort.")};
}

Error notOnRoster()
{
    return {ErrorKind::NotFound, AssessmentStore::tr("This learner is not on the roster of this cohort.")};
}

std::optional<Error> refusalFor(const LearnerSituation& situation)
{
    if (!situation.cohortExists)
        return noSuchCohort();
    if (!situation.onRoster)
        return notOnRoster();
    if (!situation.windowCollectsThen)
        return Error{ErrorKind::Invalid,
            AssessmentStore::tr("The self-assessment is closed. Ask your facilitator to open it.")};
    if (situation.submitted)
        return Error{ErrorKind::Invalid,
            AssessmentStore::tr("This self-assessment has been submitted. Ask your facilitator to reopen it "
                                "to make changes.")};
    return std::nullopt;
}

} // namespace pcs::storage
