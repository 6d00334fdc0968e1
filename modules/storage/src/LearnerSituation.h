#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/assessment/AssessmentWindow.h"

#include <QString>

#include <SQLiteCpp/Database.h>

#include <optional>

namespace pcs::storage {

// Where a learner stands, read inside the write transaction that acts on it. Shared by the two
// halves of AssessmentStore (AssessmentStore.cpp, AssessmentStoreAnswers.cpp).
struct LearnerSituation {
    bool cohortExists = false;
    bool onRoster = false;
    std::optional<bool> windowCollectsThen; // set while a window is open
    bool submitted = false;
};

LearnerSituation situation(
    SQLite::Database& db, const QString& cohortId, const QString& personId, AssessmentPhase phase);

Error noSuchCohort();
Error notOnRoster();

// Why a learner may not write to the assessment now, if they may not.
std::optional<Error> refusalFor(const LearnerSituation& situation);

} // namespace pcs::storage
