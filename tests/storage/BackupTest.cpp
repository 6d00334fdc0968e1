#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Database.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace pcs;
using namespace pcs::test;

TEST_CASE("A backup is a complete, consistent copy and never half a file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    auto database = openOrFail(path);
    storage::AuditLogStore audit(*database);
    for (int i = 0; i < 40; ++i)
        REQUIRE(audit.append(
            {0, {}, QStringLiteral("t"), QStringLiteral("test.backup"), QString::number(i), {}}));

    const QString target = dir.filePath(QStringLiteral("copies/live-backup.sqlite"));
    REQUIRE(database->backupTo(target).has_value());
    auto copy = rawConnection(target);
    CHECK(copy->execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(copy->execAndGet("SELECT count(*) FROM audit_log").getInt() == 40);
    CHECK(copy->execAndGet("PRAGMA application_id").getInt() == storage::kApplicationId);
    copy.reset();
    // Only the finished copy is left in the folder.
    CHECK(folderEntries(dir.filePath(QStringLiteral("copies")))
        == QStringList{QStringLiteral("live-backup.sqlite")});

    SECTION("an existing target is kept unless replacing was asked for")
    {
        const QByteArray first = fileChecksum(target);
        REQUIRE(audit.append(
            {0, {}, QStringLiteral("t"), QStringLiteral("test.backup"), QStringLiteral("41"), {}}));
        auto refused = database->backupTo(target);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("already exists")));
        CHECK(fileChecksum(target) == first);

        REQUIRE(database->backupTo(target, storage::BackupTarget::ReplaceExisting).has_value());
        CHECK(rawConnection(target)->execAndGet("SELECT count(*) FROM audit_log").getInt() == 41);
    }
    SECTION("the database itself is never a backup target")
    {
        auto refused = database->backupTo(path, storage::BackupTarget::ReplaceExisting);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("database itself")));
    }
}

TEST_CASE("A database open in another window can still be backed up from its file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    auto writer = openOrFail(path);
    REQUIRE(storage::AuditLogStore(*writer).append(
        {0, {}, QStringLiteral("t"), QStringLiteral("test.committed"), {}, {}}));

    const QString target = dir.filePath(QStringLiteral("busy-copy.sqlite"));
    REQUIRE(storage::Database::backupFile(path, target).has_value());
    // The committed row sits in the write-ahead log, and the copy has it.
    CHECK(rawConnection(target)
              ->execAndGet("SELECT count(*) FROM audit_log WHERE action = 'test.committed'")
              .getInt()
        == 1);
}

TEST_CASE("Backing up into a folder that cannot be written says so and leaves nothing")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("src.sqlite"), 3);
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    writeFile(blocker, "x");
    auto result = storage::Database::backupFile(path, blocker + QStringLiteral("/copy.sqlite"));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.contains(QStringLiteral("not-a-folder")));
    CHECK(readFile(blocker) == "x");
}
