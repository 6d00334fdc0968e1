// Staff accounts in the window: first-run administrator, sign-in, the idle warning and lock (what
// stays visible and in the accessibility tree), unlocking, and account administration.
#include "CohortTestSupport.h"
#include "DialogTestSupport.h"

#include "../../modules/gui/src/accounts/AccountFormDialog.h"
#include "../../modules/gui/src/accounts/AccountsDialog.h"
#include "../../modules/gui/src/accounts/LockScreen.h"
#include "../../modules/gui/src/cohorts/SessionDialog.h"
#include "pcs/domain/Clock.h"
#include "pcs/gui/CohortsWorkspace.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/SignInDialog.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/storage/AccountStore.h"
#include "pcs/storage/AuditLogStore.h"

#include <QAccessible>
#include <QTest>
#include <QtWidgets>

#include <catch2/catch.hpp>

#include <functional>

using namespace pcs;

namespace {

constexpr storage::PasswordHashParameters kCheap{1, 1024, 1};
const QString kPassword = QStringLiteral("correct horse 42");

Account makeAccount(storage::Database& database, const QString& userName, Role role)
{
    Account account;
    account.userName = userName;
    account.displayName = userName.toUpper();
    account.role = role;
    const auto created
        = storage::AccountStore(database, kCheap).create(account, kPassword, QStringLiteral("test"));
    if (!created)
        FAIL(created.error().message.toStdString());
    return *created;
}

// Every name, value and description in the accessibility tree of the application.
void collectAccessibleText(QAccessibleInterface* node, QStringList& texts, int depth = 0)
{
    if (!node || depth > 60)
        return;
    for (QAccessible::Text kind : {QAccessible::Name, QAccessible::Value, QAccessible::Description})
        if (const QString text = node->text(kind); !text.isEmpty())
            texts << text;
    for (int i = 0; i < node->childCount(); ++i)
        collectAccessibleText(node->child(i), texts, depth + 1);
}

QString everythingShown()
{
    QStringList texts;
    collectAccessibleText(QAccessible::queryAccessibleInterface(qApp), texts);
    // And what visible widgets hold, whether or not they expose it to assistive technology.
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        for (QWidget* widget : top->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                texts << label->text();
            if (auto* edit = qobject_cast<QLineEdit*>(widget))
                texts << edit->text();
            if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
                for (int row = 0; row < view->model()->rowCount(); ++row)
                    texts << view->model()->index(row, 0).data().toString();
        }
    }
    return texts.join(u'\n');
}

} // namespace

TEST_CASE("First run creates the administrator and then asks to sign in")
{
    test::CohortDatabase db;
    REQUIRE(gui::SignInDialog::modeFor(*db.database) == gui::SignInDialog::Mode::CreateAdministrator);
    gui::SignInDialog first(*db.database, gui::SignInDialog::Mode::CreateAdministrator);
    first.displayNameEdit()->setText(QStringLiteral("Jo Administrator"));
    first.userNameEdit()->setText(QStringLiteral("jo"));
    first.passwordEdit()->setText(kPassword);
    first.confirmEdit()->setText(QStringLiteral("something else"));
    first.accept();
    CHECK(first.result() != QDialog::Accepted);
    CHECK(first.errorText() == QStringLiteral("The two passwords are not the same."));
    first.passwordEdit()->setText(QStringLiteral("short"));
    first.confirmEdit()->setText(QStringLiteral("short"));
    first.accept();
    CHECK(first.errorText() == QStringLiteral("A password needs at least 8 characters."));
    first.passwordEdit()->setText(kPassword);
    first.confirmEdit()->setText(kPassword);
    first.accept();
    REQUIRE(first.result() == QDialog::Accepted);
    CHECK(first.account().role == Role::Administrator);
    CHECK(first.account().displayName == QStringLiteral("Jo Administrator"));
    CHECK(gui::SignInDialog::modeFor(*db.database) == gui::SignInDialog::Mode::SignIn);

    gui::SignInDialog signIn(*db.database, gui::SignInDialog::Mode::SignIn);
    CHECK_FALSE(signIn.findChild<QLineEdit*>(QStringLiteral("confirm-password")));
    signIn.userNameEdit()->setText(QStringLiteral("jo"));
    signIn.passwordEdit()->setText(QStringLiteral("wrong password"));
    signIn.accept();
    CHECK(signIn.errorText() == QStringLiteral("The user name or password is not right."));
    CHECK(signIn.passwordEdit()->text().isEmpty()); // never left in the field
    signIn.passwordEdit()->setText(kPassword);
    signIn.accept();
    CHECK(signIn.result() == QDialog::Accepted);
    CHECK(signIn.account().userName == QStringLiteral("jo"));
}

