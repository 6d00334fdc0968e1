#pragma once

#include "pcs/domain/Account.h"
#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/storage/AccountStore.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace pcs {
class Clock;
}
namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class ExitPage;
class HandOffPage;
class IdleWarning;
class KioskIdle;
class LearnerSession;
struct KioskContent;

// The learner-facing self-assessment kiosk: one laptop passed around the room, full screen.
//
// The hand-off screen: a learner types their name, chooses it, confirms "this is me" and, where the
// open window uses them, enters their PIN (or chooses one on first use). Their name then stays at
// the top of every page: one topic per page with a competence and a desire-for-development rating
// per item (and a "then" rating in a post assessment that collects them), an optional comment per
// item, a review page, submit, and the topics to work on with their MicroCoaching tools. Every
// answer is committed when given; a learner resumes where they were after a crash. After a post
// self-assessment the learner writes their SAW plan, saved as it is typed; a learner who has
// submitted comes back to it at a later turn (after their PIN). The names found on the hand-off
// screen say nothing of anyone's progress: that a self-assessment is already submitted is said
// only after "this is me" and the PIN.
//
// Submit + Done, or 2 minutes without input (with a warning for the last 20 seconds), save what
// was typed last (the notice says when the store refused it), destroy everything of the learner's
// turn, empty the clipboard and bring the hand-off screen back, empty. Questions, topics
// and anchors are in the learner's language (Person::preferredLanguage, switchable on every
// page); the rest of the interface is in the application's language.
//
// Keyboard: hand-off: type to search, Down to the names (Up from the first back to the search),
// Enter chooses; "Is this you?": Enter on "Yes, this is me"; PIN: digits, Enter. Questions: Tab and
// Shift+Tab between rating groups, comments, Back and Next (the language switch before them);
// in a rating group Left/Right/Up/Down, Home/End or a digit choose, Space chooses the focused
// value; Page Down or Alt+Right: next page, Page Up or Alt+Left: previous; review: Tab through the
// topics (Enter opens one), Submit, then "Yes, submit"; result: Enter on Done. Ctrl+Alt+Q: staff
// exit screen (Esc there goes back). Buttons take Enter and Space.
//
// Leaving needs a staff user name and password ("Staff: exit" at the top right, or Ctrl+Alt+Q);
// a close request (Alt+F4, the window manager) is refused until then, and Escape, Ctrl+W and
// Ctrl+Q do nothing; a window minimised or unmapped from outside comes straight back full screen.
// Started from the staff window (MainWindow::startKiosk), that window is locked while the kiosk
// runs and the staff member who leaves it finds it signed in as them.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(storage::Database& database, const QString& cohortId, AssessmentPhase phase,
        const Clock& clock, QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Full screen and on top, the hand-off screen showing.
    void showKiosk();
    // The cost of PIN hashes set at the kiosk (tests pass cheap ones); kPinHashParameters by default.
    void setPinHashParameters(storage::PasswordHashParameters parameters);

    // What stopped the kiosk from reading the cohort's self-assessment; empty when it could.
    QString loadError() const { return m_loadError; }
    // A learner's turn is under way (from "Is this you?" to the thank-you page).
    bool hasLearner() const { return !m_session.isNull(); }
    bool isExitAuthorised() const { return m_exitAuthorised; }
    // The staff member who gave their password on the exit screen (set when exitRequested is
    // emitted); the staff window, locked while the kiosk ran, opens signed in as them.
    const std::optional<Account>& exitAccount() const { return m_exitAccount; }
    // Reads the clock: the idle warning, or the return to the hand-off screen. Called every second;
    // tests move the clock and call it.
    void checkIdle();
    // Ends the learner's turn (what they typed is saved first), destroys everything of it and shows
    // the hand-off screen, empty, with `notice` (may be empty).
    void returnToHandOff(const QString& notice = {});
    // The staff exit screen.
    void showExitScreen();
    // The window system destroyed the kiosk's window (checked every second; a window manager or
    // `xdotool windowclose` can, without a close event): the learner's turn ends with everything
    // saved and the kiosk closes. `pcs-studio kiosk` then quits, closing (and unlocking) the
    // database; started from the staff window, that window stays locked.
    void endWithoutWindow();
    bool isEnding() const { return m_ending; }

Q_SIGNALS:
    // A staff member gave their password on the exit screen; the kiosk closes itself after this.
    void exitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshHandOff(const QString& notice);
    void startLearner(const QString& personId);
    void leaveExitScreen();
    void authorisedExit();
    void showIdleWarning(int secondsLeft);
    void hideIdleWarning();
    void clearClipboard();
    // Full screen, raised and active again, unless a staff member is leaving the kiosk.
    void reassert();

    storage::Database& m_database;
    QString m_cohortId;
    AssessmentPhase m_phase;
    const Clock& m_clock;
    std::unique_ptr<KioskContent> m_content;
    QString m_loadError;
    storage::PasswordHashParameters m_pinParameters;
    QStackedWidget* m_pages = nullptr;
    HandOffPage* m_handOff = nullptr;
    ExitPage* m_exit = nullptr;
    QPointer<LearnerSession> m_session;
    QPointer<QWidget> m_beforeExit;
    IdleWarning* m_idleWarning = nullptr;
    QPointer<QWidget> m_focusBeforeWarning;
    KioskIdle* m_idle = nullptr;
    bool m_exitAuthorised = false;
    bool m_ending = false; // the window is gone: the kiosk closes
    QTimer* m_presence = nullptr;
    std::optional<Account> m_exitAccount;
};

} // namespace pcs::gui
