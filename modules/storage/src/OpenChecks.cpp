#include "OpenChecks.h"

#include "pcs/storage/Database.h"

#include <QDir>

#include <SQLiteCpp/Statement.h>

namespace pcs::storage {

Result<int> checkSchemaAtOpen(SQLite::Database& db, const QString& path, int latestVersion)
{
    const QString shown = QDir::toNativeSeparators(path);
    const int userVersion = db.execAndGet("PRAGMA user_version").getInt();
    if (userVersion > latestVersion)
        return fail(ErrorKind::Unsupported,
            Database::tr("%1 was written by a newer PCS Studio (schema version %2; this version "
                         "knows up to %3). Update PCS Studio to open it.")
                .arg(shown)
                .arg(userVersion)
                .arg(latestVersion));
    int objects = 0;
    bool hasMeta = false;
    bool hasHistory = false;
    SQLite::Statement query(db, "SELECT type, name FROM sqlite_schema");
    while (query.executeStep()) {
        ++objects;
        const std::string name = query.getColumn(1).getString();
        hasMeta = hasMeta || name == "meta";
        hasHistory = hasHistory || name == "migration_history";
    }
    const int applicationId = db.execAndGet("PRAGMA application_id").getInt();
    if (applicationId == 0 && objects > 0)
        return fail(ErrorKind::Unsupported,
            Database::tr("%1 is an SQLite database of another program, not of PCS Studio.").arg(shown));
    if (userVersion < 0)
        return fail(ErrorKind::Corrupt,
            Database::tr("%1 is damaged: its header gives an impossible schema version (%2). Restore "
                         "a backup.")
                .arg(shown)
                .arg(userVersion));
    if (userVersion > 0 && !hasMeta)
        return fail(
            ErrorKind::Corrupt, Database::tr("%1 is damaged: its schema has no meta table.").arg(shown));
    // Each migration sets user_version and records itself in migration_history in one
    // transaction, so the two agree unless the header was damaged.
    int recorded = 0;
    if (hasHistory) {
        SQLite::Statement last(db, "SELECT coalesce(max(version), 0) FROM migration_history");
        if (last.executeStep())
            recorded = last.getColumn(0).getInt();
    }
    if (recorded != userVersion)
        return fail(ErrorKind::Corrupt,
            Database::tr("%1 is damaged: its header gives schema version %2, but its migration "
                         "history ends at version %3. Restore a backup.")
                .arg(shown)
                .arg(userVersion)
                .arg(recorded));
    return userVersion;
}

} // namespace pcs::storage
