#pragma once

#include "pcs/domain/curriculum/Assessment.h"
#include "pcs/domain/curriculum/LocalizedText.h"
#include "pcs/domain/curriculum/MicroCoachingTool.h"
#include "pcs/domain/curriculum/Program.h"
#include "pcs/domain/curriculum/Templates.h"
#include "pcs/domain/curriculum/Topic.h"

#include <QDate>

#include <vector>

namespace pcs {

// A whole curriculum package, as read from curricula/<id>/ and as stored per imported version.
struct CurriculumPackage {
    int format = 1;
    QString id;
    int version = 0;
    QDate released;
    LocalizedText title;
    LocalizedText description;
    std::vector<Program> programs; // in display order
    std::vector<Topic> topics;
    std::vector<MicroCoachingTool> tools; // by number
    AssessmentBank assessment;
    CurriculumTemplates templates;

    const Program* program(const QString& programId) const;
    const Topic* topic(const QString& topicId) const;
    const MicroCoachingTool* tool(const QString& toolId) const;
    friend bool operator==(const CurriculumPackage&, const CurriculumPackage&) = default;
};

} // namespace pcs
