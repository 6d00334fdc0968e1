#include "pcs/gui/SignInDialog.h"

#include "pcs/storage/AccountStore.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcs::gui {

SignInDialog::Mode SignInDialog::modeFor(storage::Database& database)
{
    const auto hasAdministrator = storage::AccountStore(database).hasAdministrator();
    return hasAdministrator && !*hasAdministrator ? Mode::CreateAdministrator : Mode::SignIn;
}

SignInDialog::SignInDialog(storage::Database& database, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("sign-in"));
    const bool creating = mode == Mode::CreateAdministrator;
    setWindowTitle(creating ? tr("Welcome to PCS Studio") : tr("Sign In to PCS Studio"));
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize); // a small form, whatever the window manager does
    auto* heading = new QLabel(QStringLiteral("PCS Studio"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto* intro
        = new QLabel(creating ? tr("Create the administrator account of this installation. The administrator "
                                   "manages staff accounts, curriculum packages and backups.")
                              : tr("Sign in with your staff account."),
            this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto field = [this, form](const QString& name, const QString& label, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        form->addRow(label, edit);
        return edit;
    };
    if (creating)
        m_displayName = field(QStringLiteral("display-name"), tr("Your &name:"), tr("Your name"));
    m_userName = field(QStringLiteral("user-name"), tr("&User name:"), tr("User name"));
    m_password = field(QStringLiteral("password"), tr("&Password:"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    if (creating) {
        m_password->setPlaceholderText(
            tr("At least %1 characters").arg(storage::AccountStore::kMinimumPasswordLength));
        m_confirm = field(QStringLiteral("confirm-password"), tr("&Again:"), tr("Password again"));
        m_confirm->setEchoMode(QLineEdit::Password);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sign-in-error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(creating ? tr("&Create and Sign In") : tr("&Sign In"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    (creating ? m_displayName : m_userName)->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void SignInDialog::accept()
{
    if (m_mode == Mode::CreateAdministrator ? createAdministrator() : signIn())
        QDialog::accept();
}

bool SignInDialog::createAdministrator()
{
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The two passwords are not the same."));
        m_confirm->clear();
        m_confirm->setFocus();
        return false;
    }
    Account administrator;
    administrator.userName = m_userName->text().trimmed();
    administrator.displayName = m_displayName->text().trimmed();
    if (administrator.displayName.isEmpty())
        administrator.displayName = administrator.userName;
    administrator.role = Role::Administrator;
    storage::AccountStore store(m_database);
    const auto created = store.create(administrator, m_password->text(), QStringLiteral("first-run"));
    if (!created) {
        showError(created.error().message);
        return false;
    }
    const auto signedIn = store.signIn(administrator.userName, m_password->text());
    m_password->clear();
    m_confirm->clear();
    if (!signedIn) {
        showError(signedIn.error().message);
        return false;
    }
    m_account = *signedIn;
    return true;
}

bool SignInDialog::signIn()
{
    const auto signedIn
        = storage::AccountStore(m_database).signIn(m_userName->text().trimmed(), m_password->text());
    m_password->clear();
    if (!signedIn) {
        showError(signedIn.error().message);
        m_password->setFocus();
        return false;
    }
    m_account = *signedIn;
    return true;
}

} // namespace pcs::gui