TEST_CASE("Wrong passwords at sign-in make the next try wait")
{
    test::CohortDatabase db;
    makeAccount(*db.database, QStringLiteral("sam"), Role::Facilitator);
    gui::SignInDialog dialog(*db.database, gui::SignInDialog::Mode::SignIn);
    dialog.userNameEdit()->setText(QStringLiteral("sam"));
    for (int i = 0; i < 4; ++i) {
        dialog.passwordEdit()->setText(QStringLiteral("guess %1").arg(i));
        dialog.accept();
    }
    dialog.passwordEdit()->setText(kPassword); // right, but too soon
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().startsWith(QStringLiteral("Too many wrong passwords. Try again in")));
}

TEST_CASE("The idle lock warns first then hides every learner from the screen and the accessibility tree")
{
    test::CohortDatabase db;
    const Cohort cohort = test::createCohort(db, QStringLiteral("Kenora spring"), QDate(2027, 3, 1),
        {QStringLiteral("Amélie Tremblay"), QStringLiteral("Kai Morningstar")});
    const Account staff = makeAccount(*db.database, QStringLiteral("sam"), Role::Facilitator);
    FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(14, 0), Qt::UTC));
    gui::StaffSession session(*db.database, staff, clock);
    session.setIdleLimit(std::chrono::minutes(5));
    session.watch(); // input anywhere in the application counts as activity
    gui::MainWindow window(*db.database);
    window.setSession(&session);
    window.showWorkspace(gui::Workspace::Cohorts);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* workspace = window.findChild<gui::CohortsWorkspace*>();
    REQUIRE(workspace->selectCohort(cohort.id));
    // A dialog left open with a learner's notes in it.
    auto* notes = new QLineEdit(QStringLiteral("Kai Morningstar asked for the French job aids"));
    QDialog open(&window);
    auto* openLayout = new QVBoxLayout(&open);
    openLayout->addWidget(notes);
    open.show();
    REQUIRE(everythingShown().contains(QStringLiteral("Tremblay")));
    REQUIRE(everythingShown().contains(QStringLiteral("Kai Morningstar asked")));

    // Four and a half minutes of nothing: the warning, which any input ends.
    auto* warning = window.findChild<QToolBar*>(QStringLiteral("idle-warning"));
    REQUIRE(warning);
    clock.advanceSeconds(4 * 60 + 40);
    session.check();
    CHECK(warning->isVisible());
    CHECK(window.findChild<QLabel*>(QStringLiteral("idle-warning-text"))
              ->text()
              .contains(QStringLiteral("20 seconds")));
    QTest::mouseMove(&window, QPoint(300, 300));
    QTest::keyClick(&window, Qt::Key_Shift);
    CHECK_FALSE(warning->isVisible());
    CHECK_FALSE(session.isLocked());

    // Five minutes of nothing: locked.
    clock.advanceSeconds(4 * 60 + 40);
    session.check();
    clock.advanceSeconds(20);
    session.check();
    REQUIRE(session.isLocked());
    QApplication::processEvents();
    CHECK(qobject_cast<gui::LockScreen*>(window.centralWidget()));
    CHECK(open.isVisible()); // still open: nothing typed in it is lost
    const QString shown = everythingShown();
    CHECK_FALSE(shown.contains(QStringLiteral("Tremblay")));
    CHECK_FALSE(shown.contains(QStringLiteral("Morningstar")));
    CHECK_FALSE(shown.contains(QStringLiteral("Kenora spring")));
    CHECK(shown.contains(QStringLiteral("PCS Studio is locked")));
    for (QAction* action : window.findChildren<QAction*>())
        if (!action->text().isEmpty())
            CHECK_FALSE(action->isEnabled());

    // A wrong password keeps it locked; the right one brings everything back as it was.
    auto* lock = qobject_cast<gui::LockScreen*>(window.centralWidget());
    lock->passwordEdit()->setText(QStringLiteral("not it"));
    CHECK_FALSE(lock->tryUnlock());
    CHECK(session.isLocked());
    CHECK(window.findChild<QLabel*>(QStringLiteral("lock-error"))->text()
        == QStringLiteral("The user name or password is not right."));
    lock->passwordEdit()->setText(kPassword);
    CHECK(lock->tryUnlock());
    CHECK_FALSE(session.isLocked());
    QApplication::processEvents();
    CHECK(window.findChild<gui::CohortsWorkspace*>() == workspace);
    CHECK(workspace->isVisible());
    CHECK(workspace->selectedCohortId() == cohort.id);
    CHECK(notes->isVisible());
    CHECK(notes->text() == QStringLiteral("Kai Morningstar asked for the French job aids"));
    CHECK(everythingShown().contains(QStringLiteral("Tremblay")));

    // Locking and unlocking are in the audit log.
    const auto audit = storage::AuditLogStore(*db.database).latest(10);
    REQUIRE(audit);
    QStringList actions;
    for (const AuditEntry& entry : *audit)
        actions << entry.action;
    CHECK(actions.contains(QStringLiteral("session.locked")));
    CHECK(actions.contains(QStringLiteral("session.unlocked")));
}

