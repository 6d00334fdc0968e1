#include "pcs/domain/Clock.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace pcs;

TEST_CASE("Storage times are UTC ISO 8601 with milliseconds and read back unchanged")
{
    const QDateTime toronto(QDate(2026, 3, 8), QTime(1, 59, 59, 250), QTimeZone("America/Toronto"));
    const QString stored = toStorageTime(toronto);
    CHECK(stored == QStringLiteral("2026-03-08T06:59:59.250Z"));
    CHECK(fromStorageTime(stored) == toronto);
    CHECK(fromStorageTime(stored).timeSpec() == Qt::UTC);
}

TEST_CASE("Storage times without milliseconds are still read")
{
    CHECK(fromStorageTime(QStringLiteral("2026-11-22T12:00:00Z"))
        == QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
    CHECK_FALSE(fromStorageTime(QStringLiteral("yesterday")).isValid());
}

TEST_CASE("A fixed clock stays put until moved")
{
    FixedClock clock(QDateTime(QDate(2026, 1, 31), QTime(23, 59, 30), Qt::UTC));
    CHECK(clock.nowUtc() == clock.nowUtc());
    clock.advanceSeconds(45);
    CHECK(clock.nowUtc() == QDateTime(QDate(2026, 2, 1), QTime(0, 0, 15), Qt::UTC));
}

TEST_CASE("The system clock tells UTC now")
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = SystemClock::instance().nowUtc();
    CHECK(now.timeSpec() == Qt::UTC);
    CHECK(now >= before);
    CHECK(before.secsTo(now) < 5);
}
