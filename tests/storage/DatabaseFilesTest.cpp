// The files around a database: their modes, leftovers of a killed backup, a read-only file, a
// lock from another computer, a full disk.

#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/DatabaseCheck.h"
#include "pcs/storage/Migration.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace pcs;
using namespace pcs::test;

namespace {

int modeOf(const QString& path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

// The umask most desktops run with, so that the modes below are what the code sets, not luck.
struct Umask {
    explicit Umask(mode_t mask)
        : previous(::umask(mask))
    { }
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

// The connection SQLite opened last in this process: storage links the same SQLite library, so a
// test can reach the app's own connection without a seam in the code.
sqlite3* g_lastConnection = nullptr;
int rememberConnection(sqlite3* db, char**, const sqlite3_api_routines*)
{
    g_lastConnection = db;
    return SQLITE_OK;
}

} // namespace

TEST_CASE("A new database is 0600 and the folders its open creates are 0700")
{
    const Umask umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/pcs-studio/new.sqlite"));
    auto database = openOrFail(path);
    REQUIRE(storage::AuditLogStore(*database).append(
        {0, {}, QStringLiteral("t"), QStringLiteral("test.mode"), {}, {}}));
    CHECK(modeOf(dir.filePath(QStringLiteral("data"))) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("data/pcs-studio"))) == 0700);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);

    const QString backup = dir.filePath(QStringLiteral("backups/copy.sqlite"));
    REQUIRE(database->backupTo(backup).has_value());
    CHECK(modeOf(backup) == 0600);
    CHECK(modeOf(dir.filePath(QStringLiteral("backups"))) == 0700);
    database.reset();
    const QString fromFile = dir.filePath(QStringLiteral("copy-from-file.sqlite"));
    REQUIRE(storage::Database::backupFile(path, fromFile).has_value());
    CHECK(modeOf(fromFile) == 0600);

    auto report = storage::checkDatabase(path);
    REQUIRE(report.has_value());
    CHECK(report->warnings.isEmpty());
}

TEST_CASE("An existing database open to other accounts is made private on a writable open")
{
    const Umask umask(022);
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("shared.sqlite"), 2);
    REQUIRE(QFile::setPermissions(path,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    REQUIRE(modeOf(path) == 0644);
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);

    auto report = storage::checkDatabase(path);
    REQUIRE(report.has_value());
    CHECK(report->healthy()); // a warning, not damage
    REQUIRE(report->warnings.size() == 2);
    CHECK(report->warnings.at(0).contains(QStringLiteral("shared.sqlite")));
    CHECK(report->warnings.at(0).contains(QStringLiteral("0644")));
    CHECK(report->warnings.at(1).contains(QDir::toNativeSeparators(dir.path())));
    CHECK(report->warnings.at(1).contains(QStringLiteral("0755")));

    SECTION("a read-only open changes nothing")
    {
        storage::OpenOptions readOnly;
        readOnly.readOnly = true;
        openOrFail(path, readOnly);
        CHECK(modeOf(path) == 0644);
    }
    SECTION("a writable open tightens it")
    {
        openOrFail(path);
        CHECK(modeOf(path) == 0600);
    }
}

TEST_CASE("The partial copy a killed pre-upgrade backup left is removed on the next open")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("pcs.sqlite"), 2);
    const QString stale = dir.filePath(
        QStringLiteral(".pcs.sqlite.v7-20261122T091500Z.backup.0b6e3f0e-5c1a-4a51-9d0f-2f1e9c3a7b11.part"));
    const QString staleJournal = stale + QStringLiteral("-journal");
    const QString otherDatabase
        = dir.filePath(QStringLiteral(".other.sqlite.v7-20261122T091500Z.backup.0b6e3f0e.part"));
    const QString userFile = dir.filePath(QStringLiteral("notes.part"));
    for (const QString& file : {stale, staleJournal, otherDatabase, userFile})
        writeFile(file, QByteArray(8192, 'p'));

    SECTION("beside the database")
    {
        openOrFail(path);
        CHECK_FALSE(QFileInfo::exists(stale));
        CHECK_FALSE(QFileInfo::exists(staleJournal));
    }
    SECTION("in the backup folder of the options")
    {
        const QString folder = dir.filePath(QStringLiteral("backups"));
        REQUIRE(QDir().mkpath(folder));
        const QString inBackups = QDir(folder).filePath(QFileInfo(stale).fileName());
        REQUIRE(QFile::rename(stale, inBackups));
        storage::OpenOptions options;
        options.backupDirectory = folder;
        openOrFail(path, options);
        CHECK_FALSE(QFileInfo::exists(inBackups));
    }
    // What belongs to another database, or to nobody we know, stays.
    CHECK(QFileInfo::exists(otherDatabase));
    CHECK(QFileInfo::exists(userFile));
}

