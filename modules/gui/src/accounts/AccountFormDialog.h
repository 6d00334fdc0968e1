#pragma once

#include "pcs/domain/Account.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pcs::gui {

// A new staff account (name, user name, role and a first password typed twice), or only a new
// password typed twice for an existing one. It checks that the two passwords match; the account
// store checks the rest when the caller saves.
class AccountFormDialog : public QDialog
{
    Q_OBJECT

public:
    // New account.
    explicit AccountFormDialog(QWidget* parent = nullptr);
    // New password for `account`.
    AccountFormDialog(const Account& account, QWidget* parent = nullptr);

    Account account() const;
    QString password() const;
    void showError(const QString& message);
    void accept() override;

private:
    void build(bool newAccount);

    Account m_account;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_userName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace pcs::gui
