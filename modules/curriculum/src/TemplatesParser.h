#pragma once

#include "FileContext.h"

#include "pcs/domain/curriculum/Templates.h"

#include <QJsonObject>

namespace pcs::curriculum {

// templates.json: the SAW plan form, follow-ups, support options, culture shift table and KTA phases.
class TemplatesParser
{
public:
    static CurriculumTemplates parse(FileContext& context, const QJsonObject& root);
};

} // namespace pcs::curriculum
