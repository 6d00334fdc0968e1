#include "TestSupport.h"

#include "pcs/domain/Clock.h"
#include "pcs/domain/delivery/RunSheet.h"

#include <catch2/catch.hpp>

using namespace pcs;

namespace {

Workshop halfDay()
{
    Workshop w;
    w.id = QStringLiteral("su-1");
    w.defaultStart = QTime(9, 30);
    w.blocks = {{QStringLiteral("welcome"), {}, 15, false, {}, {}, {}},
        {QStringLiteral("stages"), {}, 60, false, {}, {QStringLiteral("stages-of-change")}, {}},
        {QStringLiteral("break"), {}, 15, true, {}, {}, {}},
        {QStringLiteral("practice"), {}, 45, false, {}, {}, {}}};
    return w;
}

} // namespace

TEST_CASE("The run-sheet plans each block from the session start")
{
    const RunSheet sheet(halfDay(), QTime(9, 30));
    REQUIRE(sheet.blockCount() == 4);
    CHECK(sheet.plannedStart(0) == QTime(9, 30));
    CHECK(sheet.plannedStart(1) == QTime(9, 45));
    CHECK(sheet.plannedStart(2) == QTime(10, 45));
    CHECK(sheet.plannedStart(3) == QTime(11, 0));
    CHECK(sheet.plannedEnd() == QTime(11, 45));
    // A session moved to 13:00 moves every block.
    CHECK(RunSheet(halfDay(), QTime(13, 0)).plannedStart(3) == QTime(14, 30));
}

TEST_CASE("The block timer turns amber at 20 % left, red at 5 %, and over at zero, by the injected clock")
{
    FixedClock clock(QDateTime(QDate(2027, 1, 7), QTime(14, 45), Qt::UTC));
    RunSheet sheet(halfDay(), QTime(9, 30));
    sheet.startBlock(1, clock.nowUtc()); // 60 minutes
    CHECK(sheet.timer(clock.nowUtc()).level == BlockTimer::Level::Normal);
    CHECK(sheet.timer(clock.nowUtc()).remainingSeconds == 3600);

    clock.advanceSeconds(47 * 60 + 59); // 12 min 1 s left: 20.03 %
    CHECK(sheet.timer(clock.nowUtc()).level == BlockTimer::Level::Normal);
    clock.advanceSeconds(1); // exactly 12 minutes: 20 %
    CHECK(sheet.timer(clock.nowUtc()).level == BlockTimer::Level::Amber);
    clock.advanceSeconds(9 * 60); // 3 minutes left: 5 %
    CHECK(sheet.timer(clock.nowUtc()).level == BlockTimer::Level::Red);
    clock.advanceSeconds(3 * 60 + 30);
    const BlockTimer over = sheet.timer(clock.nowUtc());
    CHECK(over.level == BlockTimer::Level::Over);
    CHECK(over.remainingSeconds == -30);

    // Next restarts the timer on the next block; there is no block after the last.
    REQUIRE(sheet.next(clock.nowUtc()));
    CHECK(sheet.current() == 2);
    CHECK(sheet.timer(clock.nowUtc()).remainingSeconds == 15 * 60);
    REQUIRE(sheet.next(clock.nowUtc()));
    CHECK_FALSE(sheet.next(clock.nowUtc()));
    REQUIRE(sheet.previous(clock.nowUtc()));
    CHECK(sheet.current() == 2);
}
