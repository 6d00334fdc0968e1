#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/assessment/AssessmentWindow.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace pcs::storage {

class Database;

// The windows a facilitator opens for a cohort's pre or post self-assessment. Learners can answer
// only while one is open (the schema enforces it, see AssessmentStore); at most one is open per
// cohort and phase, and a closed window stays closed - to collect again, open a new one.
class AssessmentWindowStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::AssessmentWindowStore)

public:
    explicit AssessmentWindowStore(Database& database);

    // Opens a window for the cohort and phase. Refuses an unknown cohort (NotFound), a second open
    // window for the same cohort and phase, and then-ratings outside the post assessment (Invalid).
    // Audits "kiosk.window-opened".
    Result<AssessmentWindow> openWindow(const QString& cohortId, AssessmentPhase phase, bool usesPins,
        bool collectThen, const QString& actor);
    // Closes an open window for good. Audits "kiosk.window-closed".
    Result<void> closeWindow(const QString& windowId, const QString& actor);
    Result<std::optional<AssessmentWindow>> openWindowFor(
        const QString& cohortId, AssessmentPhase phase) const;
    // Every window of the cohort, newest first.
    Result<std::vector<AssessmentWindow>> windows(const QString& cohortId) const;

private:
    Database& m_database;
};

} // namespace pcs::storage
