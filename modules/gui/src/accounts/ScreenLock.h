#pragma once

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QAction;
class QMainWindow;
class QWidget;

namespace pcs::gui {

class StaffSession;

// Carries out a StaffSession's lock on screen. The main window's content is taken out of the
// window and kept aside, the lock screen shown in its place, and the menus disabled. Every other
// open window (a dialog being filled in, a run-sheet) keeps running but has its layout, and every
// widget in it, moved into a holder that is never shown, so neither the screen nor the
// accessibility tree shows what it held; its title (which the window manager's switcher shows:
// "SAW Plan and Follow-ups: <learner>") and accessible name are replaced meanwhile. A dialog's
// exec() goes on and nothing typed is lost.
// Unlocking puts everything back where it was.
class ScreenLock : public QObject
{
    Q_OBJECT

public:
    ScreenLock(StaffSession& session, QMainWindow& window);
    ~ScreenLock() override;

    bool isEngaged() const { return m_mainContent != nullptr; }

private:
    struct CloakedWindow;

    void engage();
    void release();
    void restoreOtherWindows();

    StaffSession& m_session;
    QMainWindow& m_window;
    QPointer<QWidget> m_mainContent;
    std::vector<std::unique_ptr<CloakedWindow>> m_cloaked;
    std::vector<QPointer<QAction>> m_disabledActions; // the window's actions, off while locked
};

} // namespace pcs::gui
