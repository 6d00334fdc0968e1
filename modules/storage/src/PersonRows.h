#pragma once

#include "pcs/domain/delivery/Person.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace pcs::storage {

// How a person is read from and written to the people table, shared by the stores.
const char* selectPersonSql(); // "SELECT id, first_name, ... FROM people"
// The same columns, then search_key (column 7).
const char* selectPersonAndSearchKeySql();
const char* insertPersonSql();
Person readPerson(SQLite::Statement& query);
void bindPerson(SQLite::Statement& insert, const Person& person, const std::string& createdAt);
// Folded name and email, what search matches against.
QString searchKey(const Person& person);
// `text` folded the same way, for instr(search_key, ?): a plain substring, so that % and _ are
// letters and a text of any length is searched (a LIKE pattern past 50,000 bytes is refused by SQLite).
QString searchText(const QString& text);

} // namespace pcs::storage
