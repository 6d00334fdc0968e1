#include "ExitPage.h"

#include "KioskStyle.h"

#include "pcs/storage/AccountStore.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcs::gui {

ExitPage::ExitPage(storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("exit-page"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* panel = new QWidget(this);
    panel->setFixedWidth(640);
    outer->addWidget(panel);
    outer->addStretch(1);
    auto* layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    auto* title = kiosk::textLabel(tr("Exit the kiosk"), panel, QStringLiteral("exit-title"));
    kiosk::scaleFont(title, 1.6, true);
    layout->addWidget(title);
    layout->addWidget(kiosk::textLabel(
        tr("For staff only. Enter your user name and password to leave the self-assessment kiosk. "
           "Learners' answers are already saved."),
        panel));
    auto* form = new QFormLayout;
    m_userName = new QLineEdit(panel);
    m_userName->setObjectName(QStringLiteral("exit-user-name"));
    m_userName->setAccessibleName(tr("Staff user name"));
    form->addRow(tr("&User name:"), m_userName);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("exit-password"));
    m_password->setAccessibleName(tr("Staff password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = kiosk::textLabel(QString(), panel, QStringLiteral("exit-error"));
    m_error->setProperty("role", QStringLiteral("error"));
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* cancel = kiosk::button(tr("Cancel"), tr("Cancel: back to the self-assessment"), panel);
    cancel->setObjectName(QStringLiteral("exit-cancel"));
    buttons->addWidget(cancel);
    auto* exit = kiosk::button(tr("Exit the kiosk"), tr("Exit the kiosk"), panel, true);
    exit->setObjectName(QStringLiteral("exit-confirm"));
    buttons->addWidget(exit);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, exit);
    setTabOrder(exit, cancel);
    setFocusProxy(m_userName);

    connect(exit, &QPushButton::clicked, this, &ExitPage::tryExit);
    connect(m_password, &QLineEdit::returnPressed, this, &ExitPage::tryExit);
    connect(m_userName, &QLineEdit::returnPressed, m_password,
        [this] { m_password->setFocus(Qt::TabFocusReason); });
    connect(cancel, &QPushButton::clicked, this, &ExitPage::cancelled);
}

QString ExitPage::errorText() const
{
    return m_error->text();
}

void ExitPage::reset()
{
    m_userName->setText(QString());
    m_password->setText(QString());
    m_error->setText(QString());
    m_account.reset();
}

void ExitPage::tryExit()
{
    const QString password = m_password->text();
    m_password->setText(QString());
    const auto signedIn = storage::AccountStore(m_database).signIn(m_userName->text().trimmed(), password);
    if (!signedIn) {
        m_error->setText(signedIn.error().message);
        QAccessibleEvent alert(m_error, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_account = *signedIn;
    Q_EMIT authorised();
}

void ExitPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace pcs::gui
