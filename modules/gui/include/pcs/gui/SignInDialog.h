#pragma once

#include "pcs/domain/Account.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The first window a staff member sees. On a database without an administrator it creates one
// (name, user name, password typed twice); otherwise it signs in with a user name and password.
// The account store's answers (wrong password, the delay after several) are shown in the dialog.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { CreateAdministrator, SignIn };

    SignInDialog(storage::Database& database, Mode mode, QWidget* parent = nullptr);
    // CreateAdministrator when the database has no administrator yet, else SignIn.
    static Mode modeFor(storage::Database& database);

    Mode mode() const { return m_mode; }
    const Account& account() const { return m_account; }
    QLineEdit* userNameEdit() const { return m_userName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QString errorText() const;

    void accept() override;

private:
    bool createAdministrator();
    bool signIn();
    void showError(const QString& message);

    storage::Database& m_database;
    Mode m_mode;
    Account m_account;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace pcs::gui
