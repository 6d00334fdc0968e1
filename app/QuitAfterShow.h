#pragma once

#include <QObject>

class QApplication;

namespace pcs::app {

// `pcs-studio --quit-after-show` (start-up timing, smoke tests): watches the application's events
// and, once the first top-level window (the sign-in or first-run dialog, the main window, the
// kiosk) is visible and has been painted, ends the program the way SIGTERM does: visible dialogs
// are rejected, so that a modal exec() returns, then every event loop exits with status 0.
class QuitAfterShow : public QObject
{
    Q_OBJECT

public:
    explicit QuitAfterShow(QApplication& application);
    ~QuitAfterShow() override;

    // True once the first window has been painted (the quit is then on its way).
    bool triggered() const { return m_triggered; }

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void quit();

    QApplication& m_application;
    bool m_triggered = false;
};

} // namespace pcs::app
