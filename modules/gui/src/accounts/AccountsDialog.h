#pragma once

#include "pcs/domain/Account.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pcs::gui {

class StaffSession;

// Staff accounts, for administrators: add one, set a new password (which also lifts the wait
// after wrong passwords), disable or enable. Every change is audited by the account store with
// the signed-in administrator as its actor.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(StaffSession& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const std::vector<Account>& accounts() const { return m_accounts; }
    // Each opens its form where one is needed; true when the change was saved.
    bool addAccount();
    bool resetPassword();
    bool toggleDisabled();

private:
    void reload();
    const Account* selected() const;
    void updateButtons();

    StaffSession& m_session;
    std::vector<Account> m_accounts;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_toggle = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace pcs::gui
