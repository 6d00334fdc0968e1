#pragma once

#include "FileContext.h"
#include "PackageIndex.h"

#include "pcs/domain/curriculum/Topic.h"

#include <QJsonObject>

#include <vector>

namespace pcs::curriculum {

// topics.json: the competencies that items rate and blocks cover.
class TopicsParser
{
public:
    // Also records the topic ids in `index`.
    static std::vector<Topic> parse(FileContext& context, const QJsonObject& root, PackageIndex& index);
};

} // namespace pcs::curriculum
