#include "pcs/services/SignInSheetSource.h"

#include "pcs/services/ReportSources.h"

#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/PeopleStore.h"

#include <QHash>

namespace pcs::services {

Result<reports::SignInSheet> SignInSheetSource::read(storage::Database& database, const QString& cohortId,
    const QString& sessionId, bool filled, const QString& language)
{
    storage::CohortStore cohorts(database);
    const auto cohort = cohorts.byId(cohortId);
    if (!cohort)
        return std::unexpected(cohort.error());
    if (!cohort->has_value())
        return fail(ErrorKind::NotFound, tr("There is no cohort %1.").arg(cohortId));
    const Cohort& c = **cohort;
    const auto session = std::find_if(
        c.sessions.begin(), c.sessions.end(), [&](const auto& s) { return s.id == sessionId; });
    if (session == c.sessions.end())
        return fail(ErrorKind::NotFound, tr("The cohort “%1” has no session %2.").arg(c.title, sessionId));

    reports::SignInSheet sheet;
    sheet.cohortTitle = c.title;
    sheet.session = *session;
    sheet.sessionCount = int(c.sessions.size());
    sheet.location = session->place.isEmpty() ? c.location : session->place;
    sheet.filled = filled;
    sheet.programTitle = c.programId;
    sheet.workshopTitle = session->workshopId;
    const auto package = storage::CurriculumStore(database).byVersionId(c.curriculumVersionId);
    if (!package)
        return std::unexpected(package.error());
    if (package->has_value()) {
        const CurriculumPackage& p = **package;
        sheet.curriculumVersion = ReportSources::curriculumVersion(p);
        if (const Program* program = p.program(c.programId)) {
            sheet.programTitle = program->title.in(language);
            for (const Workshop& workshop : program->workshops)
                if (workshop.id == session->workshopId)
                    sheet.workshopTitle = workshop.title.in(language);
        }
    }

    storage::PeopleStore people(database);
    for (const QString& id : c.facilitatorIds) {
        const auto person = people.byId(id);
        if (!person)
            return std::unexpected(person.error());
        if (person->has_value())
            sheet.facilitators << (*person)->displayName();
    }
    const auto organizations = people.organizations();
    if (!organizations)
        return std::unexpected(organizations.error());
    QHash<QString, QString> organizationNames;
    for (const Organization& organization : *organizations)
        organizationNames.insert(organization.id, organization.name);
    const auto roster = cohorts.roster(cohortId);
    if (!roster)
        return std::unexpected(roster.error());
    std::vector<AttendanceMark> marks;
    if (filled) {
        const auto all = cohorts.attendance(cohortId);
        if (!all)
            return std::unexpected(all.error());
        marks = *all;
    }
    for (const Person& learner : *roster) {
        reports::SignInSheet::Row row{
            learner.displayName(), organizationNames.value(learner.organizationId), {}};
        for (const AttendanceMark& mark : marks)
            if (mark.sessionId == sessionId && mark.personId == learner.id)
                row.mark = mark;
        sheet.learners.push_back(row);
    }
    return sheet;
}

} // namespace pcs::services
