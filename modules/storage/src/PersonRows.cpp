#include "PersonRows.h"

#include <SQLiteCpp/Column.h>

namespace pcs::storage {

const char* selectPersonSql()
{
    return "SELECT id, first_name, last_name, email, organization_id, role, preferred_language FROM people";
}

const char* selectPersonAndSearchKeySql()
{
    return "SELECT id, first_name, last_name, email, organization_id, role, preferred_language, search_key "
           "FROM people";
}

const char* insertPersonSql()
{
    return "INSERT INTO people(id, first_name, last_name, email, organization_id, role, preferred_language, "
           "search_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
}

Person readPerson(SQLite::Statement& query)
{
    Person person;
    person.id = QString::fromStdString(query.getColumn(0).getString());
    person.firstName = QString::fromStdString(query.getColumn(1).getString());
    person.lastName = QString::fromStdString(query.getColumn(2).getString());
    person.email = QString::fromStdString(query.getColumn(3).getString());
    person.organizationId
        = query.getColumn(4).isNull() ? QString() : QString::fromStdString(query.getColumn(4).getString());
    person.role = QString::fromStdString(query.getColumn(5).getString());
    person.preferredLanguage = QString::fromStdString(query.getColumn(6).getString());
    return person;
}

void bindPerson(SQLite::Statement& insert, const Person& person, const std::string& createdAt)
{
    insert.bind(1, person.id.toStdString());
    insert.bind(2, person.firstName.trimmed().toStdString());
    insert.bind(3, person.lastName.trimmed().toStdString());
    insert.bind(4, person.email.trimmed().toStdString());
    if (person.organizationId.isEmpty())
        insert.bind(5);
    else
        insert.bind(5, person.organizationId.toStdString());
    insert.bind(6, person.role.trimmed().toStdString());
    insert.bind(7, person.preferredLanguage == QLatin1String("fr") ? "fr" : "en");
    insert.bind(8, searchKey(person).toStdString());
    insert.bind(9, createdAt);
}

QString searchKey(const Person& person)
{
    return foldForComparison(person.firstName + u' ' + person.lastName + u' ' + person.email);
}

QString searchText(const QString& text)
{
    return foldForComparison(text);
}

} // namespace pcs::storage
