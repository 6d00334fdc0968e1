#include "QuitAfterShow.h"

#include "SignalQuit.h"

#include "pcs/log/Log.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace pcs::app {

QuitAfterShow::QuitAfterShow(QApplication& application)
    : m_application(application)
{
    m_application.installEventFilter(this);
}

QuitAfterShow::~QuitAfterShow()
{
    m_application.removeEventFilter(this);
}

bool QuitAfterShow::eventFilter(QObject* watched, QEvent* event)
{
    // A window's paint reaches the widgets it repaints (a top-level widget fully covered by opaque
    // children may get none itself), so any widget of a visible top-level window counts.
    if (!m_triggered && event->type() == QEvent::Paint && watched->isWidgetType()) {
        const QWidget* window = static_cast<QWidget*>(watched)->window();
        if (window && window->isVisible()) {
            m_triggered = true;
            log::info(QStringLiteral("First window painted (%1); quitting as --quit-after-show asks")
                          .arg(QString::fromLatin1(window->metaObject()->className())));
            // After the paint in progress (and the rest of this repaint) has been delivered.
            QTimer::singleShot(0, this, &QuitAfterShow::quit);
        }
    }
    return QObject::eventFilter(watched, event);
}

void QuitAfterShow::quit()
{
    m_application.removeEventFilter(this);
    endEventLoops(m_application);
}

} // namespace pcs::app