TEST_CASE("Only the person's own input counts as activity and not the events Qt makes itself")
{
    test::CohortDatabase db;
    const Account staff = makeAccount(*db.database, QStringLiteral("sam"), Role::Facilitator);
    FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(14, 0), Qt::UTC));
    gui::StaffSession session(*db.database, staff, clock);
    session.setIdleLimit(std::chrono::minutes(5));
    session.watch();
    QWidget window;
    window.resize(400, 300);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    clock.advanceSeconds(4 * 60 + 40);
    session.check();
    REQUIRE(session.secondsUntilLock() == 20);
    // A mouse move sent by the program (as Qt does when a widget appears under the pointer) is
    // not the person moving the mouse: the lock keeps counting down.
    QMouseEvent synthetic(QEvent::MouseMove, QPointF(10, 10), QPointF(10, 10), QPointF(10, 10), Qt::NoButton,
        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &synthetic);
    QKeyEvent key(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
    QApplication::sendEvent(&window, &key);
    CHECK(session.secondsUntilLock() == 20);
    // Input delivered by the window system is.
    QTest::keyClick(&window, Qt::Key_Shift);
    CHECK(session.secondsUntilLock() == 5 * 60);
    clock.advanceSeconds(60);
    QTest::mouseMove(&window, QPoint(200, 150));
    CHECK(session.secondsUntilLock() == 5 * 60);
}

TEST_CASE("File Lock locks at once and the lock time follows Settings")
{
    test::CohortDatabase db;
    const Account staff = makeAccount(*db.database, QStringLiteral("sam"), Role::Administrator);
    FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(14, 0), Qt::UTC));
    gui::StaffSession session(*db.database, staff, clock);
    gui::MainWindow window(*db.database);
    window.setSession(&session);
    window.show();
    auto* minutes = window.findChild<QSpinBox*>(QStringLiteral("lock-minutes"));
    REQUIRE(minutes);
    minutes->setValue(12);
    CHECK(session.idleLimit() == std::chrono::minutes(12));
    CHECK(window.findChild<QLabel*>(QStringLiteral("status-signed-in"))->text()
        == QStringLiteral("Signed in: SAM (Administrator)"));
    window.findChild<QAction*>(QStringLiteral("action-lock"))->trigger();
    CHECK(session.isLocked());
    minutes->setValue(5); // restore the user's settings file for the other tests
}

TEST_CASE("An administrator adds accounts, sets new passwords and disables accounts")
{
    test::CohortDatabase db;
    const Account admin = makeAccount(*db.database, QStringLiteral("admin"), Role::Administrator);
    FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(14, 0), Qt::UTC));
    gui::StaffSession session(*db.database, admin, clock);
    gui::AccountsDialog dialog(session);
    dialog.show();
    REQUIRE(dialog.table()->rowCount() == 1);

    test::onNextDialog<gui::AccountFormDialog>(&dialog, [](gui::AccountFormDialog* form) {
        form->findChild<QLineEdit*>(QStringLiteral("account-display-name"))
            ->setText(QStringLiteral("Robin Facilitator"));
        form->findChild<QLineEdit*>(QStringLiteral("account-user-name"))->setText(QStringLiteral("robin"));
        auto* role = form->findChild<QComboBox*>(QStringLiteral("account-role"));
        role->setCurrentIndex(role->findData(QStringLiteral("trainer")));
        form->findChild<QLineEdit*>(QStringLiteral("account-password"))
            ->setText(QStringLiteral("robin's password"));
        form->findChild<QLineEdit*>(QStringLiteral("account-confirm"))
            ->setText(QStringLiteral("robin's password"));
        form->accept();
    });
    REQUIRE(dialog.addAccount());
    REQUIRE(dialog.table()->rowCount() == 2);
    const auto robin = storage::AccountStore(*db.database).byUserName(QStringLiteral("robin"));
    REQUIRE(robin);
    REQUIRE(robin->has_value());
    CHECK((*robin)->role == Role::Trainer);

    dialog.table()->selectRow(1);
    test::onNextDialog<gui::AccountFormDialog>(&dialog, [](gui::AccountFormDialog* form) {
        form->findChild<QLineEdit*>(QStringLiteral("account-password"))
            ->setText(QStringLiteral("a brand new one"));
        form->findChild<QLineEdit*>(QStringLiteral("account-confirm"))
            ->setText(QStringLiteral("a brand new one"));
        form->accept();
    });
    REQUIRE(dialog.resetPassword());
    CHECK(storage::AccountStore(*db.database)
              .signIn(QStringLiteral("robin"), QStringLiteral("a brand new one")));

    dialog.table()->selectRow(1);
    REQUIRE(dialog.toggleDisabled());
    CHECK((*storage::AccountStore(*db.database).byUserName(QStringLiteral("robin")))->disabled);
    // The signed-in administrator cannot disable themself here.
    dialog.table()->selectRow(0);
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("toggle-account"))->isEnabled());
}
