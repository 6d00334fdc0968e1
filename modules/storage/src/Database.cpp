#include "pcs/storage/Database.h"

#include "DatabaseAccess.h"
#include "FileHeader.h"
#include "FileModes.h"
#include "OpenChecks.h"
#include "SqlSupport.h"
#include "WriterLock.h"
#include "pcs/log/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

namespace pcs::storage {

struct Database::Impl {
    QString path;
    bool readOnly = false;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<SQLite::Database> db;
    int schemaVersion = 0;
    QString installationId;
    std::vector<int> applied;
    QString backup;
    const Clock* clock = nullptr;
};

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

int pragmaInt(SQLite::Database& db, const char* pragma)
{
    return db.execAndGet(std::string("PRAGMA ") + pragma).getInt();
}

QString backupPathFor(
    const QString& databasePath, const QString& directory, int fromVersion, const QDateTime& now)
{
    const QFileInfo info(databasePath);
    const QString folder = directory.isEmpty() ? info.absolutePath() : directory;
    const QString name = QStringLiteral("%1.v%2-%3.backup")
                             .arg(info.fileName())
                             .arg(fromVersion)
                             .arg(now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    return QDir(folder).filePath(name);
}

// Removes what a backup killed before its rename left of this database's pre-upgrade copies
// (".<name>.v<N>-<time>.backup.<uuid>.part" and its journal). Called with the writer lock held, so
// no other process of this database is writing one.
void removeStaleBackupParts(const QString& path, const QString& backupDirectory)
{
    const QFileInfo info(path);
    QStringList folders{info.absolutePath()};
    if (!backupDirectory.isEmpty())
        folders << QFileInfo(backupDirectory).absoluteFilePath();
    folders.removeDuplicates();
    const QStringList patterns{u'.' + info.fileName() + QStringLiteral(".v*.backup.*.part"),
        u'.' + info.fileName() + QStringLiteral(".v*.backup.*.part-journal")};
    for (const QString& folder : folders) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList(patterns, QDir::Files | QDir::Hidden | QDir::System)) {
            if (QFile::remove(dir.filePath(name)))
                log::warning(QStringLiteral("Removed %1, left by a backup that did not finish")
                                 .arg(dir.filePath(name)));
        }
    }
}

Result<void> applyMigration(
    SQLite::Database& db, const QString& path, const Migration& migration, const Clock& clock)
{
    return writeTransaction(
        db, Database::tr("apply schema migration %1").arg(migration.version), [&](SQLite::Database& sql) {
            if (pragmaInt(sql, "user_version") != migration.version - 1)
                throw std::runtime_error("the schema changed while it was being migrated");
            sql.exec(migration.sql.toStdString());
            if (migration.afterSql)
                migration.afterSql(sql);
            sql.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            SQLite::Statement history(sql,
                "INSERT INTO migration_history(version, description, "
                "applied_at, app_version) VALUES (?, ?, ?, ?)");
            history.bind(1, migration.version);
            history.bind(2, migration.description.toStdString());
            history.bind(3, toStorageTime(clock.nowUtc()).toStdString());
            history.bind(4, PCS_VERSION);
            history.exec();
            SQLite::Statement meta(sql, "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)");
            meta.bind(1, "installation_id");
            meta.bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
            meta.exec();
            meta.reset();
            meta.bind(1, "created_at");
            meta.bind(2, toStorageTime(clock.nowUtc()).toStdString());
            meta.exec();
            sql.exec("PRAGMA user_version = " + std::to_string(migration.version));
            log::info(QStringLiteral("Applied schema migration %1 to %2").arg(migration.version).arg(path));
        });
}

} // namespace

