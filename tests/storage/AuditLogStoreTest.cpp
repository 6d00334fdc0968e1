#include "StorageTestSupport.h"

#include "pcs/storage/AuditLogStore.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Exception.h>

using namespace pcs;
using namespace pcs::test;

TEST_CASE("Audit entries are stored in order with the database clock's time")
{
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(14, 30, 5), Qt::UTC));
    storage::OpenOptions options;
    options.clock = &clock;
    auto database = openOrFail(dir.filePath(QStringLiteral("audit.sqlite")), options);
    storage::AuditLogStore audit(*database);

    auto stored = audit.append({{0, {}, QStringLiteral("mlavoie"), QStringLiteral("kiosk.opened"),
                                    QStringLiteral("cohort-7"), QStringLiteral("phase pre")},
        {0, {}, QStringLiteral("mlavoie"), QStringLiteral("kiosk.closed"), QStringLiteral("cohort-7"), {}}});
    REQUIRE(stored.has_value());
    REQUIRE(stored->size() == 2);
    CHECK((*stored)[0].id < (*stored)[1].id);

    auto latest = audit.latest(10);
    REQUIRE(latest.has_value());
    REQUIRE(latest->size() == 2);
    CHECK(latest->at(0).action == QStringLiteral("kiosk.closed"));
    CHECK(latest->at(1) == stored->at(0));
    CHECK(latest->at(1).atUtc == clock.nowUtc());
    CHECK(audit.count().value() == 2);
}

TEST_CASE("A batch with one invalid entry writes nothing")
{
    QTemporaryDir dir;
    auto database = openOrFail(dir.filePath(QStringLiteral("audit.sqlite")));
    storage::AuditLogStore audit(*database);
    auto result = audit.append({{0, {}, QStringLiteral("a"), QStringLiteral("export.written"), {}, {}},
        {0, {}, QStringLiteral("a"), QStringLiteral("Not An Action"), {}, {}}});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.contains(QStringLiteral("Not An Action")));
    CHECK(audit.count().value() == 0);
}

TEST_CASE("The audit log refuses updates and deletions")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    auto database = openOrFail(path);
    REQUIRE(storage::AuditLogStore(*database).append(
        {0, {}, QStringLiteral("a"), QStringLiteral("database.backed-up"), QStringLiteral("x"), {}}));
    database.reset();

    auto raw = rawConnection(path, true);
    CHECK_THROWS_WITH(
        raw->exec("UPDATE audit_log SET actor = 'someone else'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(raw->exec("DELETE FROM audit_log"), Catch::Contains("append-only"));
    CHECK(raw->execAndGet("SELECT actor FROM audit_log").getString() == "a");
}
