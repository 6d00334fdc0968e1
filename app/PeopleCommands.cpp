#include "PeopleCommands.h"

#include "CommandSupport.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/PeopleStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <limits>

namespace pcs::app {

int PeopleCommands::list(
    const QString& databasePath, const QString& cohortId, bool json, QTextStream& out, QTextStream& err)
{
    const auto database = CommandSupport::open(databasePath, true, err);
    if (!database)
        return 1;
    Result<std::vector<Person>> people = std::vector<Person>{};
    if (!cohortId.isEmpty()) {
        if (!CommandSupport::requireCohort(*database, cohortId, err))
            return 1;
        people = storage::CohortStore(*database).roster(cohortId);
    } else {
        people = storage::PeopleStore(*database).search(QString(), 0, std::numeric_limits<int>::max());
    }
    const auto organizations = storage::PeopleStore(*database).organizations();
    if (!people || !organizations) {
        err << (!people ? people.error().message : organizations.error().message) << '\n';
        return 1;
    }
    QHash<QString, QString> organizationNames;
    for (const Organization& organization : *organizations)
        organizationNames.insert(organization.id, organization.name);

    if (json) {
        QJsonArray list;
        for (const Person& person : *people)
            list.append(QJsonObject{{QStringLiteral("id"), person.id},
                {QStringLiteral("firstName"), person.firstName},
                {QStringLiteral("lastName"), person.lastName}, {QStringLiteral("email"), person.email},
                {QStringLiteral("organization"), organizationNames.value(person.organizationId)},
                {QStringLiteral("role"), person.role},
                {QStringLiteral("language"), person.preferredLanguage}});
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Person& person : *people) {
        QStringList details;
        for (const QString& detail : {person.email, organizationNames.value(person.organizationId)})
            if (!detail.isEmpty())
                details << detail;
        out << person.id << "  " << person.displayName();
        if (!details.isEmpty())
            out << "  (" << details.join(QStringLiteral(", ")) << ')';
        out << '\n';
    }
    if (people->empty())
        err << (cohortId.isEmpty() ? tr("The database holds no people yet.")
                                   : tr("The cohort %1 has no learners yet.").arg(cohortId))
            << '\n';
    return 0;
}

} // namespace pcs::app
