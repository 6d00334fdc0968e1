#include "LockScreen.h"

#include "pcs/gui/StaffSession.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcs::gui {

LockScreen::LockScreen(StaffSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("lock-screen"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* panel = new QWidget(this);
    panel->setFixedWidth(480);
    auto* layout = new QVBoxLayout(panel);
    auto* title = new QLabel(tr("PCS Studio is locked"), panel);
    title->setObjectName(QStringLiteral("lock-title"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* explanation = new QLabel(
        tr("It locks when nobody has used it for a while, or when you lock it, to keep learners' "
           "information private. %1 is signed in: enter the password to continue, or sign in as "
           "another staff member.")
            .arg(session.account().displayName),
        panel);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    m_userName = new QLineEdit(session.account().userName, panel);
    m_userName->setObjectName(QStringLiteral("lock-user-name"));
    m_userName->setAccessibleName(tr("User name"));
    form->addRow(tr("&User name:"), m_userName);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("lock-password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("lock-error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    layout->addWidget(m_error);
    m_unlock = new QPushButton(tr("U&nlock"), panel);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    layout->addWidget(m_unlock, 0, Qt::AlignRight);
    // Centred by stretches, not by alignment, so that the wrapped text gets the height it needs.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    setFocusProxy(m_password);
}

bool LockScreen::tryUnlock()
{
    const QString password = m_password->text();
    m_password->clear();
    const auto unlocked = m_session.unlock(m_userName->text().trimmed(), password);
    if (unlocked)
        return true; // the window is putting its content back; this screen is going away
    m_error->setText(unlocked.error().message);
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    m_password->setFocus();
    return false;
}

} // namespace pcs::gui
