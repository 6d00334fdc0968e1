#pragma once

#include "pcs/domain/Account.h"
#include "pcs/domain/Error.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

class QTimer;

namespace pcs {
class Clock;
}
namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The staff member signed in on this laptop, and the idle lock that protects learners' information
// when they step away. After `idleLimit` without a key press, click or mouse move, a warning runs
// for kWarning; any input during it keeps the session open. When it runs out, the session locks:
// the windows hide everything they show until the password is given again. Time comes from the
// injected Clock, so tests move it instead of waiting.
class StaffSession : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultIdleLimit{5 * 60};
    static constexpr std::chrono::seconds kWarning{30};

    StaffSession(storage::Database& database, Account account, const Clock& clock, QObject* parent = nullptr);
    ~StaffSession() override;

    const Account& account() const { return m_account; }
    // The user name of the staff member signed in on this laptop, for audit entries written where
    // no session is at hand; "desktop" when nobody is (tests of single widgets).
    static QString currentActor();
    storage::Database& database() const { return m_database; }
    const Clock& clock() const { return m_clock; }

    void setIdleLimit(std::chrono::seconds limit);
    std::chrono::seconds idleLimit() const { return m_idleLimit; }
    bool isLocked() const { return m_locked; }
    bool isWarning() const { return m_warning; }
    // Seconds left before the lock (counting the warning); 0 once locked.
    int secondsUntilLock() const;

    // Input happened: the idle time starts again and a running warning ends. Ignored while locked.
    void noteActivity();
    // Starts the warning or locks when the idle time says so; called every second by watch().
    void check();
    void lockNow();
    // While suspended (the kiosk is running, with its own idle reset and a staff password to
    // leave it) the session neither warns nor locks; resuming counts as activity.
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }
    // Unlocks with a staff password: the same account, or another one (the session then belongs to
    // it). The store's answer (wrong password, delay after several) comes back as the error.
    Result<void> unlock(const QString& userName, const QString& password);
    // Unlocks as `verified`, whose password the caller has just checked with AccountStore::signIn
    // (the kiosk's exit screen): the staff member is not asked for it a second time.
    void unlockAs(const Account& verified);

    // Watches the application's input and checks the time every second.
    void watch();

Q_SIGNALS:
    void warningStarted(int secondsLeft);
    void warningTick(int secondsLeft);
    void warningCancelled();
    void locked();
    void unlocked();
    void accountChanged(const Account& account);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void audit(const QString& action);

    storage::Database& m_database;
    Account m_account;
    const Clock& m_clock;
    std::chrono::seconds m_idleLimit = kDefaultIdleLimit;
    QDateTime m_lastActivityUtc;
    bool m_warning = false;
    bool m_locked = false;
    bool m_suspended = false;
    QTimer* m_timer = nullptr;
};

} // namespace pcs::gui
