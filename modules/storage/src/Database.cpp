#include "pcs/storage/Database.h"

#include "DatabaseAccess.h"
#include "FileHeader.h"
#include "SqlSupport.h"
#include "pcs/log/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QUuid>

#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

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

// True when the process that wrote a lock is known to have ended: it ran on this computer and its
// process id no longer exists.
bool ownerIsGone(qint64 pid, const QString& host)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || (!host.isEmpty() && host != QSysInfo::machineHostName()))
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    Q_UNUSED(host);
    return false;
#endif
}

Result<std::unique_ptr<QLockFile>> takeWriterLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    qint64 ownerPid = 0;
    QString ownerHost;
    QString ownerApp;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&ownerPid, &ownerHost, &ownerApp)) {
        // A lock file that names no owner: its writer died while creating it, or is writing it at
        // this moment. Give a live writer a moment; then the file is stale.
        if (lock->tryLock(250))
            return lock;
        if (!lock->getLockInfo(&ownerPid, &ownerHost, &ownerApp) && lock->removeStaleLockFile()
            && lock->tryLock(0)) {
            log::warning(QStringLiteral("Removed an ownerless lock file beside %1").arg(path));
            return lock;
        }
    }
    if (lock->error() == QLockFile::LockFailedError && ownerIsGone(ownerPid, ownerHost)) {
        // QLockFile can decline a stale lock whose owner died while itself clearing an older one
        // (a leftover .rmlock). The owner is gone from this computer: the lock protects nothing.
        QFile::remove(lock->fileName() + QStringLiteral(".rmlock"));
        if (lock->removeStaleLockFile() && lock->tryLock(0)) {
            log::warning(QStringLiteral("Removed the lock of process %1, which has ended, beside %2")
                             .arg(ownerPid)
                             .arg(path));
            return lock;
        }
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return fail(ErrorKind::Locked,
            Database::tr("%1 is already open in another PCS Studio (process %2 on %3). "
                         "Close it there first; nothing was written.")
                .arg(shown(path))
                .arg(pid)
                .arg(host.isEmpty() ? Database::tr("this computer") : host));
    }
    return fail(ErrorKind::Io,
        Database::tr("Cannot create the lock file beside %1: the folder "
                     "may be read-only.")
            .arg(shown(path)));
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

// The schema check of the open path: cheap, proportional to the schema, not to the data.
Result<void> checkSchema(SQLite::Database& db, const QString& path, int userVersion)
{
    int objects = 0;
    bool hasMeta = false;
    SQLite::Statement query(db, "SELECT type, name FROM sqlite_schema");
    while (query.executeStep()) {
        ++objects;
        if (query.getColumn(1).getString() == "meta")
            hasMeta = true;
    }
    const int applicationId = pragmaInt(db, "application_id");
    if (applicationId == 0 && objects > 0)
        return fail(ErrorKind::Unsupported,
            Database::tr("%1 is an SQLite database of another program, not of PCS Studio.").arg(shown(path)));
    if (userVersion > 0 && !hasMeta)
        return fail(ErrorKind::Corrupt,
            Database::tr("%1 is damaged: its schema has no meta table.").arg(shown(path)));
    return {};
}

Result<void> applyMigration(
    SQLite::Database& db, const QString& path, const Migration& migration, const Clock& clock)
{
    return writeTransaction(
        db, Database::tr("apply schema migration %1").arg(migration.version), [&](SQLite::Database& sql) {
            if (pragmaInt(sql, "user_version") != migration.version - 1)
                throw std::runtime_error("the schema changed while it was being migrated");
            sql.exec(migration.sql.toStdString());
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
        impl->schemaVersion = pragmaInt(*impl->db, "user_version");
        if (auto schema = checkSchema(*impl->db, path, impl->schemaVersion); !schema)
            return std::unexpected(schema.error());
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
    } else if (!options.createIfMissing) {
        return fail(ErrorKind::NotFound, tr("%1 does not exist.").arg(shown(path)));
    } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(ErrorKind::Io, tr("Cannot create the folder for %1.").arg(shown(path)));
    }

    // 2. One writer per database.
    auto lock = takeWriterLock(path);
    if (!lock)
        return std::unexpected(lock.error());

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->lock = std::move(*lock);
    impl->clock = &clock;

    try {
        const int flags = SQLite::OPEN_READWRITE | (exists ? 0 : SQLite::OPEN_CREATE);
        impl->db = std::make_unique<SQLite::Database>(path.toStdString(), flags);
        SQLite::Database& db = *impl->db;
        db.setBusyTimeout(5000);

        // 3. Header and schema, read-only so far.
        impl->schemaVersion = pragmaInt(db, "user_version");
        if (impl->schemaVersion > latest)
            return fail(ErrorKind::Unsupported,
                tr("%1 was written by a newer PCS Studio (schema version %2; this version "
                   "knows up to %3). Update PCS Studio to open it.")
                    .arg(shown(path))
                    .arg(impl->schemaVersion)
                    .arg(latest));
        if (auto schema = checkSchema(db, path, impl->schemaVersion); !schema)
            return std::unexpected(schema.error());

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
    try {
        db.exec(result ? "COMMIT" : "ROLLBACK");
    } catch (const std::exception& e) {
        try {
            db.exec("ROLLBACK");
        } catch (const std::exception&) {
            // the transaction is gone already
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
