#include "AccountFormDialog.h"

#include "RoleTitle.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pcs::gui {

AccountFormDialog::AccountFormDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Staff Account"));
    build(true);
}

AccountFormDialog::AccountFormDialog(const Account& account, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
{
    setWindowTitle(tr("New Password for %1").arg(account.displayName));
    build(false);
}

void AccountFormDialog::build(bool newAccount)
{
    setObjectName(QStringLiteral("account-form"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const auto field = [this, form](const QString& name, const QString& label, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        form->addRow(label, edit);
        return edit;
    };
    if (newAccount) {
        m_displayName = field(QStringLiteral("account-display-name"), tr("&Name:"), tr("Name"));
        m_userName = field(QStringLiteral("account-user-name"), tr("&User name:"), tr("User name"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("account-role"));
        m_role->setAccessibleName(tr("Role"));
        for (Role role : {Role::Facilitator, Role::Trainer, Role::Administrator})
            m_role->addItem(roleTitle(role), roleKey(role));
        form->addRow(tr("&Role:"), m_role);
    }
    m_password = field(QStringLiteral("account-password"), tr("&Password:"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = field(QStringLiteral("account-confirm"), tr("&Again:"), tr("Password again"));
    m_confirm->setEchoMode(QLineEdit::Password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("account-error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountFormDialog::reject);
}

Account AccountFormDialog::account() const
{
    Account account = m_account;
    if (m_userName) {
        account.userName = m_userName->text().trimmed();
        account.displayName = m_displayName->text().trimmed();
        if (account.displayName.isEmpty())
            account.displayName = account.userName;
        account.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Facilitator);
    }
    return account;
}

QString AccountFormDialog::password() const
{
    return m_password->text();
}

void AccountFormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void AccountFormDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords are not the same."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pcs::gui
