#include "pcs/services/CohortFiles.h"

#include "pcs/exchange/ICalendar.h"
#include "pcs/exchange/RosterCsv.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/PeopleStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>

namespace pcs::services {

Result<QByteArray> CohortFiles::rosterCsv(storage::Database& database, const QString& cohortId, int* learners)
{
    const auto roster = storage::CohortStore(database).roster(cohortId);
    if (!roster)
        return std::unexpected(roster.error());
    const auto organizations = storage::PeopleStore(database).organizations();
    if (!organizations)
        return std::unexpected(organizations.error());
    QHash<QString, QString> organizationNames;
    for (const Organization& organization : *organizations)
        organizationNames.insert(organization.id, organization.name);
    std::vector<exchange::RosterRow> rows;
    for (const Person& person : *roster)
        rows.push_back({0, person.firstName, person.lastName, person.email,
            organizationNames.value(person.organizationId), person.role, person.preferredLanguage});
    if (learners)
        *learners = int(rows.size());
    return exchange::RosterCsv::write(rows);
}

Result<QByteArray> CohortFiles::scheduleIcs(
    storage::Database& database, const Cohort& cohort, const QString& language, const QDateTime& stampUtc)
{
    const auto package = storage::CurriculumStore(database).byVersionId(cohort.curriculumVersionId);
    if (!package)
        return std::unexpected(package.error());
    const Program* program = package->has_value() ? (*package)->program(cohort.programId) : nullptr;
    const QString programTitle = program ? program->title.in(language) : cohort.programId;
    const QTimeZone toronto("America/Toronto");
    std::vector<exchange::CalendarEvent> events;
    for (const CohortSession& session : cohort.sessions) {
        QString workshopTitle;
        if (program)
            for (const Workshop& workshop : program->workshops)
                if (workshop.id == session.workshopId)
                    workshopTitle = workshop.title.in(language);
        events.push_back({session.id + QStringLiteral("@pcs-studio"),
            QDateTime(session.date, session.start, toronto), QDateTime(session.date, session.end, toronto),
            workshopTitle.isEmpty() ? programTitle : programTitle + QStringLiteral(" — ") + workshopTitle,
            session.place, cohort.title});
    }
    return exchange::ICalendar::write(cohort.title, events, stampUtc);
}

Result<exchange::RosterParse> CohortFiles::readRoster(const QString& path)
{
    return exchange::RosterCsv::read(path);
}

std::vector<Person> CohortFiles::people(
    const std::vector<exchange::RosterRow>& rows, QStringList& organizations)
{
    std::vector<Person> people;
    organizations.clear();
    for (const exchange::RosterRow& row : rows) {
        Person person;
        person.firstName = row.firstName;
        person.lastName = row.lastName;
        person.email = row.email;
        person.role = row.role;
        person.preferredLanguage
            = row.preferredLanguage.isEmpty() ? QStringLiteral("en") : row.preferredLanguage;
        people.push_back(person);
        organizations << row.organization;
    }
    return people;
}

Result<storage::RosterImportOutcome> CohortFiles::importRoster(storage::Database& database,
    const QString& cohortId, const std::vector<exchange::RosterRow>& rows, bool dryRun)
{
    QStringList organizations;
    const std::vector<Person> learners = people(rows, organizations);
    return storage::CohortStore(database).importRoster(cohortId, learners, dryRun, organizations);
}

Result<void> CohortFiles::save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // Rosters, schedules and answers name people: the owner's alone, even over an older export.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorKind::Io,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> CohortFiles::recordExport(storage::Database& database, const QString& actor, const QString& what,
    const QString& subject, const QString& path)
{
    const auto appended = storage::AuditLogStore(database).append(
        AuditEntry{0, {}, actor, QStringLiteral("export.") + what, subject, QFileInfo(path).fileName()});
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

} // namespace pcs::services
