#include "pcs/services/CohortAnalysis.h"

#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"

namespace pcs::services {

Result<CohortAnalysis> CohortAnalysis::read(storage::Database& database, const QString& cohortId)
{
    CohortAnalysis analysis;
    storage::CohortStore cohorts(database);
    const auto cohort = cohorts.byId(cohortId);
    if (!cohort)
        return std::unexpected(cohort.error());
    if (!cohort->has_value())
        return fail(ErrorKind::NotFound, tr("There is no cohort %1.").arg(cohortId));
    analysis.cohort = **cohort;
    const auto package = storage::CurriculumStore(database).byVersionId(analysis.cohort.curriculumVersionId);
    if (!package)
        return std::unexpected(package.error());
    analysis.package = *package;
    const auto roster = cohorts.roster(cohortId);
    if (!roster)
        return std::unexpected(roster.error());
    analysis.roster = *roster;
    const auto marks = cohorts.attendance(cohortId);
    if (!marks)
        return std::unexpected(marks.error());
    analysis.marks = *marks;

    for (const CohortSession& session : analysis.cohort.sessions)
        analysis.programContactMinutes += session.contactMinutes;
    if (const Program* program = analysis.program()) {
        analysis.programContactMinutes = program->contactMinutes();
        analysis.topicOrder = program->topics;
        analysis.items = analysis.package->assessment.itemsFor(program->id, program->topics);
    }
    QStringList learnerIds;
    for (const Person& person : analysis.roster)
        learnerIds << person.id;
    analysis.attendance = analytics::attendanceByLearner(
        analysis.cohort, learnerIds, analysis.marks, analysis.programContactMinutes);
    analysis.attendanceSummary = analytics::summarizeAttendance(analysis.cohort, analysis.attendance);

    const auto answers = storage::AssessmentStore(database).answers(cohortId);
    if (!answers)
        return std::unexpected(answers.error());
    for (const storage::AnswerRow& row : *answers)
        if (row.submitted)
            analysis.answers.push_back({row.personId, row.phase, row.answer});
    analysis.topics = analytics::cohortTopicStatistics(analysis.items, analysis.topicOrder, analysis.answers);
    return analysis;
}

const Program* CohortAnalysis::program() const
{
    return package ? package->program(cohort.programId) : nullptr;
}

QString CohortAnalysis::programTitle(const QString& language) const
{
    const Program* p = program();
    return p ? p->title.in(language) : cohort.programId;
}

QString CohortAnalysis::topicTitle(const QString& topicId, const QString& language) const
{
    const Topic* topic = package ? package->topic(topicId) : nullptr;
    return topic ? topic->title.in(language) : topicId;
}

const AssessmentItem* CohortAnalysis::item(const QString& itemId) const
{
    for (const AssessmentItem& candidate : items)
        if (candidate.id == itemId)
            return &candidate;
    return nullptr;
}

} // namespace pcs::services