TEST_CASE("A pre-upgrade backup is 0600")
{
    const Umask umask(022);
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("upgrade.sqlite"), 3);
    auto migrations = storage::schemaMigrations();
    migrations.push_back({storage::latestSchemaVersion() + 1, QStringLiteral("test step"),
        QStringLiteral("CREATE TABLE test_extra(id INTEGER PRIMARY KEY);")});
    storage::OpenOptions options;
    options.migrations = &migrations;
    auto upgraded = openOrFail(path, options);
    REQUIRE_FALSE(upgraded->preMigrationBackup().isEmpty());
    CHECK(modeOf(upgraded->preMigrationBackup()) == 0600);
    // Nothing partial is left beside it.
    for (const QString& name : folderEntries(dir.path()))
        CHECK_FALSE(name.endsWith(QStringLiteral(".part")));
}

TEST_CASE("A read-only database is refused for writing without leaving a -wal or -shm behind")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("locked-down.sqlite"), 2);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0400) == 0);
    const QByteArray before = fileChecksum(path);

    auto refused = storage::Database::open(path);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == ErrorKind::Io);
    CHECK(refused.error().message.contains(QStringLiteral("locked-down.sqlite")));
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    CHECK(fileChecksum(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));

    // A -wal and -shm that an older version left while the file was read-only took its mode;
    // once the file is writable again they no longer stand in the way.
    writeFile(path + QStringLiteral("-shm"), QByteArray());
    REQUIRE(::chmod(QFile::encodeName(path + QStringLiteral("-shm")).constData(), 0400) == 0);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    auto reopened = openOrFail(path);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    REQUIRE(storage::AuditLogStore(*reopened).append(
        {0, {}, QStringLiteral("t"), QStringLiteral("test.after"), {}, {}}));
}

TEST_CASE("A lock left by another computer names it and since when and says how to remove it")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("shared-folder.sqlite"), 1);
    const QString lockPath = path + QStringLiteral(".lock");
    // QLockFile's format: process id, application name, host name, machine id, boot id.
    writeFile(lockPath, "4242\npcs-studio\nfront-desk-laptop\n0123456789abcdef0123456789abcdef\n\n");
    const QDateTime since(QDate(2026, 11, 20), QTime(8, 30), Qt::LocalTime);
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::ReadWrite));
        REQUIRE(lock.setFileTime(since, QFileDevice::FileModificationTime));
    }
    const QByteArray before = fileChecksum(path);

    auto refused = storage::Database::open(path);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == ErrorKind::Locked);
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("front-desk-laptop")));
    CHECK(message.contains(QStringLiteral("4242")));
    CHECK(message.contains(QLocale().toString(since, QLocale::ShortFormat)));
    CHECK(message.contains(QStringLiteral("delete %1").arg(QDir::toNativeSeparators(lockPath))));
    CHECK(fileChecksum(path) == before);
    CHECK(QFileInfo::exists(lockPath)); // never taken over: that computer may still be writing

    REQUIRE(QFile::remove(lockPath)); // what the message tells the person to do
    openOrFail(path);
}

TEST_CASE("A full disk gives a message that names the file and says nothing was saved")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("full.sqlite"), 3);
    REQUIRE(sqlite3_auto_extension(reinterpret_cast<void (*)()>(&rememberConnection)) == SQLITE_OK);
    g_lastConnection = nullptr;
    auto database = openOrFail(path);
    sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&rememberConnection));
    REQUIRE(g_lastConnection != nullptr);
    // SQLite returns SQLITE_FULL, as on a full disk, once the file would grow past this size.
    sqlite3_stmt* pages = nullptr;
    REQUIRE(sqlite3_prepare_v2(g_lastConnection, "PRAGMA page_count", -1, &pages, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(pages) == SQLITE_ROW);
    const int pageCount = sqlite3_column_int(pages, 0);
    sqlite3_finalize(pages);
    const std::string limit = "PRAGMA max_page_count = " + std::to_string(pageCount + 1);
    REQUIRE(sqlite3_exec(g_lastConnection, limit.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);

    storage::AuditLogStore audit(*database);
    const qint64 before = audit.count().value();
    auto result = database->transaction(QStringLiteral("create the demo"), [&]() -> Result<void> {
        for (int i = 0; i < 200; ++i) {
            auto written = audit.append({0, {}, QStringLiteral("demo"), QStringLiteral("demo.row"),
                QString::number(i), QString(4000, u'd')});
            if (!written)
                return std::unexpected(written.error());
        }
        return {};
    });
    REQUIRE_FALSE(result.has_value());
    const QString message = result.error().message;
    INFO(message.toStdString());
    CHECK(result.error().kind == ErrorKind::Io);
    CHECK(message.contains(QStringLiteral("full.sqlite")));
    CHECK(message.contains(QStringLiteral("disk is full")));
    CHECK(message.contains(QStringLiteral("nothing of it was saved")));
    CHECK_FALSE(message.contains(QStringLiteral("rollback")));
    CHECK(audit.count().value() == before);
}
