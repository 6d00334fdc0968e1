#pragma once

#include "pcs/domain/curriculum/LocalizedText.h"

#include <vector>

namespace pcs {

// A job aid: the competency in brief, when to use it, prompting questions, and the full text in
// Markdown for the screen, the projector and print.
struct MicroCoachingTool {
    QString id;
    int number = 0;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText whenToUse;
    std::vector<LocalizedText> prompts;
    LocalizedText jobAidMarkdown; // the Markdown itself, read from the package
    friend bool operator==(const MicroCoachingTool&, const MicroCoachingTool&) = default;
};

} // namespace pcs
