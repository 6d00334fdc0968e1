#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/exchange/AssessmentCsv.h"

#include <vector>

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// The rows of `pcs-studio assessment export`: every self-assessment answer of a cohort.
class AssessmentExport
{
public:
    // One row per learner, phase and item with an answer: by learner name (last, first), pre before
    // post, then in the self-assessment's topic and item order of the cohort's curriculum version.
    // Learners no longer on the roster whose answers are kept come after the others.
    static Result<std::vector<exchange::AssessmentCsvRow>> rows(
        storage::Database& database, const Cohort& cohort);
};

} // namespace pcs::services