Database::Database(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

Database::~Database()
{
    if (d && d->db) {
        try {
            // A clean close checkpoints the log back into the file.
            d->db.reset();
        } catch (const std::exception& e) {
            log::error(QStringLiteral("Closing %1 failed: %2").arg(d->path, QString::fromUtf8(e.what())));
        }
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& requestedPath, const OpenOptions& options)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    if (options.readOnly)
        return openReadOnly(path, options);
    const bool existed = QFileInfo::exists(path);
    auto opened = openFile(path, options);
    if (!opened && !existed && opened.error().kind != ErrorKind::Locked) {
        // A file this call created but could not finish setting up is not left behind half-made.
        for (const QString& suffix :
            {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
    }
    return opened;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path, const OpenOptions& options)
{
    const std::vector<Migration>& migrations = options.migrations ? *options.migrations : schemaMigrations();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (!QFileInfo::exists(path))
        return fail(ErrorKind::NotFound, tr("%1 does not exist.").arg(shown(path)));
    if (auto header = inspectDatabaseFile(path, latest); !header)
        return std::unexpected(header.error());
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->readOnly = true;
    impl->clock = options.clock ? options.clock : &SystemClock::instance();
    try {
        impl->db = openForReading(path);
        auto schema = checkSchemaAtOpen(*impl->db, path, latest);
        if (!schema)
            return std::unexpected(schema.error());
        impl->schemaVersion = *schema;
        if (impl->schemaVersion < latest)
            return fail(ErrorKind::Unsupported,
                tr("%1 was written by an older PCS Studio (schema version %2). Open it once in PCS "
                   "Studio to upgrade it, then try again.")
                    .arg(shown(path))
                    .arg(impl->schemaVersion));
        SQLite::Statement id(*impl->db, "SELECT value FROM meta WHERE key = 'installation_id'");
        if (id.executeStep())
            impl->installationId = QString::fromStdString(id.getColumn(0).getString());
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("open the database"), path));
    }
    return std::unique_ptr<Database>(new Database(std::move(impl)));
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, const OpenOptions& options)
{
    const std::vector<Migration>& migrations = options.migrations ? *options.migrations : schemaMigrations();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const Clock& clock = options.clock ? *options.clock : SystemClock::instance();

    // 1. Look at the file without SQLite: a refusal here touches nothing.
    const bool exists = QFileInfo::exists(path);
    if (exists) {
        if (auto header = inspectDatabaseFile(path, latest); !header)
            return std::unexpected(header.error());
        if (ownerCannotWrite(path))
            return fail(ErrorKind::Io,
                tr("%1 is read-only, so PCS Studio cannot save to it; nothing was written. Make it "
                   "writable again (chmod u+w), or open a copy.")
                    .arg(shown(path)));
    } else if (!options.createIfMissing) {
        return fail(ErrorKind::NotFound, tr("%1 does not exist.").arg(shown(path)));
    } else if (!makePrivateFolder(QFileInfo(path).absolutePath())) {
        return fail(ErrorKind::Io, tr("Cannot create the folder for %1.").arg(shown(path)));
    }

    // 2. One writer per database; with the lock held, tidy what an earlier run left.
    auto lock = takeWriterLock(path);
    if (!lock)
        return std::unexpected(lock.error());
    if (exists) {
        tightenDatabaseFileModes(path);
    } else if (auto created = createPrivateFile(path); !created) {
        return std::unexpected(created.error());
    }
    removeStaleBackupParts(path, options.backupDirectory);

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->lock = std::move(*lock);
    impl->clock = &clock;

    try {
        // The file exists now (created 0600 above when it did not): SQLite gives -wal and -shm
        // the database file's mode.
        impl->db = std::make_unique<SQLite::Database>(path.toStdString(), SQLite::OPEN_READWRITE);
        SQLite::Database& db = *impl->db;
        db.setBusyTimeout(5000);

        // 3. Header and schema, read-only so far: the same checks as every open.
        auto schema = checkSchemaAtOpen(db, path, latest);
        if (!schema)
            return std::unexpected(schema.error());
        impl->schemaVersion = *schema;

        // 4. The connection settings every write relies on.
        db.exec("PRAGMA foreign_keys = ON");
        const std::string journal = db.execAndGet("PRAGMA journal_mode = WAL").getString();
        if (journal != "wal")
            return fail(ErrorKind::Io,
                tr("Cannot switch %1 to write-ahead logging (the journal mode "
                   "stays '%2'); the folder may not allow it.")
                    .arg(shown(path), QString::fromStdString(journal)));
        db.exec("PRAGMA synchronous = FULL");
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("open the database"), path));
    }

    SQLite::Database& db = *impl->db;
    // 5. Migrations: integrity check and a backup first whenever there is data to protect.
    if (impl->schemaVersion < latest) {
        if (impl->schemaVersion > 0) {
            try {
                const QStringList check = quickCheck(db);
                if (check != QStringList{QStringLiteral("ok")})
                    return fail(ErrorKind::Corrupt,
                        tr("%1 fails its integrity check (%2); it was not "
                           "upgraded. Restore a backup.")
                            .arg(shown(path), check.value(0)));
            } catch (const std::exception& e) {
                return std::unexpected(toError(e, tr("check the database before upgrading it"), path));
            }
            const QString backup
                = backupPathFor(path, options.backupDirectory, impl->schemaVersion, clock.nowUtc());
            if (auto copied = backupDatabase(db, path, backup, BackupTarget::MustNotExist); !copied)
                return std::unexpected(copied.error());
            impl->backup = backup;
        }
        for (const Migration& migration : migrations) {
            if (migration.version <= impl->schemaVersion)
                continue;
            if (auto applied = applyMigration(db, path, migration, clock); !applied)
                return std::unexpected(applied.error());
            impl->schemaVersion = migration.version;
            impl->applied.push_back(migration.version);
        }
    }

    try {
        SQLite::Statement id(db, "SELECT value FROM meta WHERE key = 'installation_id'");
        if (id.executeStep())
            impl->installationId = QString::fromStdString(id.getColumn(0).getString());
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the installation id"), path));
    }

    log::info(QStringLiteral("Opened %1 (schema version %2)").arg(path).arg(impl->schemaVersion));
    return std::unique_ptr<Database>(new Database(std::move(impl)));
}

