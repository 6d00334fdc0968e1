#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/DatabaseCheck.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pcs;
using namespace pcs::test;

namespace {

qint64 rowsOf(const storage::DatabaseCheck& report, const QString& table)
{
    const auto found = std::find_if(
        report.tables.begin(), report.tables.end(), [&](const auto& row) { return row.table == table; });
    return found == report.tables.end() ? -1 : found->rows;
}

} // namespace

TEST_CASE("Checking a healthy database reports its version, quick_check and rows, and changes nothing")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("healthy.sqlite"), 12);
    const QByteArray before = fileChecksum(path);
    const QStringList entries = folderEntries(dir.path());

    auto report = storage::checkDatabase(path);
    REQUIRE(report.has_value());
    CHECK(report->healthy());
    CHECK(report->quickCheckOk());
    CHECK(report->schemaVersion == storage::latestSchemaVersion());
    CHECK(report->journalMode == QStringLiteral("wal"));
    CHECK(rowsOf(*report, QStringLiteral("audit_log")) == 12);
    CHECK(rowsOf(*report, QStringLiteral("migration_history")) == storage::latestSchemaVersion());
    CHECK(rowsOf(*report, QStringLiteral("meta")) == 2);
    CHECK(std::is_sorted(report->tables.begin(), report->tables.end(),
        [](const auto& a, const auto& b) { return a.table < b.table; }));

    CHECK(fileChecksum(path) == before);
    CHECK(folderEntries(dir.path()) == entries);
}

TEST_CASE("Checking works while the database is open for writing, and sees committed rows")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.sqlite"));
    auto writer = openOrFail(path);
    REQUIRE(storage::AuditLogStore(*writer).append(
        {0, {}, QStringLiteral("x"), QStringLiteral("test.one"), {}, {}}));
    auto report = storage::checkDatabase(path);
    REQUIRE(report.has_value());
    CHECK(rowsOf(*report, QStringLiteral("audit_log")) == 1);
}

TEST_CASE("Checking a damaged database reports the damage")
{
    QTemporaryDir dir;
    const QString path = makeDatabaseWithRows(dir, QStringLiteral("scribbled.sqlite"), 300);
    QByteArray bytes = readFile(path);
    for (int page = 3; page < bytes.size() / 4096; page += 2)
        for (int offset = 0; offset < 48; ++offset)
            bytes[page * 4096 + offset] = char(0x5A);
    writeFile(path, bytes);

    auto report = storage::checkDatabase(path);
    if (report.has_value()) {
        CHECK_FALSE(report->quickCheckOk());
        CHECK_FALSE(report->healthy());
    } else {
        CHECK(report.error().kind == ErrorKind::Corrupt);
        CHECK(report.error().message.contains(QStringLiteral("scribbled.sqlite")));
    }
}

TEST_CASE("Checking a missing file is an error that names it")
{
    QTemporaryDir dir;
    auto report = storage::checkDatabase(dir.filePath(QStringLiteral("nowhere.sqlite")));
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().kind == ErrorKind::NotFound);
    CHECK(report.error().message.contains(QStringLiteral("nowhere.sqlite")));
    CHECK(folderEntries(dir.path()).isEmpty());
}
