#include "pcs/services/DemoData.h"

#include "DemoRandom.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/services/Bootstrap.h"
#include "pcs/storage/AccountStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <QDate>
#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <vector>

// The people, cohorts, sessions, attendance and staff accounts of the demonstration;
// DemoAssessments.cpp adds the self-assessments, SAW plans and follow-ups.

namespace pcs::services {
namespace {

const char* const kEnglishFirst[] = {"Amina", "Liam", "Olivia", "Noah", "Priya", "Ethan", "Grace", "Owen",
    "Hannah", "Jacob", "Fatima", "Lucas", "Chloe", "Daniel", "Aaliyah", "Tyler", "Mei", "Jordan", "Sarah",
    "Kwame", "Emily", "Ryan", "Zainab", "Nathan", "Jasmine", "Tom", "Ava", "Mohammed", "Leah", "Connor"};
const char* const kEnglishLast[]
    = {"Smith", "Brown", "Wilson", "MacDonald", "Taylor", "Campbell", "Anderson", "Haddad", "Patel", "Singh",
        "Nguyen", "Chen", "Whitehorse", "Kakegamic", "Jones", "Martin", "Thompson", "Clarke", "Osei", "Ali",
        "Mensah", "Robinson", "Young", "Walker", "Hughes", "Natarajan", "Okafor", "Sutherland"};
const char* const kFrenchFirst[] = {"Hélène", "Jean-François", "Marie-Claude", "Étienne", "Geneviève", "Luc",
    "Élise", "François", "Chantal", "Mathieu", "Sophie", "Benoît", "Isabelle", "Gabriel", "Noémie", "Rémi",
    "Josée", "Olivier", "Aurélie", "Simon"};
const char* const kFrenchLast[] = {"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
    "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc",
    "Paquette", "Girard", "Simard", "Boucher"};

struct DemoOrganization {
    const char* name;
    OrganizationKind kind;
};
const DemoOrganization kOrganizations[] = {
    {"City of Greater Sudbury — Ontario Works", OrganizationKind::Municipal},
    {"Durham Region Social Services", OrganizationKind::Municipal},
    {"Ottawa Employment Ontario Service Provider", OrganizationKind::EmploymentOntario},
    {"ODSP Thunder Bay Office", OrganizationKind::Odsp},
    {"Centre de santé communautaire de Hearst", OrganizationKind::Community},
    {"Windsor-Essex Community Housing", OrganizationKind::Municipal},
    {"Hamilton Children's Services", OrganizationKind::Municipal},
    {"Kenora Employment and Training Centre", OrganizationKind::EmploymentOntario},
};
const char* const kPlaces[] = {"Sudbury, Tom Davies Square, room 12", "Oshawa, Regional HQ, training room B",
    "Ottawa, 100 Constellation Drive", "Thunder Bay, Victoriaville Centre", "Hearst, salle communautaire",
    "Windsor, 400 City Hall Square"};
const char* const kRoles[] = {"Caseworker", "Employment counsellor", "Intake worker", "Supervisor",
    "Housing support worker", "Agent d'aide sociale", "Conseillère en emploi", "Front-line support"};

QString asciiLocal(const QString& text)
{
    return foldForComparison(text).remove(u' ').remove(u'\'').remove(u'-');
}

Person makePerson(QRandomGenerator& random, int number, bool french)
{
    Person person;
    person.firstName = QString::fromUtf8(french ? pick(random, kFrenchFirst) : pick(random, kEnglishFirst));
    person.lastName = QString::fromUtf8(french ? pick(random, kFrenchLast) : pick(random, kEnglishLast));
    person.preferredLanguage = french ? QStringLiteral("fr") : QStringLiteral("en");
    person.email = QStringLiteral("%1.%2.%3@example.ca")
                       .arg(asciiLocal(person.firstName), asciiLocal(person.lastName))
                       .arg(number);
    person.role = QString::fromUtf8(pick(random, kRoles));
    person.id = seededUuid(random);
    return person;
}

} // namespace

Result<DemoFigures> DemoData::generate(
    storage::Database& database, int learnerCount, quint32 seed, DemoTarget target)
{
    if (learnerCount < 1)
        return fail(ErrorKind::Invalid, tr("Ask for at least one learner."));
    DemoFigures figures;
    auto done = database.transaction(tr("create the demonstration data"), [&]() -> Result<void> {
        if (target == DemoTarget::EmptyOnly) {
            if (auto refused = refuseRealData(database); !refused)
                return refused;
        }
        if (auto curriculum = Bootstrap::importBundledCurriculumIfNone(database); !curriculum)
            return std::unexpected(curriculum.error());
        auto facilitators = createOrganization(database, learnerCount, seed, figures);
        if (!facilitators)
            return std::unexpected(facilitators.error());
        auto accounts = createStaffAccounts(database, *facilitators);
        if (!accounts)
            return std::unexpected(accounts.error());
        figures.accounts = *accounts;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return figures;
}

Result<void> DemoData::refuseRealData(storage::Database& database)
{
    const auto people = storage::PeopleStore(database).count();
    if (!people)
        return std::unexpected(people.error());
    const auto cohorts = storage::CohortStore(database).list();
    if (!cohorts)
        return std::unexpected(cohorts.error());
    if (*people == 0 && cohorts->empty())
        return {};
    return fail(ErrorKind::Invalid,
        tr("%1 already holds data (people: %2, cohorts: %3). The demonstration adds fake learners, "
           "cohorts and staff accounts, so it goes into a new file: name one with --database, or add "
           "--into-existing to mix it into this one. Nothing was written.")
            .arg(QDir::toNativeSeparators(database.path()))
            .arg(*people)
            .arg(cohorts->size()));
}

Result<std::vector<Person>> DemoData::createOrganization(
    storage::Database& database, int learnerCount, quint32 seed, DemoFigures& figures)
{
    storage::CurriculumStore curricula(database);
    const auto current = curricula.current();
    const auto versions = curricula.versions();
    if (!current || !current->has_value() || !versions || versions->empty())
        return fail(ErrorKind::Invalid, tr("No curriculum to build cohorts from."));
    const CurriculumPackage& package = **current;
    const qint64 versionId = versions->back().versionId;

    QRandomGenerator random(seed);
    std::vector<DemoCohort> demoCohorts;
    QSet<QString> frenchLearners;
    storage::PeopleStore people(database);
    storage::CohortStore cohorts(database);
    std::vector<Person> demoFacilitators;
    auto done = [&]() -> Result<void> {
        QStringList organizationIds;
        for (const DemoOrganization& organization : kOrganizations) {
            auto stored = people.organization(QString::fromUtf8(organization.name), organization.kind);
            if (!stored)
                return std::unexpected(stored.error());
            organizationIds << stored->id;
        }
        figures.organizations = organizationIds.size();

        std::vector<Person> facilitators;
        for (int i = 0; i < 8; ++i) {
            Person person = makePerson(random, 1000000 + i, i % 3 == 1);
            person.role = i % 3 == 1 ? QStringLiteral("Animatrice PCS") : QStringLiteral("PCS facilitator");
            person.organizationId = organizationIds.at(i % organizationIds.size());
            facilitators.push_back(person);
        }
        std::vector<Person> learners;
        learners.reserve(size_t(learnerCount));
        for (int i = 0; i < learnerCount; ++i) {
            Person person = makePerson(random, i + 1, random.bounded(100) < 30);
            person.organizationId = organizationIds.at(random.bounded(organizationIds.size()));
            learners.push_back(person);
        }
        auto storedFacilitators = people.add(facilitators);
        auto storedLearners = people.add(learners);
        if (!storedFacilitators)
            return std::unexpected(storedFacilitators.error());
        if (!storedLearners)
            return std::unexpected(storedLearners.error());
        figures.facilitators = int(facilitators.size());
        demoFacilitators = *storedFacilitators;
        figures.learners = learnerCount;
        for (const Person& learner : *storedLearners)
            if (learner.preferredLanguage == QLatin1String("fr"))
                frenchLearners.insert(learner.id);

        // About 20 learners a cohort, programs in turn; the earliest are completed, then running, then
        // planned.
        const int cohortCount = std::max(int(package.programs.size()), (learnerCount + 19) / 20);
        const QDate base(2026, 1, 12);
        int nextLearner = 0;
        for (int c = 0; c < cohortCount; ++c) {
            const Program& program = package.programs.at(size_t(c) % package.programs.size());
            Cohort cohort;
            cohort.programId = program.id;
            cohort.curriculumVersionId = versionId;
            const QString place = QString::fromUtf8(pick(random, kPlaces));
            cohort.location = place.section(u',', 0, 0);
            cohort.startDate = base.addDays(qint64(c) * 700 / cohortCount);
            cohort.title = QStringLiteral("%1 — %2 %3")
                               .arg(program.title.in(QStringLiteral("en")), cohort.location)
                               .arg(cohort.startDate.toString(QStringLiteral("MMMM yyyy")));
            const double share = double(c) / cohortCount;
            cohort.status = share < 0.45 ? CohortStatus::Completed
                : share < 0.6            ? CohortStatus::Running
                                         : CohortStatus::Planned;
            cohort.facilitatorIds << storedFacilitators->at(size_t(c) % facilitators.size()).id;
            if (program.coFacilitation)
                cohort.facilitatorIds << storedFacilitators->at(size_t(c + 1) % facilitators.size()).id;
            cohort.sessions = planSessions(program, cohort.startDate, place);
            for (CohortSession& session : cohort.sessions)
                session.id = seededUuid(random);
            cohort.id = seededUuid(random);
            auto created = cohorts.create(cohort);
            if (!created)
                return std::unexpected(created.error());
            ++figures.cohorts;
            figures.sessions += int(cohort.sessions.size());

            // Learners spread evenly: every cohort has some.
            const int size = learnerCount / cohortCount + (c < learnerCount % cohortCount ? 1 : 0);
            QStringList roster;
            for (int i = 0; i < size; ++i)
                roster << storedLearners->at(size_t(nextLearner++)).id;
            if (auto added = cohorts.addLearners(cohort.id, roster); !added)
                return std::unexpected(added.error());

            const size_t heldSessions = cohort.status == CohortStatus::Completed ? cohort.sessions.size()
                : cohort.status == CohortStatus::Running                         ? cohort.sessions.size() / 2
                                                                                 : 0;
            std::vector<AttendanceMark> marks;
            for (size_t s = 0; s < heldSessions; ++s) {
                for (const QString& learner : roster) {
                    const int roll = random.bounded(100);
                    AttendanceMark mark{cohort.sessions[s].id, learner, AttendanceStatus::Present, 0};
                    if (roll >= 97)
                        mark.status = AttendanceStatus::Excused;
                    else if (roll >= 92)
                        mark.status = AttendanceStatus::Absent;
                    else if (roll >= 88)
                        mark = {cohort.sessions[s].id, learner, AttendanceStatus::LeftEarly,
                            15 + random.bounded(60)};
                    else if (roll >= 82)
                        mark = {
                            cohort.sessions[s].id, learner, AttendanceStatus::Late, 5 + random.bounded(30)};
                    marks.push_back(mark);
                }
            }
            if (auto recorded = cohorts.setAttendance(marks); !recorded)
                return std::unexpected(recorded.error());
            figures.attendanceMarks += int(marks.size());
            if (cohort.status != CohortStatus::Planned)
                demoCohorts.push_back({cohort, roster});
        }
        return createAssessments(database, package, demoCohorts, frenchLearners, seed, figures);
    }();
    if (!done)
        return std::unexpected(done.error());
    return demoFacilitators;
}

QString DemoData::newPassword()
{
    // Three groups of four from letters and digits that are not mistaken for one another.
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 14; ++i)
        password
            += (i == 4 || i == 9) ? u'-' : alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    return password;
}

Result<std::vector<DemoAccount>> DemoData::createStaffAccounts(
    storage::Database& database, const std::vector<Person>& facilitators)
{
    std::vector<DemoAccount> wanted{
        {QStringLiteral("admin"), tr("Demo Administrator"), Role::Administrator, {}}};
    std::vector<QString> personIds{QString()};
    const Role roles[] = {Role::Facilitator, Role::Facilitator, Role::Trainer};
    for (size_t i = 0; i < std::size(roles) && i < facilitators.size(); ++i) {
        const Person& person = facilitators[i];
        wanted.push_back(
            {foldForComparison(person.firstName.left(1) + person.lastName).remove(u' ').remove(u'\''),
                person.displayName(), roles[i], {}});
        personIds.push_back(person.id);
    }
    storage::AccountStore store(database);
    std::vector<DemoAccount> created;
    for (size_t i = 0; i < wanted.size(); ++i) {
        DemoAccount demo = wanted[i];
        const auto existing = store.byUserName(demo.userName);
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->has_value())
            continue;
        demo.password = newPassword();
        Account account;
        account.userName = demo.userName;
        account.displayName = demo.displayName;
        account.role = demo.role;
        account.personId = personIds[i];
        if (const auto stored = store.create(account, demo.password, QStringLiteral("demo")); !stored)
            return std::unexpected(stored.error());
        created.push_back(demo);
    }
    return created;
}

} // namespace pcs::services
