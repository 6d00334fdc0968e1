#pragma once

#include "FileContext.h"
#include "PackageIndex.h"

#include "pcs/domain/curriculum/MicroCoachingTool.h"

#include <QJsonObject>

#include <vector>

namespace pcs::curriculum {

// tools.json and the job-aid Markdown files it names.
class ToolsParser
{
public:
    static constexpr int kMinimumPrompts = 6;
    // Reads the job aids from `directory`; records the tool ids in `index`. Problems with a job aid's
    // text are reported under the job aid's own file name in `problems`.
    static std::vector<MicroCoachingTool> parse(FileContext& context, const QJsonObject& root,
        const QString& directory, PackageIndex& index, std::vector<Problem>& problems);
};

} // namespace pcs::curriculum
