#include "CurriculumFixture.h"
#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Exception.h>

using namespace pcs;
using namespace pcs::test;

namespace {

LocalizedText both(const char* en, const char* fr)
{
    return {QString::fromUtf8(en), QString::fromUtf8(fr)};
}

} // namespace

TEST_CASE("A first import stores the version, its items, and reads back equal")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
    storage::CurriculumStore store(*database);
    CHECK_FALSE(store.current().value().has_value());

    const CurriculumPackage package = smallCurriculum(1);
    auto preview = store.preview(package);
    REQUIRE(preview.has_value());
    CHECK_FALSE(preview->alreadyImported);
    using Kind = storage::CurriculumChange::Kind;
    const std::vector<storage::CurriculumChange> added{
        {Kind::Added, QStringLiteral("program"), QStringLiteral("staff")},
        {Kind::Added, QStringLiteral("topic"), QStringLiteral("currencies")},
        {Kind::Added, QStringLiteral("tool"), QStringLiteral("currencies")},
        {Kind::Added, QStringLiteral("item"), QStringLiteral("staff-currencies-1")},
        {Kind::Added, QStringLiteral("item"), QStringLiteral("staff-currencies-2")}};
    CHECK(preview->changes == added);
    CHECK(rawConnection(database->path())->execAndGet("SELECT count(*) FROM curriculum_versions").getInt()
        == 0);

    auto imported = store.import(package);
    REQUIRE(imported.has_value());
    CHECK(imported->versionId > 0);
    CHECK(imported->previousVersion == 0);
    auto current = store.current();
    REQUIRE(current.has_value());
    REQUIRE(current->has_value());
    CHECK(**current == package);

    auto items = store.items(imported->versionId, QStringLiteral("staff"));
    REQUIRE(items.has_value());
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).id == QStringLiteral("staff-currencies-1"));
    CHECK(items->at(1).text.fr == QStringLiteral("Je peux offrir quelque chose qui a de la valeur."));
}

TEST_CASE("Importing the same version again changes nothing")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
    storage::CurriculumStore store(*database);
    const auto first = store.import(smallCurriculum(1));
    REQUIRE(first.has_value());
    const QByteArray before = fileChecksum(database->path() + QStringLiteral("-wal"));

    const auto again = store.import(smallCurriculum(1));
    REQUIRE(again.has_value());
    CHECK(again->alreadyImported);
    CHECK(again->versionId == first->versionId);
    CHECK(again->changes.empty());
    CHECK(store.versions().value().size() == 1);
    auto raw = rawConnection(database->path());
    CHECK(
        raw->execAndGet("SELECT count(*) FROM audit_log WHERE action = 'curriculum.imported'").getInt() == 1);
}

TEST_CASE("A new version lists what it adds, changes and removes, and leaves the old one intact")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
    storage::CurriculumStore store(*database);
    const auto v1 = store.import(smallCurriculum(1));
    REQUIRE(v1.has_value());

    CurriculumPackage revised = smallCurriculum(2);
    revised.assessment.items[0].text.en = QStringLiteral("I can find out what a person values.");
    revised.assessment.items.erase(revised.assessment.items.begin() + 1);
    revised.assessment.items.push_back({QStringLiteral("staff-currencies-3"), QStringLiteral("staff"),
        QStringLiteral("currencies"), both("I can trade fairly.", "Je peux échanger équitablement.")});
    const auto v2 = store.import(revised);
    REQUIRE(v2.has_value());
    CHECK(v2->previousVersion == 1);
    const std::vector<storage::CurriculumChange> expected{
        {storage::CurriculumChange::Kind::Changed, QStringLiteral("item"),
            QStringLiteral("staff-currencies-1")},
        {storage::CurriculumChange::Kind::Added, QStringLiteral("item"),
            QStringLiteral("staff-currencies-3")},
        {storage::CurriculumChange::Kind::Removed, QStringLiteral("item"),
            QStringLiteral("staff-currencies-2")},
    };
    CHECK(v2->changes == expected);
    CHECK(storage::CurriculumStore::describe(expected[0])
        == QStringLiteral("changed: self-assessment item staff-currencies-1"));

    // Version 1 keeps its items as they were: past assessments keep their meaning.
    auto oldItems = store.items(v1->versionId, QStringLiteral("staff"));
    REQUIRE(oldItems.has_value());
    REQUIRE(oldItems->size() == 2);
    CHECK(oldItems->at(0).text.en == QStringLiteral("I can name what matters to a person."));
    CHECK(store.byVersionId(v1->versionId).value().value() == smallCurriculum(1));
    CHECK(store.current().value().value() == revised);

    SECTION("stored versions cannot be edited or deleted")
    {
        auto raw = rawConnection(database->path(), true);
        CHECK_THROWS_WITH(
            raw->exec("UPDATE curriculum_items SET text_en = 'x'"), Catch::Contains("never changes"));
        CHECK_THROWS_WITH(raw->exec("DELETE FROM curriculum_versions"), Catch::Contains("kept"));
    }
}

TEST_CASE("The same version with other content, or an older version, is refused and writes nothing")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
    storage::CurriculumStore store(*database);
    REQUIRE(store.import(smallCurriculum(2)).has_value());

    CurriculumPackage edited = smallCurriculum(2);
    edited.title.en = QStringLiteral("Edited without a new version");
    auto sameVersion = store.import(edited);
    REQUIRE_FALSE(sameVersion.has_value());
    CHECK(sameVersion.error().message.contains(QStringLiteral("already imported with different content")));

    auto older = store.import(smallCurriculum(1));
    REQUIRE_FALSE(older.has_value());
    CHECK(older.error().message.contains(QStringLiteral("older than the installed version 2")));
    CHECK(store.versions().value().size() == 1);
    CHECK(store.current().value().value() == smallCurriculum(2));
}
