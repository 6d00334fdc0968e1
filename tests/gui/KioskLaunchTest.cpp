// Starting the kiosk from the main window: the staff idle lock waits while it runs.
#include "KioskFixture.h"

#include "pcs/gui/KioskWindow.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/storage/AuditLogStore.h"

#include <QPointer>
#include <QtWidgets>

#include <catch2/catch.hpp>

using namespace pcs;

TEST_CASE("While the kiosk runs the staff lock waits and it resumes when the kiosk is gone")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    const auto staff = storage::AccountStore(*f.database).byUserName(QStringLiteral("sam"));
    REQUIRE(staff);
    REQUIRE(staff->has_value());
    gui::StaffSession session(*f.database, **staff, f.clock);
    gui::MainWindow window(*f.database);
    window.setSession(&session);
    window.show();

    gui::KioskWindow* kiosk = window.startKiosk(f.cohort.id, AssessmentPhase::Pre);
    REQUIRE(kiosk);
    CHECK(kiosk->isVisible());
    CHECK(session.isSuspended());
    const auto started = storage::AuditLogStore(*f.database).latest(1);
    REQUIRE(started);
    CHECK(started->front().action == QStringLiteral("kiosk.started"));
    CHECK(started->front().actor == QStringLiteral("sam"));
    CHECK(started->front().details == QStringLiteral("pre"));
    f.clock.advanceSeconds(60 * 60);
    session.check();
    CHECK_FALSE(session.isLocked()); // an hour of kiosk use never locks the staff session

    QPointer<gui::KioskWindow> guard(kiosk);
    delete kiosk;
    CHECK(guard.isNull());
    CHECK_FALSE(session.isSuspended());
    f.clock.advanceSeconds(6 * 60);
    session.check();
    CHECK(session.isLocked());
}
