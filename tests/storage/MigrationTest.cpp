#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/Migration.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace pcs;
using namespace pcs::test;

namespace {

std::vector<storage::Migration> withExtraMigration(const QString& sql)
{
    std::vector<storage::Migration> migrations = storage::schemaMigrations();
    migrations.push_back({storage::latestSchemaVersion() + 1, QStringLiteral("test step"), sql});
    return migrations;
}

} // namespace

TEST_CASE("Schema versions run 1, 2, 3 ... without gaps")
{
    const auto& migrations = storage::schemaMigrations();
    REQUIRE_FALSE(migrations.empty());
    for (size_t i = 0; i < migrations.size(); ++i) {
        CHECK(migrations[i].version == int(i) + 1);
        CHECK_FALSE(migrations[i].description.isEmpty());
        CHECK_FALSE(migrations[i].sql.trimmed().isEmpty());
    }
}

TEST_CASE("An upgrade checks the file, backs it up, then migrates in one transaction per step")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("upgrade.sqlite"), 25);
    const int before = storage::latestSchemaVersion();

    const auto migrations = withExtraMigration(
        QStringLiteral("CREATE TABLE test_partners(id TEXT PRIMARY KEY, name TEXT NOT NULL);"
                       "INSERT INTO test_partners VALUES ('org-1', 'Durham Region Social Services');"));
    storage::OpenOptions options;
    options.migrations = &migrations;
    const FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 15), Qt::UTC));
    options.clock = &clock;

    auto upgraded = openOrFail(path, options);
    CHECK(upgraded->schemaVersion() == before + 1);
    CHECK(upgraded->appliedMigrations() == std::vector<int>{before + 1});

    const QString backup = upgraded->preMigrationBackup();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).fileName()
        == QStringLiteral("upgrade.sqlite.v%1-20261122T091500Z.backup").arg(before));
    auto copy = rawConnection(backup);
    CHECK(copy->execAndGet("PRAGMA user_version").getInt() == before);
    CHECK(copy->execAndGet("SELECT count(*) FROM audit_log").getInt() == 25);
    CHECK_FALSE(copy->tableExists("test_partners"));
    CHECK(copy->execAndGet("PRAGMA integrity_check").getString() == "ok");

    auto raw = rawConnection(path);
    CHECK(raw->execAndGet("SELECT name FROM test_partners").getString() == "Durham Region Social Services");
    CHECK(raw->execAndGet("SELECT count(*) FROM migration_history").getInt() == before + 1);
    CHECK(
        raw->execAndGet("SELECT applied_at FROM migration_history ORDER BY version DESC LIMIT 1").getString()
        == "2026-11-22T09:15:00.000Z");
    CHECK(raw->execAndGet("SELECT count(*) FROM audit_log").getInt() == 25);
}

TEST_CASE("A failing migration leaves the database at its previous version with its data")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("broken-step.sqlite"), 10);
    const QByteArray original = fileChecksum(path);
    const auto migrations
        = withExtraMigration(QStringLiteral("CREATE TABLE half_done(id INTEGER);"
                                            "INSERT INTO table_that_does_not_exist VALUES (1);"));
    storage::OpenOptions options;
    options.migrations = &migrations;

    auto failed = storage::Database::open(path, options);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().message.contains(
        QStringLiteral("migration %1").arg(storage::latestSchemaVersion() + 1)));
    CHECK(failed.error().message.contains(QStringLiteral("broken-step.sqlite")));

    auto raw = rawConnection(path);
    CHECK(raw->execAndGet("PRAGMA user_version").getInt() == storage::latestSchemaVersion());
    CHECK_FALSE(raw->tableExists("half_done"));
    CHECK(raw->execAndGet("SELECT count(*) FROM audit_log").getInt() == 10);
    raw.reset();
    // The current build still opens it as it was.
    auto reopened = openOrFail(path);
    CHECK(reopened->appliedMigrations().empty());
    reopened.reset();
    CHECK(fileChecksum(path) == original);
}

TEST_CASE("A damaged database is not migrated and not backed up")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("damaged.sqlite"), 300);
    QByteArray bytes = readFile(path);
    const int pageSize = 4096;
    REQUIRE(bytes.size() >= 6 * pageSize);
    // Scribble over the b-tree pages after the schema page, keeping the file size.
    for (int page = 2; page < bytes.size() / pageSize; ++page)
        for (int offset = 0; offset < 64; ++offset)
            bytes[page * pageSize + offset] = char(0xA5);
    writeFile(path, bytes);
    const QByteArray damaged = fileChecksum(path);
    const QStringList entries = folderEntries(dir.path());

    const auto migrations = withExtraMigration(QStringLiteral("CREATE TABLE later(id INTEGER);"));
    storage::OpenOptions options;
    options.migrations = &migrations;
    auto opened = storage::Database::open(path, options);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().kind == ErrorKind::Corrupt);
    CHECK(opened.error().message.contains(QStringLiteral("damaged.sqlite")));
    CHECK(fileChecksum(path) == damaged);
    CHECK(folderEntries(dir.path()) == entries);
}

TEST_CASE("A new file whose first migration fails is not left behind")
{
    QTemporaryDir dir;
    const std::vector<storage::Migration> broken{{1, QStringLiteral("broken"),
        QStringLiteral("CREATE TABLE meta(key TEXT); INSERT INTO nowhere VALUES (1);")}};
    storage::OpenOptions options;
    options.migrations = &broken;
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("fresh.sqlite")), options);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().message.contains(QStringLiteral("migration 1")));
    CHECK(folderEntries(dir.path()).isEmpty());
}
