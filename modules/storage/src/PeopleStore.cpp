#include "pcs/storage/PeopleStore.h"

#include "DatabaseAccess.h"
#include "PersonRows.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/Database.h"

#include <QUuid>

#include <SQLiteCpp/Statement.h>

namespace pcs::storage {

PeopleStore::PeopleStore(Database& database)
    : m_database(database)
{ }

Result<Organization> PeopleStore::organization(const QString& name, OrganizationKind kind)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::Invalid, tr("An organization needs a name."));
    Organization result;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("save the organization"), [&](SQLite::Database& db) {
            SQLite::Statement find(
                db, "SELECT id, name, kind FROM organizations WHERE name = ? COLLATE NOCASE");
            find.bind(1, trimmed.toStdString());
            if (find.executeStep()) {
                result = {QString::fromStdString(find.getColumn(0).getString()),
                    QString::fromStdString(find.getColumn(1).getString()),
                    organizationKindFromKey(QString::fromStdString(find.getColumn(2).getString()))};
                return;
            }
            result = {QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, kind};
            SQLite::Statement insert(db, "INSERT INTO organizations(id, name, kind) VALUES (?, ?, ?)");
            insert.bind(1, result.id.toStdString());
            insert.bind(2, result.name.toStdString());
            insert.bind(3, organizationKindKey(kind).toStdString());
            insert.exec();
        });
    if (!written)
        return std::unexpected(written.error());
    return result;
}

Result<std::vector<Organization>> PeopleStore::organizations() const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT id, name, kind FROM organizations ORDER BY name COLLATE NOCASE");
        std::vector<Organization> list;
        while (query.executeStep())
            list.push_back({QString::fromStdString(query.getColumn(0).getString()),
                QString::fromStdString(query.getColumn(1).getString()),
                organizationKindFromKey(QString::fromStdString(query.getColumn(2).getString()))});
        return list;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the organizations"), m_database.path()));
    }
}

Result<std::vector<Person>> PeopleStore::add(std::vector<Person> people)
{
    for (const Person& person : people)
        if (person.firstName.trimmed().isEmpty() && person.lastName.trimmed().isEmpty())
            return fail(ErrorKind::Invalid, tr("A person needs a first or last name."));
    auto written
        = writeTransaction(DatabaseAccess::sqlite(m_database), tr("save people"), [&](SQLite::Database& db) {
              const std::string now = toStorageTime(m_database.clock().nowUtc()).toStdString();
              SQLite::Statement insert(db, insertPersonSql());
              for (Person& person : people) {
                  if (person.id.isEmpty())
                      person.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                  bindPerson(insert, person, now);
                  insert.exec();
                  insert.reset();
              }
          });
    if (!written)
        return std::unexpected(written.error());
    return people;
}

Result<Person> PeopleStore::add(Person person)
{
    auto added = add(std::vector<Person>{std::move(person)});
    if (!added)
        return std::unexpected(added.error());
    return added->front();
}

Result<void> PeopleStore::update(const Person& person)
{
    if (person.firstName.trimmed().isEmpty() && person.lastName.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("A person needs a first or last name."));
    return writeTransaction(DatabaseAccess::sqlite(m_database), tr("save %1").arg(person.displayName()),
        [&](SQLite::Database& db) {
            SQLite::Statement update(db,
                "UPDATE people SET first_name = ?, last_name = ?, email = ?, organization_id = ?, "
                "role = ?, preferred_language = ?, search_key = ? WHERE id = ?");
            update.bind(1, person.firstName.trimmed().toStdString());
            update.bind(2, person.lastName.trimmed().toStdString());
            update.bind(3, person.email.trimmed().toStdString());
            if (person.organizationId.isEmpty())
                update.bind(4);
            else
                update.bind(4, person.organizationId.toStdString());
            update.bind(5, person.role.trimmed().toStdString());
            update.bind(6, person.preferredLanguage == QLatin1String("fr") ? "fr" : "en");
            update.bind(7, searchKey(person).toStdString());
            update.bind(8, person.id.toStdString());
            if (update.exec() != 1)
                throw std::runtime_error("no such person");
        });
}

Result<std::optional<Person>> PeopleStore::byId(const QString& id) const
{
    try {
        SQLite::Statement query(
            DatabaseAccess::sqlite(m_database), std::string(selectPersonSql()) + " WHERE id = ?");
        query.bind(1, id.toStdString());
        if (!query.executeStep())
            return std::optional<Person>{};
        return std::optional<Person>{readPerson(query)};
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read people"), m_database.path()));
    }
}

Result<std::vector<Person>> PeopleStore::search(const QString& text, int offset, int limit) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            std::string(selectPersonSql())
                + " WHERE instr(search_key, ?) > 0 ORDER BY last_name COLLATE NOCASE, first_name "
                  "COLLATE NOCASE, id LIMIT ? OFFSET ?");
        query.bind(1, searchText(text).toStdString());
        query.bind(2, limit);
        query.bind(3, offset);
        std::vector<Person> people;
        while (query.executeStep())
            people.push_back(readPerson(query));
        return people;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read people"), m_database.path()));
    }
}

Result<qint64> PeopleStore::count(const QString& text) const
{
    try {
        SQLite::Statement query(
            DatabaseAccess::sqlite(m_database), "SELECT count(*) FROM people WHERE instr(search_key, ?) > 0");
        query.bind(1, searchText(text).toStdString());
        query.executeStep();
        return query.getColumn(0).getInt64();
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read people"), m_database.path()));
    }
}

} // namespace pcs::storage
