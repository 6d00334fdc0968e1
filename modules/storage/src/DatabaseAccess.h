#pragma once

#include "pcs/storage/Database.h"

#include <SQLiteCpp/Database.h>

namespace pcs::storage {

// The stores of this module reach the SQLite connection through here; nothing outside storage can.
class DatabaseAccess
{
public:
    static SQLite::Database& sqlite(Database& database);
    static SQLite::Database& sqlite(const Database& database);
};

} // namespace pcs::storage
