#pragma once

#include "pcs/domain/curriculum/LocalizedText.h"

#include <vector>

namespace pcs {

struct SawPlanField {
    QString id; // application, first-step, by-when, support-needed
    LocalizedText label;
    LocalizedText help;
    bool isDate = false;
    friend bool operator==(const SawPlanField&, const SawPlanField&) = default;
};

struct LabelledEntry {
    QString id;
    LocalizedText title;
    LocalizedText description; // may be empty
    friend bool operator==(const LabelledEntry&, const LabelledEntry&) = default;
};

struct CultureShiftRow {
    QString id;
    LocalizedText from;
    LocalizedText to;
    friend bool operator==(const CultureShiftRow&, const CultureShiftRow&) = default;
};

// Forms and lists that go with the curriculum: the SAW plan, follow-ups, the Local PCS Support
// Options, the culture-shift table and the KTA action cycle.
struct CurriculumTemplates {
    LocalizedText sawPlanTitle;
    LocalizedText sawPlanIntro;
    std::vector<SawPlanField> sawPlanFields;
    std::vector<int> followUpDays;
    std::vector<LabelledEntry> followUpStatuses;
    std::vector<LabelledEntry> supportOptions;
    std::vector<CultureShiftRow> cultureShift;
    std::vector<LabelledEntry> ktaPhases; // in cycle order
    friend bool operator==(const CurriculumTemplates&, const CurriculumTemplates&) = default;
};

} // namespace pcs
