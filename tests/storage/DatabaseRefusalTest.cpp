// Files PCS Studio must refuse: each refusal names the file and the problem, leaves the file
// byte-identical and creates nothing beside it.

#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/Database.h"
#include "pcs/storage/DatabaseCheck.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>

using namespace pcs;
using namespace pcs::test;

namespace {

struct Snapshot {
    QByteArray checksum;
    QStringList entries;
};

Snapshot snapshot(const QTemporaryDir& dir, const QString& path)
{
    return {fileChecksum(path), folderEntries(dir.path())};
}

void requireRefusal(const QTemporaryDir& dir, const QString& path, ErrorKind kind, const QString& reason)
{
    const Snapshot before = snapshot(dir, path);
    REQUIRE_FALSE(before.checksum.isEmpty());

    auto opened = storage::Database::open(path);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().kind == kind);
    CHECK(opened.error().message.contains(QFileInfo(path).fileName()));
    CHECK(opened.error().message.contains(reason));

    auto checked = storage::checkDatabase(path);
    REQUIRE_FALSE(checked.has_value());
    CHECK(checked.error().kind == kind);

    auto copied = storage::Database::backupFile(path, dir.filePath(QStringLiteral("copy.sqlite")));
    CHECK_FALSE(copied.has_value());

    const Snapshot after = snapshot(dir, path);
    CHECK(after.checksum == before.checksum);
    CHECK(after.entries == before.entries);
}

} // namespace

TEST_CASE("A file that is not SQLite is refused untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QByteArray garbage(8192, '\0');
    QRandomGenerator generator(42);
    for (char& c : garbage)
        c = static_cast<char>(generator.bounded(256));
    writeFile(path, garbage);
    requireRefusal(dir, path, ErrorKind::Invalid, QStringLiteral("not an SQLite file"));
}

TEST_CASE("A short text file is refused untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.csv"));
    writeFile(path, "first_name,last_name\nAmina,Haddad\n");
    requireRefusal(dir, path, ErrorKind::Invalid, QStringLiteral("not an SQLite file"));
}

TEST_CASE("A truncated database is refused untouched")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("cut.sqlite"), 400);
    QByteArray bytes = readFile(path);
    REQUIRE(bytes.size() > 8 * 4096);
    writeFile(path, bytes.left(bytes.size() / 2));
    requireRefusal(dir, path, ErrorKind::Corrupt, QStringLiteral("truncated"));
}

TEST_CASE("A database cut mid-page is refused untouched")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("midpage.sqlite"), 50);
    QByteArray bytes = readFile(path);
    writeFile(path, bytes.left(bytes.size() - 1000));
    requireRefusal(dir, path, ErrorKind::Corrupt, QStringLiteral("truncated"));
}

TEST_CASE("A database from a newer PCS Studio is refused untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    makeForeignSqliteFile(path, storage::kApplicationId, storage::latestSchemaVersion() + 7);
    requireRefusal(dir, path, ErrorKind::Unsupported, QStringLiteral("newer PCS Studio"));
}

TEST_CASE("Another program's SQLite database is refused untouched")
{
    QTemporaryDir dir;
    SECTION("with its own application id")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        makeForeignSqliteFile(path, 0x46534c21, 3);
        requireRefusal(dir, path, ErrorKind::Unsupported, QStringLiteral("another program"));
    }
    SECTION("with no application id but tables of its own")
    {
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        makeForeignSqliteFile(path, 0, 0);
        const QByteArray before = fileChecksum(path);
        auto opened = storage::Database::open(path);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().kind == ErrorKind::Unsupported);
        CHECK(opened.error().message.contains(QStringLiteral("another program")));
        CHECK(fileChecksum(path) == before);
        CHECK(folderEntries(dir.path()) == QStringList{QStringLiteral("plain.db")});
    }
}

TEST_CASE("A folder given as the database is refused")
{
    QTemporaryDir dir;
    auto opened = storage::Database::open(dir.path());
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().message.contains(QStringLiteral("folder")));
    CHECK(folderEntries(dir.path()).isEmpty());
}
