#pragma once

#include "pcs/domain/Clock.h"
#include "pcs/domain/Error.h"
#include "pcs/storage/Migration.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace pcs::storage {

class DatabaseAccess;

enum class BackupTarget { MustNotExist, ReplaceExisting };

// The settings of the open connection, as SQLite reports them.
struct ConnectionSettings {
    bool foreignKeys = false;
    QString journalMode;
    int synchronous = 0; // 2 = FULL
    int busyTimeoutMs = 0;
};

struct OpenOptions {
    bool createIfMissing = true;
    // Read without taking the writer lock (works while another PCS Studio has the file open):
    // nothing is created, migrated or written; the schema must already be current.
    bool readOnly = false;
    // The schema to bring the file to; null means this build's schemaMigrations().
    const std::vector<Migration>* migrations = nullptr;
    // Where the copy made before a migration goes; empty means beside the database.
    QString backupDirectory;
    const Clock* clock = nullptr; // null means the system clock
};

// The one SQLite database file of an installation, open for writing by this process alone.
//
// Opening checks the file header and schema (never the whole file, so start-up does not grow with
// the data), takes the single-writer lock beside it (<file>.lock), sets foreign_keys=ON,
// journal_mode=WAL and synchronous=FULL, and brings the schema up to date: when the file already
// holds data, PRAGMA quick_check runs and a backup copy is written before the first migration.
// Every refusal leaves the file byte-identical and creates nothing in its place.
//
// Damage the open-time checks find is refused, never opened read-only: a file that is not a
// regular file (a folder, a device such as /dev/null, a named pipe), a damaged header (impossible
// page size, truncated, a schema version its migration history does not end at), a foreign or
// newer file. `pcs-studio db check` runs the same checks (see OpenChecks.h), so it calls no file
// healthy that an open refuses, and no writer (roster import, report, the window) ever writes into
// such a file. A database file whose owner may not write it (mode without u+w) is refused for
// writing before SQLite creates a -wal or -shm beside it.
//
// Files and modes: a folder this call creates is 0700 and a new database file 0600 (its -wal and
// -shm take that mode); an existing database, -wal or -shm owned by this user that group or others
// may read is set to 0600 on a writable open (logged). With the writer lock held, the open removes
// partial copies (".<name>.v<N>-<time>.backup.<uuid>.part") a killed pre-upgrade backup left.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Copies the database file at `source` to `target` without opening it for writing: no lock, no
    // migration, so it works while another PCS Studio has the database open.
    static Result<void> backupFile(
        const QString& source, const QString& target, BackupTarget mode = BackupTarget::MustNotExist);

    // The version of the SQLite library linked into the process.
    static QString sqliteVersion();

    QString path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    QString installationId() const;
    const Clock& clock() const;

    ConnectionSettings connectionSettings() const;

    // Runs `work`, which may call any number of stores, as one BEGIN IMMEDIATE transaction: its
    // writes commit together when it succeeds and none stays when it fails. Inside it each store
    // write is a savepoint.
    Result<void> transaction(const QString& action, const std::function<Result<void>()>& work);

    // Migrations applied by this open, oldest first (empty when the schema was current).
    const std::vector<int>& appliedMigrations() const;
    // The copy written before those migrations, or empty when none was needed.
    QString preMigrationBackup() const;

    // Writes a consistent copy of the database to `target` through the SQLite backup API, after a
    // PRAGMA quick_check. The copy (mode 0600) is written beside `target` and renamed into place when
    // complete, so `target` is never a half-written file, and an existing `target` (when allowed) is replaced
    // only by a complete copy.
    Result<void> backupTo(const QString& target, BackupTarget mode = BackupTarget::MustNotExist) const;

private:
    friend class DatabaseAccess;
    struct Impl;
    explicit Database(std::unique_ptr<Impl> impl);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, const OpenOptions& options);
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path, const OpenOptions& options);
    std::unique_ptr<Impl> d;
};

} // namespace pcs::storage
