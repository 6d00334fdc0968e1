#include "IdleWarning.h"

#include "KioskStyle.h"

#include <QAccessible>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcs::gui {

IdleWarning::IdleWarning(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("idle-warning"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("kiosk-idle-panel"));
    panel->setFixedWidth(680);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(32, 24, 32, 24);
    auto* title = kiosk::textLabel(tr("Still there?"), panel, QStringLiteral("idle-title"));
    kiosk::scaleFont(title, 1.8, true);
    layout->addWidget(title);
    m_text = kiosk::textLabel(QString(), panel, QStringLiteral("idle-text"));
    kiosk::scaleFont(m_text, 1.2);
    layout->addWidget(m_text);
    m_continue = kiosk::button(tr("I'm still here"), tr("I'm still here: continue"), panel, true);
    m_continue->setObjectName(QStringLiteral("idle-continue"));
    layout->addWidget(m_continue, 0, Qt::AlignRight);
    // Centred by stretches, not by alignment, so that the wrapped text gets the height it needs.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(m_continue, &QPushButton::clicked, this, &IdleWarning::continued);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

void IdleWarning::showCountdown(int secondsLeft)
{
    m_text->setText(secondsLeft == 1
            ? tr("Nobody has used the kiosk for a while. To keep your answers private, it returns to the "
                 "start in 1 second. Your answers so far are saved.")
            : tr("Nobody has used the kiosk for a while. To keep your answers private, it returns to the "
                 "start in %1 seconds. Your answers so far are saved.")
                  .arg(secondsLeft));
    m_continue->setAccessibleDescription(m_text->text());
    if (!isVisible()) {
        setGeometry(parentWidget()->rect());
        show();
        raise();
        m_continue->setFocus(Qt::OtherFocusReason);
        QAccessibleEvent alert(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString IdleWarning::text() const
{
    return m_text->text();
}

void IdleWarning::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(20, 24, 33, 170));
}

bool IdleWarning::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace pcs::gui
