#include "CohortTestSupport.h"

#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/PeopleStore.h"

#include <catch2/catch.hpp>

namespace pcs::test {

namespace {

Program smallProgram()
{
    Program program;
    program.id = QStringLiteral("staff");
    program.title = {QStringLiteral("PCS for Staff"), QStringLiteral("SCP pour le personnel")};
    for (int i = 1; i <= 2; ++i) {
        Workshop w;
        w.id = QStringLiteral("staff-day-%1").arg(i);
        w.defaultStart = QTime(9, 0);
        w.blocks = {{QStringLiteral("b%1").arg(i), {}, 180, false, {}, {}, {}}};
        program.workshops.push_back(w);
    }
    return program;
}

} // namespace

CohortDatabase::CohortDatabase()
{
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("cohorts.sqlite")));
    if (!opened)
        FAIL("open failed: " << opened.error().message.toStdString());
    database = std::move(*opened);
    CurriculumPackage package;
    package.id = QStringLiteral("pcs");
    package.version = 1;
    package.released = QDate(2026, 11, 1);
    package.programs.push_back(smallProgram());
    auto imported = storage::CurriculumStore(*database).import(package);
    if (!imported)
        FAIL(imported.error().message.toStdString());
    versionId = imported->versionId;
}

Person makePerson(const QString& first, const QString& last, const QString& email)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    return p;
}

Cohort createCohort(CohortDatabase& db, const QString& title, const QDate& start, const QStringList& learners)
{
    const Program program = smallProgram();
    Cohort cohort;
    cohort.programId = program.id;
    cohort.curriculumVersionId = db.versionId;
    cohort.title = title;
    cohort.location = QStringLiteral("Sudbury");
    cohort.startDate = start;
    cohort.sessions = planSessions(program, start, QStringLiteral("Room 101"));
    storage::CohortStore cohorts(*db.database);
    auto created = cohorts.create(cohort);
    if (!created)
        FAIL(created.error().message.toStdString());
    std::vector<Person> people;
    for (const QString& name : learners)
        people.push_back(makePerson(name.section(QLatin1Char(' '), 0, 0), name.section(QLatin1Char(' '), 1)));
    auto added = storage::PeopleStore(*db.database).add(people);
    if (!added)
        FAIL(added.error().message.toStdString());
    QStringList ids;
    for (const Person& p : *added)
        ids << p.id;
    auto onRoster = cohorts.addLearners(created->id, ids);
    if (!onRoster)
        FAIL(onRoster.error().message.toStdString());
    return *created;
}

} // namespace pcs::test
