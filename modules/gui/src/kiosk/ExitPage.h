#pragma once

#include "pcs/domain/Account.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// "Exit the kiosk": a staff member's user name and password, checked with AccountStore::signIn
// (wrong ones counted, and the wait after several, as at sign-in). Esc or Cancel goes back.
class ExitPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExitPage(storage::Database& database, QWidget* parent = nullptr);

    QLineEdit* userNameEdit() const { return m_userName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;
    // Empties every field and message.
    void reset();
    // Checks the typed user name and password; emits authorised() when they are right.
    void tryExit();
    // The staff member whose password was accepted last; empty before (and after reset()).
    const std::optional<Account>& authorisedAccount() const { return m_account; }

Q_SIGNALS:
    void authorised();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    storage::Database& m_database;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    std::optional<Account> m_account;
};

} // namespace pcs::gui
