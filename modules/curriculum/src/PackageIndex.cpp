#include "PackageIndex.h"

namespace pcs::curriculum {

bool PackageIndex::checkTool(FileContext& context, const QString& toolId, const QString& path) const
{
    if (!toolIds || toolIds->contains(toolId))
        return true;
    context.report(path, PackageLoader::tr("\"%1\" is not defined in %2").arg(toolId, toolsFile));
    return false;
}

bool PackageIndex::checkTopic(FileContext& context, const QString& topicId, const QString& path) const
{
    if (!topicIds || topicIds->contains(topicId))
        return true;
    context.report(path, PackageLoader::tr("\"%1\" is not defined in %2").arg(topicId, topicsFile));
    return false;
}

bool PackageIndex::checkProgram(FileContext& context, const QString& programId, const QString& path) const
{
    if (!programTopics || programTopics->contains(programId))
        return true;
    context.report(path, PackageLoader::tr("\"%1\" is not defined in %2").arg(programId, programsFile));
    return false;
}

} // namespace pcs::curriculum
