#include "ConfirmPage.h"

#include "KioskStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcs::gui {

ConfirmPage::ConfirmPage(const QString& learnerName, bool resuming, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confirm-page"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* question = kiosk::textLabel(tr("Is this you?"), this);
    question->setAlignment(Qt::AlignCenter);
    kiosk::scaleFont(question, 1.4);
    layout->addWidget(question);
    auto* name = kiosk::textLabel(learnerName, this, QStringLiteral("confirm-name"));
    name->setAlignment(Qt::AlignCenter);
    kiosk::scaleFont(name, 3.0, true);
    layout->addWidget(name);
    auto* note = kiosk::textLabel(
        resuming ? tr("You will continue where you left off.") : tr("Only go on if this is your own name."),
        this);
    note->setAlignment(Qt::AlignCenter);
    note->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(note);
    layout->addSpacing(24);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_no = kiosk::button(tr("No, go back"), tr("No, this is not me: go back"), this);
    m_no->setObjectName(QStringLiteral("confirm-no"));
    buttons->addWidget(m_no);
    m_yes = kiosk::button(tr("Yes, this is me"), tr("Yes, I am %1").arg(learnerName), this, true);
    m_yes->setObjectName(QStringLiteral("confirm-yes"));
    buttons->addWidget(m_yes);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setTabOrder(m_yes, m_no);
    setFocusProxy(m_yes);
    connect(m_yes, &QPushButton::clicked, this, &ConfirmPage::confirmed);
    connect(m_no, &QPushButton::clicked, this, &ConfirmPage::declined);
}

} // namespace pcs::gui
