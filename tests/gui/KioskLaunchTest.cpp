// Starting the kiosk from the main window: the staff windows are locked while it runs (the idle
// lock waits), and the staff password that leaves the kiosk opens them again.
#include "KioskFixture.h"
#include "KioskTestSupport.h"

#include "../../modules/gui/src/assessment/SawPlanEditor.h"

#include "pcs/gui/AssessmentWorkspace.h"
#include "pcs/gui/KioskWindow.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/SawPlanStore.h"

#include <QAccessible>
#include <QPointer>
#include <QTest>
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
    CHECK(session.isLocked()); // the staff window behind the kiosk
    f.clock.advanceSeconds(60 * 60);
    session.check();
    CHECK(session.isLocked());

    // Gone without a staff password (destroyed): the staff window stays locked.
    QPointer<gui::KioskWindow> guard(kiosk);
    delete kiosk;
    CHECK(guard.isNull());
    CHECK_FALSE(session.isSuspended());
    CHECK(session.isLocked());
}

namespace {

// Whatever a learner could read in a window other than the kiosk, on the screen or through the
// accessibility tree, reached with the window manager's switcher.
QString readableOutside(const QWidget* kiosk)
{
    QStringList texts;
    QAccessibleInterface* application = QAccessible::queryAccessibleInterface(qApp);
    for (int i = 0; application && i < application->childCount(); ++i)
        if (QAccessibleInterface* child = application->child(i); child && child->object() != kiosk)
            test::collectAccessibleTexts(child, texts);
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top == kiosk || !top->isVisible())
            continue;
        test::collectAccessibleTexts(QAccessible::queryAccessibleInterface(top), texts);
        test::collectWidgetTexts(top, texts);
    }
    return texts.join(u'\n');
}

} // namespace

TEST_CASE("While the kiosk runs every staff window is locked and the staff password that leaves it signs in")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    const auto staff = storage::AccountStore(*f.database).byUserName(QStringLiteral("sam"));
    REQUIRE(staff);
    REQUIRE(staff->has_value());
    gui::StaffSession session(*f.database, **staff, f.clock);
    gui::MainWindow window(*f.database);
    window.setSession(&session);
    window.showWorkspace(gui::Workspace::SelfAssessment);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.assessmentWorkspace()->selectCohort(f.cohort.id));
    // Another staff window with learners in it (a roster printout, a report preview).
    QWidget roster;
    roster.setWindowTitle(QStringLiteral("Roster of %1").arg(f.learners.front().displayName()));
    auto* rosterLayout = new QVBoxLayout(&roster);
    auto* table = new QTableWidget(int(f.learners.size()), 1, &roster);
    for (int row = 0; row < int(f.learners.size()); ++row)
        table->setItem(row, 0, new QTableWidgetItem(f.learners[size_t(row)].displayName()));
    rosterLayout->addWidget(table);
    roster.show();
    test::settle();
    const auto readableNames = [&](const QString& text) {
        QStringList found;
        for (const Person& learner : f.learners)
            for (const QString& name : {learner.lastName, learner.displayName()})
                if (text.contains(name))
                    found << name;
        return found;
    };
    REQUIRE(readableNames(readableOutside(nullptr)).size() >= int(f.learners.size()));

    gui::KioskWindow* kiosk = window.startKiosk(f.cohort.id, AssessmentPhase::Pre);
    REQUIRE(kiosk);
    QPointer<gui::KioskWindow> guard(kiosk);
    kiosk->setPinHashParameters(test::kCheapHash);
    REQUIRE(QTest::qWaitForWindowActive(kiosk));
    test::settle();
    CHECK(session.isLocked());
    INFO(readableOutside(kiosk).toStdString());
    CHECK(readableNames(readableOutside(kiosk)).isEmpty());
    CHECK(readableOutside(kiosk).contains(QStringLiteral("PCS Studio is locked")));
    f.clock.advanceSeconds(7 * 60);
    session.check();
    test::settle();
    CHECK(readableNames(readableOutside(kiosk)).isEmpty());
    // The kiosk itself is not touched by the lock: a learner starts and answers.
    test::startWithKeys(QStringLiteral("ben"));
    CHECK(kiosk->hasLearner());
    CHECK(readableNames(readableOutside(kiosk)).isEmpty());

    // Leaving with the staff password: the staff window is back, signed in, without asking again.
    test::press(Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(test::focused()->objectName() == QStringLiteral("exit-user-name"));
    test::type(QStringLiteral("sam"));
    test::press(Qt::Key_Tab);
    test::type(test::kStaffPassword);
    test::press(Qt::Key_Return);
    test::settle();
    CHECK(guard.isNull());
    CHECK_FALSE(session.isLocked());
    CHECK_FALSE(session.isSuspended());
    CHECK(session.account().userName == QStringLiteral("sam"));
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("lock-screen")));
    CHECK(readableNames(readableOutside(nullptr)).size() >= int(f.learners.size()));
    CHECK(table->isVisible());
    CHECK(roster.windowTitle() == QStringLiteral("Roster of %1").arg(f.learners.front().displayName()));
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
