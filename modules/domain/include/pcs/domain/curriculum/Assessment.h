#pragma once

#include "pcs/domain/curriculum/LocalizedText.h"

#include <optional>
#include <vector>

namespace pcs {

struct ScaleAnchor {
    int value = 0;
    LocalizedText label;
    LocalizedText description;
    friend bool operator==(const ScaleAnchor&, const ScaleAnchor&) = default;
};

// A rating scale: competence (1-5) or desire for further development (1-4) in PCS.
struct RatingScale {
    int min = 1;
    int max = 5;
    LocalizedText title;
    std::vector<ScaleAnchor> anchors; // one per value, min to max
    const ScaleAnchor* anchor(int value) const;
    friend bool operator==(const RatingScale&, const RatingScale&) = default;
};

// An "I can ..." statement a learner rates before and after a program.
struct AssessmentItem {
    QString id;
    QString program;
    QString topic;
    LocalizedText text;
    friend bool operator==(const AssessmentItem&, const AssessmentItem&) = default;
};

struct AssessmentBank {
    RatingScale competence;
    RatingScale desire;
    std::vector<AssessmentItem> items;
    // The items of one program, in the program's topic order, then file order.
    std::vector<AssessmentItem> itemsFor(const QString& programId, const QStringList& topicOrder) const;
    friend bool operator==(const AssessmentBank&, const AssessmentBank&) = default;
};

} // namespace pcs
