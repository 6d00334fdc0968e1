#pragma once

#include "pcs/domain/curriculum/MicroCoachingTool.h"

#include <QString>

namespace pcs::gui {

// Type-as-you-search over the tools: every word of the query must appear in the tool's title,
// summary or prompting questions (in one language), ignoring case and accents ("reunion" finds
// "réunion") and the kind of apostrophe.
class ToolSearch
{
public:
    // Lower case, without accents, with straight apostrophes.
    static QString fold(const QString& text);
    static bool matches(const MicroCoachingTool& tool, const QString& language, const QString& query);
};

} // namespace pcs::gui
