#pragma once

#include "FileContext.h"
#include "PackageIndex.h"

#include "pcs/domain/curriculum/Assessment.h"

#include <QJsonObject>

namespace pcs::curriculum {

// assessment.json: the competence and desire scales and the self-assessment items.
class AssessmentParser
{
public:
    static constexpr int kMinimumItemsPerTopic = 2;
    static AssessmentBank parse(FileContext& context, const QJsonObject& root, const PackageIndex& index);
};

} // namespace pcs::curriculum
