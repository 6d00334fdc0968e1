#include "ReviewPage.h"

#include "KioskStyle.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace pcs::gui {

ReviewPage::ReviewPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("review-page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* title = kiosk::textLabel(tr("Review your answers"), this, QStringLiteral("review-title"));
    kiosk::scaleFont(title, 1.5, true);
    layout->addWidget(title);
    m_summary = kiosk::textLabel(QString(), this, QStringLiteral("review-summary"));
    layout->addWidget(m_summary);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("kiosk-scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list = new QWidget(scroll);
    m_list->setObjectName(QStringLiteral("kiosk-scroll-body"));
    auto* listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 12, 0);
    listLayout->setSpacing(6);
    listLayout->addStretch(1);
    scroll->setWidget(m_list);
    scroll->viewport()->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);

    auto* bottom = new QHBoxLayout;
    m_submit = kiosk::button(tr("Submit my self-assessment"), tr("Submit my self-assessment"), this, true);
    m_submit->setObjectName(QStringLiteral("submit"));
    bottom->addWidget(m_submit);
    m_confirm = new QWidget(this);
    m_confirm->setObjectName(QStringLiteral("submit-confirmation"));
    auto* confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmText = kiosk::textLabel(QString(), m_confirm, QStringLiteral("submit-question"));
    kiosk::scaleFont(m_confirmText, 1.0, true);
    confirmLayout->addWidget(m_confirmText, 1);
    m_yes = kiosk::button(tr("Yes, submit"), tr("Yes, submit my self-assessment"), m_confirm, true);
    m_yes->setObjectName(QStringLiteral("submit-yes"));
    confirmLayout->addWidget(m_yes);
    m_notYet = kiosk::button(tr("Not yet"), tr("Not yet, keep answering"), m_confirm);
    m_notYet->setObjectName(QStringLiteral("submit-not-yet"));
    confirmLayout->addWidget(m_notYet);
    m_confirm->hide();
    bottom->addWidget(m_confirm, 1);
    bottom->addStretch(0);
    layout->addLayout(bottom);

    connect(m_submit, &QPushButton::clicked, this, &ReviewPage::askToConfirm);
    connect(m_yes, &QPushButton::clicked, this, &ReviewPage::submitConfirmed);
    connect(m_notYet, &QPushButton::clicked, this, &ReviewPage::cancelConfirmation);
}

void ReviewPage::setRows(const std::vector<Row>& rows)
{
    auto* listLayout = static_cast<QVBoxLayout*>(m_list->layout());
    for (QPushButton* row : m_rows)
        delete row;
    m_rows.clear();
    int complete = 0;
    int items = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        complete += row.complete;
        items += row.items;
        const QString count = row.complete == row.items
            ? tr("✓ all answered")
            : tr("%1 of %2 answered").arg(row.complete).arg(row.items);
        auto* rowButton = kiosk::button(
            tr("%1 — %2").arg(row.title, count), tr("Go back to %1: %2").arg(row.title, count), m_list);
        rowButton->setObjectName(QStringLiteral("review-topic-%1").arg(i));
        rowButton->setProperty("row", true);
        connect(rowButton, &QPushButton::clicked, this, [this, i] { Q_EMIT topicChosen(int(i)); });
        listLayout->insertWidget(int(i), rowButton);
        m_rows.push_back(rowButton);
    }
    m_unanswered = items - complete;
    m_summary->setText(m_unanswered == 0
            ? tr("You have answered every question. Choose a topic to change an answer, or submit.")
            : tr("%1 of %2 questions are answered. Choose a topic to finish it, or submit as it is.")
                  .arg(complete)
                  .arg(items));
    m_submit->setAccessibleDescription(m_summary->text());
    // Tab order: the topics, then Submit and the question.
    QWidget* previous = nullptr;
    for (QPushButton* row : m_rows) {
        if (previous)
            setTabOrder(previous, row);
        previous = row;
    }
    if (previous)
        setTabOrder(previous, m_submit);
    setTabOrder(m_submit, m_yes);
    setTabOrder(m_yes, m_notYet);
}

QWidget* ReviewPage::firstControl() const
{
    if (!m_confirm->isVisible())
        return m_submit;
    return m_unanswered == 0 ? static_cast<QWidget*>(m_yes) : m_notYet;
}

void ReviewPage::askToConfirm()
{
    m_confirmText->setText(m_unanswered == 0 ? tr("Submit now? You cannot change your answers afterwards.")
            // Two source texts, so that English reads right without an English translation file.
            : m_unanswered == 1
            ? tr("%n question has no answer. Submit anyway? You cannot change your answers afterwards.",
                nullptr, m_unanswered)
            : tr("%n questions have no answer. Submit anyway? You cannot change your answers afterwards.",
                nullptr, m_unanswered));
    m_yes->setAccessibleDescription(m_confirmText->text());
    m_notYet->setAccessibleDescription(m_confirmText->text());
    // With questions left unanswered, Enter keeps answering: a blank submission takes a deliberate choice.
    QPushButton* preferred = m_unanswered == 0 ? m_yes : m_notYet;
    for (QPushButton* button : {m_yes, m_notYet}) {
        button->setProperty("primary", button == preferred);
        button->style()->unpolish(button);
        button->style()->polish(button);
    }
    m_submit->hide();
    m_confirm->show();
    preferred->setFocus(Qt::OtherFocusReason);
    QAccessibleEvent alert(m_confirmText, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ReviewPage::cancelConfirmation()
{
    const bool hadFocus = m_confirm->isAncestorOf(focusWidget());
    m_confirm->hide();
    m_submit->show();
    if (hadFocus)
        m_submit->setFocus(Qt::OtherFocusReason);
}

} // namespace pcs::gui
