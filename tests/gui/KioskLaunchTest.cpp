// Starting the kiosk from the main window: the staff idle lock waits while it runs.
#include "KioskFixture.h"
#include "KioskTestSupport.h"

#include "../../modules/gui/src/assessment/SawPlanEditor.h"

#include "pcs/gui/KioskWindow.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/SawPlanStore.h"

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

TEST_CASE("After the post-assessment the learner writes a SAW plan in the kiosk and it leaves with them")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Post);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Post);
    test::startWithKeys(QStringLiteral("ben"));
    for (int perTopic : {2, 3, 1}) {
        for (int i = 0; i < perTopic; ++i)
            test::answerWithKeys(2, 4);
        test::press(Qt::Key_PageDown);
    }
    REQUIRE(test::focused()->objectName() == QStringLiteral("submit"));
    test::press(Qt::Key_Return);
    test::press(Qt::Key_Return); // "Yes, submit"
    auto* plan = kiosk->findChild<QPushButton*>(QStringLiteral("result-plan"));
    REQUIRE(plan);
    REQUIRE(plan->isVisible());
    plan->click();
    test::settle();
    auto* editor = kiosk->findChild<gui::SawPlanEditor*>();
    REQUIRE(editor);
    CHECK(test::visibleLabel(kiosk.get(), QStringLiteral("plan-title")).startsWith(QStringLiteral("Ben")));
    editor->topicBox()->setCurrentIndex(1);
    const QString topicId = editor->topicBox()->currentData().toString();
    REQUIRE(editor->saveCurrent());
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    const auto stored = storage::SawPlanStore(*f.database).sawPlan(f.cohort.id, ben.id);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().topicId == topicId);

    // Done: back to the hand-off, and the plan's page is gone with the learner.
    kiosk->findChild<QPushButton*>(QStringLiteral("plan-done"))->click();
    test::settle();
    CHECK_FALSE(kiosk->hasLearner());
    CHECK_FALSE(kiosk->findChild<gui::SawPlanEditor*>());
    CHECK_FALSE(test::everythingReadable().contains(QStringLiteral("Okafor")));
}

TEST_CASE("The pre-assessment result offers no SAW plan")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    test::startWithKeys(QStringLiteral("ben"));
    for (int perTopic : {2, 3, 1}) {
        for (int i = 0; i < perTopic; ++i)
            test::answerWithKeys(3, 3);
        test::press(Qt::Key_PageDown);
    }
    test::press(Qt::Key_Return);
    test::press(Qt::Key_Return);
    REQUIRE(test::focused()->objectName() == QStringLiteral("result-done"));
    CHECK_FALSE(kiosk->findChild<QPushButton*>(QStringLiteral("result-plan")));
}
