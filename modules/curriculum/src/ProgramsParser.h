#pragma once

#include "FileContext.h"
#include "PackageIndex.h"

#include "pcs/domain/curriculum/Program.h"

#include <QJsonObject>

#include <vector>

namespace pcs::curriculum {

// programs.json: programs, objectives, workshops and agenda blocks, with the minutes and coverage rules.
class ProgramsParser
{
public:
    // Also records each program's topics in `index` for the assessment items.
    static std::vector<Program> parse(FileContext& context, const QJsonObject& root, PackageIndex& index);
};

} // namespace pcs::curriculum
