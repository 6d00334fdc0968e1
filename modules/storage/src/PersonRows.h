#pragma once

#include "pcs/domain/delivery/Person.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace pcs::storage {

// How a person is read from and written to the people table, shared by the stores.
const char* selectPersonSql(); // "SELECT id, first_name, ... FROM people"
const char* insertPersonSql();
Person readPerson(SQLite::Statement& query);
void bindPerson(SQLite::Statement& insert, const Person& person, const std::string& createdAt);
// Folded name and email, what search matches against.
QString searchKey(const Person& person);
// A LIKE pattern for `text` folded the same way, with % and _ escaped.
QString likePattern(const QString& text);

} // namespace pcs::storage