Result<void> Database::backupFile(const QString& requestedSource, const QString& target, BackupTarget mode)
{
    const QString source = QFileInfo(requestedSource).absoluteFilePath();
    if (!QFileInfo::exists(source))
        return fail(ErrorKind::NotFound, tr("%1 does not exist.").arg(shown(source)));
    if (auto header = inspectDatabaseFile(source, latestSchemaVersion()); !header)
        return std::unexpected(header.error());
    try {
        const auto db = openForReading(source);
        return backupDatabase(*db, source, QFileInfo(target).absoluteFilePath(), mode);
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("open the database"), source));
    }
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Database::path() const
{
    return d->path;
}

bool Database::isReadOnly() const
{
    return d->readOnly;
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

QString Database::installationId() const
{
    return d->installationId;
}

const Clock& Database::clock() const
{
    return *d->clock;
}

ConnectionSettings Database::connectionSettings() const
{
    ConnectionSettings settings;
    try {
        settings.foreignKeys = pragmaInt(*d->db, "foreign_keys") == 1;
        settings.journalMode = QString::fromStdString(d->db->execAndGet("PRAGMA journal_mode").getString());
        settings.synchronous = pragmaInt(*d->db, "synchronous");
        settings.busyTimeoutMs = pragmaInt(*d->db, "busy_timeout");
    } catch (const std::exception& e) {
        log::error(QStringLiteral("Reading the connection settings of %1 failed: %2")
                       .arg(d->path, QString::fromUtf8(e.what())));
    }
    return settings;
}

Result<void> Database::transaction(const QString& action, const std::function<Result<void>()>& work)
{
    SQLite::Database& db = *d->db;
    if (sqlite3_get_autocommit(db.getHandle()) == 0)
        return work(); // already inside one: it decides
    try {
        db.exec("BEGIN IMMEDIATE");
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, action, d->path));
    }
    Result<void> result = fail(ErrorKind::Invalid, QString());
    try {
        result = work();
    } catch (const std::exception& e) {
        result = std::unexpected(toError(e, action, d->path));
    }
    if (!result) {
        // SQLite rolls the whole transaction back itself after some failures (a full disk, an
        // I/O error); then there is nothing left to roll back, and the failure stays the news.
        if (sqlite3_get_autocommit(db.getHandle()) == 0) {
            try {
                db.exec("ROLLBACK");
            } catch (const std::exception& e) {
                log::error(QStringLiteral("Rolling back in %1 failed: %2")
                               .arg(d->path, QString::fromUtf8(e.what())));
            }
        }
        return result;
    }
    try {
        db.exec("COMMIT");
    } catch (const std::exception& e) {
        if (sqlite3_get_autocommit(db.getHandle()) == 0) {
            try {
                db.exec("ROLLBACK");
            } catch (const std::exception&) {
                // the transaction is gone already
            }
        }
        return std::unexpected(toError(e, action, d->path));
    }
    return result;
}

const std::vector<int>& Database::appliedMigrations() const
{
    return d->applied;
}

QString Database::preMigrationBackup() const
{
    return d->backup;
}

Result<void> Database::backupTo(const QString& target, BackupTarget mode) const
{
    return backupDatabase(*d->db, d->path, QFileInfo(target).absoluteFilePath(), mode);
}

SQLite::Database& DatabaseAccess::sqlite(Database& database)
{
    return *database.d->db;
}

SQLite::Database& DatabaseAccess::sqlite(const Database& database)
{
    return *database.d->db;
}

} // namespace pcs::storage
