#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/delivery/Cohort.h"

#include <QCoreApplication>

#include <vector>

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// One page of the self-assessment: a topic and its items, in the program's order.
struct KioskTopic {
    Topic topic; // id and title; a topic missing from the package keeps its id as the title
    std::vector<AssessmentItem> items;
};

// What the kiosk asks, read once when it starts: the cohort, its curriculum version, the program's
// items grouped by topic (AssessmentBank::itemsFor in the program's topic order) and the scales.
// Whether the window is open, and how (PINs, then-ratings), is read again for every learner.
struct KioskContent {
    Q_DECLARE_TR_FUNCTIONS(pcs::gui::KioskContent)

public:
    Cohort cohort;
    AssessmentPhase phase = AssessmentPhase::Pre;
    CurriculumPackage package;
    std::vector<AssessmentItem> items; // every item, in order
    std::vector<KioskTopic> topics; // the pages

    int itemCount() const { return int(items.size()); }
    // The tools serving `topicId`, by title in `language`, in the topic's order.
    QStringList toolTitles(const QString& topicId, const QString& language) const;

    static Result<KioskContent> load(
        storage::Database& database, const QString& cohortId, AssessmentPhase phase);
};

} // namespace pcs::gui
