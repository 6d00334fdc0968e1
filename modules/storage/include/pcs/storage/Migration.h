#pragma once

#include <QString>

#include <vector>

namespace SQLite {
class Database;
}

namespace pcs::storage {

// One step of the schema. Each runs in its own BEGIN IMMEDIATE transaction that also records it in
// migration_history and sets PRAGMA user_version to `version`.
struct Migration {
    int version = 0;
    QString description;
    QString sql; // one or more statements
    // Data work that SQL alone cannot do (such as hashing), run after `sql` in the same
    // transaction; may throw. Null for most steps.
    void (*afterSql)(SQLite::Database&) = nullptr;
};

// The schema of this build, oldest first; versions are 1, 2, 3, ... without gaps.
const std::vector<Migration>& schemaMigrations();
int latestSchemaVersion();

// PRAGMA application_id of a PCS Studio database ("PCSS").
inline constexpr int kApplicationId = 0x50435353;

} // namespace pcs::storage
