#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pcs::gui {

class StaffSession;

// What the main window shows while the session is locked: who is signed in, and the password to
// continue (or another staff member's user name and password). Nothing about learners.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(StaffSession& session, QWidget* parent = nullptr);

    QLineEdit* userNameEdit() const { return m_userName; }
    QLineEdit* passwordEdit() const { return m_password; }
    // Tries the typed user name and password; false (with the reason shown) when they do not unlock.
    bool tryUnlock();

private:
    StaffSession& m_session;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace pcs::gui
