#include "KioskContent.h"

#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"

namespace pcs::gui {

QStringList KioskContent::toolTitles(const QString& topicId, const QString& language) const
{
    QStringList titles;
    const Topic* topic = package.topic(topicId);
    if (!topic)
        return titles;
    for (const QString& toolId : topic->tools) {
        if (const MicroCoachingTool* tool = package.tool(toolId))
            titles << tool->title.in(language);
    }
    return titles;
}

Result<KioskContent> KioskContent::load(
    storage::Database& database, const QString& cohortId, AssessmentPhase phase)
{
    KioskContent content;
    content.phase = phase;
    const auto cohort = storage::CohortStore(database).byId(cohortId);
    if (!cohort)
        return std::unexpected(cohort.error());
    if (!cohort->has_value())
        return fail(ErrorKind::NotFound, tr("There is no such cohort."));
    content.cohort = **cohort;
    const auto package = storage::CurriculumStore(database).byVersionId(content.cohort.curriculumVersionId);
    if (!package)
        return std::unexpected(package.error());
    if (!package->has_value())
        return fail(ErrorKind::NotFound, tr("The curriculum of this cohort is missing."));
    content.package = std::move(**package);
    const Program* program = content.package.program(content.cohort.programId);
    if (!program)
        return fail(ErrorKind::NotFound, tr("The program of this cohort is not in its curriculum."));
    content.items = content.package.assessment.itemsFor(program->id, program->topics);
    if (content.items.empty())
        return fail(ErrorKind::NotFound, tr("This program has no self-assessment questions."));
    for (const AssessmentItem& item : content.items) {
        if (content.topics.empty() || content.topics.back().topic.id != item.topic) {
            KioskTopic page;
            if (const Topic* topic = content.package.topic(item.topic))
                page.topic = *topic;
            else
                page.topic = Topic{item.topic, {item.topic, item.topic}, {}, {}};
            content.topics.push_back(std::move(page));
        }
        content.topics.back().items.push_back(item);
    }
    return content;
}

} // namespace pcs::gui
