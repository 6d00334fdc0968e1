#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Person.h"

#include <QCoreApplication>

#include <vector>

namespace pcs::storage {

class Database;

// Organizations and people (learners and facilitators).
class PeopleStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::PeopleStore)

public:
    explicit PeopleStore(Database& database);

    // The organization with this name (case ignored), created when new.
    Result<Organization> organization(const QString& name, OrganizationKind kind = OrganizationKind::Other);
    Result<std::vector<Organization>> organizations() const;

    // Adds all in one transaction; people without an id get one. Returns them with their ids.
    Result<std::vector<Person>> add(std::vector<Person> people);
    Result<Person> add(Person person);
    Result<void> update(const Person& person);
    Result<std::optional<Person>> byId(const QString& id) const;

    // People whose name or email contains `text` (case and accents ignored), by last then first
    // name; `offset`/`limit` page through large lists.
    Result<std::vector<Person>> search(const QString& text, int offset, int limit) const;
    Result<qint64> count(const QString& text = {}) const;

private:
    Database& m_database;
};

} // namespace pcs::storage
