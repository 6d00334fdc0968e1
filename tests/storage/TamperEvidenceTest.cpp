// The audit log and imported curriculum versions cannot be rewritten through SQL, and an edit made
// around the schema (dropped triggers, another program) is found and named.

#include "CurriculumFixture.h"
#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/DatabaseCheck.h"
#include "pcs/storage/Migration.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Exception.h>

using namespace pcs;
using namespace pcs::test;

namespace {

void appendEntries(storage::Database& database, int count)
{
    std::vector<AuditEntry> entries;
    for (int i = 1; i <= count; ++i)
        entries.push_back({0, {}, QStringLiteral("tester"), QStringLiteral("test.row"), QString::number(i),
            QStringLiteral("entry %1").arg(i)});
    REQUIRE(storage::AuditLogStore(database).append(entries).has_value());
}

std::optional<qint64> brokenAt(const QString& path)
{
    auto database = openOrFail(path);
    auto broken = storage::AuditLogStore(*database).firstBrokenEntry();
    REQUIRE(broken.has_value());
    return *broken ? std::optional<qint64>((*broken)->entryId) : std::nullopt;
}

} // namespace

TEST_CASE("INSERT OR REPLACE over an audit entry is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    appendEntries(*openOrFail(path), 3);

    auto raw = rawConnection(path, true);
    CHECK_THROWS_WITH(
        raw->exec("INSERT OR REPLACE INTO audit_log(id, at, actor, action, subject, details) "
                  "VALUES (2, '2026-01-01T00:00:00.000Z', 'someone', 'test.row', 'x', 'rewritten')"),
        Catch::Contains("append-only"));
    CHECK_THROWS_WITH(raw->exec("REPLACE INTO audit_log(id, at, actor, action) "
                                "VALUES (3, '2026-01-01T00:00:00.000Z', 'someone', 'test.row')"),
        Catch::Contains("append-only"));
    // A plain insert that does not continue the hash chain is refused too.
    CHECK_THROWS_WITH(raw->exec("INSERT INTO audit_log(at, actor, action) "
                                "VALUES ('2026-01-01T00:00:00.000Z', 'someone', 'test.row')"),
        Catch::Contains("hash chain"));
    CHECK(raw->execAndGet("SELECT details FROM audit_log WHERE id = 2").getString() == "entry 2");
    CHECK(raw->execAndGet("SELECT count(*) FROM audit_log").getInt() == 3);
}

TEST_CASE("INSERT OR REPLACE over an imported curriculum version or its rows is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("curriculum.sqlite"));
    {
        auto database = openOrFail(path);
        REQUIRE(storage::CurriculumStore(*database).import(smallCurriculum(1)).has_value());
    }
    auto raw = rawConnection(path, true);
    const std::string before = raw->execAndGet("SELECT content FROM curriculum_versions").getString();
    CHECK_THROWS_WITH(
        raw->exec("INSERT OR REPLACE INTO curriculum_versions(id, package_id, version, released, "
                  "imported_at, content_sha256, content) SELECT id, package_id, version, "
                  "released, imported_at, content_sha256, 'forged' FROM curriculum_versions"),
        Catch::Contains("never changes"));
    // The same package and version under a new id conflicts on the unique key instead.
    CHECK_THROWS_WITH(
        raw->exec("INSERT OR REPLACE INTO curriculum_versions(id, package_id, version, released, "
                  "imported_at, content_sha256, content) SELECT 99, package_id, version, "
                  "released, imported_at, content_sha256, 'forged' FROM curriculum_versions"),
        Catch::Contains("never changes"));
    CHECK_THROWS_WITH(
        raw->exec("INSERT OR REPLACE INTO curriculum_items SELECT version_id, item_id, program_id, "
                  "topic_id, position, 'forged', text_fr FROM curriculum_items"),
        Catch::Contains("never changes"));
    CHECK_THROWS_WITH(raw->exec("INSERT OR REPLACE INTO curriculum_programs SELECT version_id, program_id, "
                                "position, 'forged', title_fr, contact_minutes FROM curriculum_programs"),
        Catch::Contains("never changes"));
    CHECK_THROWS_WITH(raw->exec("INSERT OR REPLACE INTO curriculum_tools SELECT version_id, tool_id, number, "
                                "'forged', title_fr FROM curriculum_tools"),
        Catch::Contains("never changes"));
    CHECK_THROWS_WITH(
        raw->exec("UPDATE curriculum_tools SET title_en = 'forged'"), Catch::Contains("never changes"));
    CHECK_THROWS_WITH(raw->exec("DELETE FROM curriculum_programs"), Catch::Contains("is kept"));
    CHECK(raw->execAndGet("SELECT content FROM curriculum_versions").getString() == before);
    CHECK(raw->execAndGet("SELECT count(*) FROM curriculum_versions").getInt() == 1);
    CHECK(raw->execAndGet("SELECT count(*) FROM curriculum_items WHERE text_en = 'forged'").getInt() == 0);
}

