#include "KioskIdle.h"

#include "pcs/domain/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace pcs::gui {

KioskIdle::KioskIdle(QWidget& watched, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_watched(&watched)
    , m_clock(clock)
    , m_lastActivityUtc(clock.nowUtc())
{
    // On the application, so that input to any widget of the kiosk counts (an event filter on the
    // window alone sees only the window's own events).
    QCoreApplication::instance()->installEventFilter(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &KioskIdle::check);
    m_timer->start();
}

KioskIdle::~KioskIdle()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int KioskIdle::secondsLeft() const
{
    const qint64 idle = m_lastActivityUtc.secsTo(m_clock.nowUtc());
    return int(std::max<qint64>(0, kLimit.count() - idle));
}

void KioskIdle::noteActivity()
{
    m_lastActivityUtc = m_clock.nowUtc();
    if (m_warning) {
        m_warning = false;
        Q_EMIT warningCancelled();
    }
}

void KioskIdle::check()
{
    const int left = secondsLeft();
    if (left <= 0) {
        m_warning = false;
        // The time starts again: the hand-off screen the kiosk returns to is a fresh start.
        m_lastActivityUtc = m_clock.nowUtc();
        Q_EMIT timedOut();
        return;
    }
    if (left <= kWarning.count()) {
        if (!m_warning) {
            m_warning = true;
            Q_EMIT warningStarted(left);
        } else {
            Q_EMIT warningTick(left);
        }
    }
}

bool KioskIdle::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_watched)
            break;
        if (auto* widget = qobject_cast<QWidget*>(watched); widget && widget->window() == m_watched)
            noteActivity();
        else if (watched == m_watched->windowHandle()) // mouse moves reach the window, not a widget
            noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pcs::gui