TEST_CASE("Audit entries form a hash chain: each holds the hash of the one before")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chain.sqlite"));
    appendEntries(*openOrFail(path), 4);
    CHECK_FALSE(brokenAt(path).has_value());

    auto raw = rawConnection(path);
    SQLite::Statement rows(*raw, "SELECT prev_hash, entry_hash FROM audit_log ORDER BY id");
    std::string previous;
    int count = 0;
    while (rows.executeStep()) {
        CHECK(rows.getColumn(0).getString() == previous);
        CHECK(rows.getColumn(1).getString().size() == 64);
        CHECK(rows.getColumn(1).getString() != previous);
        previous = rows.getColumn(1).getString();
        ++count;
    }
    CHECK(count == 4);
}

TEST_CASE("An audit edit made around the triggers is found and the first broken entry named")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.sqlite"));
    appendEntries(*openOrFail(path), 8);
    qint64 expected = 0;
    {
        auto raw = rawConnection(path, true);
        raw->exec("DROP TRIGGER audit_log_no_update");
        raw->exec("DROP TRIGGER audit_log_no_delete");
        SECTION("a changed entry")
        {
            raw->exec("UPDATE audit_log SET actor = 'someone else' WHERE id = 5");
            expected = 5;
        }
        SECTION("a removed entry: the one after it no longer follows")
        {
            raw->exec("DELETE FROM audit_log WHERE id = 3");
            expected = 4;
        }
        SECTION("a removed last entry")
        {
            raw->exec("DELETE FROM audit_log WHERE id = 8");
            expected = 8;
        }
        SECTION("an entry whose stored hash was altered")
        {
            raw->exec("UPDATE audit_log SET entry_hash = replace(entry_hash, substr(entry_hash, 1, 1), 'f') "
                      "WHERE id = 6");
            expected = 6;
        }
    }
    CHECK(brokenAt(path) == expected);

    auto report = storage::checkDatabase(path);
    REQUIRE(report.has_value());
    CHECK(report->quickCheckOk());
    CHECK_FALSE(report->healthy());
    CHECK(report->firstBrokenAuditEntry == expected);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.front().contains(QStringLiteral("entry %1").arg(expected)));
    CHECK(report->problems.front().contains(QStringLiteral("edited.sqlite")));
}

TEST_CASE("The upgrade to the chained audit log chains the entries already there")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    const std::vector<storage::Migration> upToV7(
        storage::schemaMigrations().begin(), storage::schemaMigrations().begin() + 7);
    {
        storage::OpenOptions options;
        options.migrations = &upToV7;
        auto v7 = openOrFail(path, options);
        REQUIRE(v7->schemaVersion() == 7);
        appendEntries(*v7, 5);
    }
    auto upgraded = openOrFail(path);
    CHECK(upgraded->schemaVersion() == storage::latestSchemaVersion());
    appendEntries(*upgraded, 2);
    upgraded.reset();
    CHECK_FALSE(brokenAt(path).has_value());
    auto raw = rawConnection(path);
    CHECK(raw->execAndGet("SELECT count(*) FROM audit_log WHERE entry_hash IS NULL").getInt() == 0);
    CHECK(raw->execAndGet("SELECT count(*) FROM audit_log").getInt() == 7);
    auto report = storage::checkDatabase(path);
    REQUIRE(report.has_value());
    CHECK(report->healthy());
    CHECK(report->auditChained);
}

TEST_CASE("A curriculum version changed outside PCS Studio is refused on load and named by db check")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forged.sqlite"));
    qint64 versionId = 0;
    {
        auto database = openOrFail(path);
        auto imported = storage::CurriculumStore(*database).import(smallCurriculum(1));
        REQUIRE(imported.has_value());
        versionId = imported->versionId;
    }
    {
        auto raw = rawConnection(path, true);
        raw->exec("DROP TRIGGER curriculum_versions_immutable");
        raw->exec("UPDATE curriculum_versions SET content = replace(content, 'I can offer something', "
                  "'I never offer anything')");
        REQUIRE(raw->getChanges() == 1);
    }
    auto database = openOrFail(path);
    storage::CurriculumStore store(*database);
    for (const auto& loaded : {store.current(), store.byVersionId(versionId)}) {
        REQUIRE_FALSE(loaded.has_value());
        CHECK(loaded.error().kind == ErrorKind::Corrupt);
        CHECK(loaded.error().message.contains(QStringLiteral("forged.sqlite")));
        CHECK(loaded.error().message.contains(QStringLiteral("version %1").arg(versionId)));
        CHECK(loaded.error().message.contains(QStringLiteral("SHA-256")));
    }
    // Importing a newer version diffs against the stored one, so it is refused too.
    CHECK_FALSE(store.import(smallCurriculum(2)).has_value());
    database.reset();

    auto report = storage::checkDatabase(path);
    REQUIRE(report.has_value());
    CHECK(report->quickCheckOk());
    CHECK_FALSE(report->healthy());
    CHECK(report->curriculumVersions == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.front().contains(QStringLiteral("version %1").arg(versionId)));
}
