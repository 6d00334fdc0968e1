#include "ScreenLock.h"

#include "LockScreen.h"
#include "pcs/gui/StaffSession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QMenuBar>
#include <QVBoxLayout>

namespace pcs::gui {

struct ScreenLock::CloakedWindow {
    QPointer<QWidget> window;
    QPointer<QWidget> focus;
    std::unique_ptr<QWidget> vault; // holds the window's layout and widgets; never shown
    QPointer<QWidget> notice; // what the window shows meanwhile
    std::vector<QPointer<QWidget>> shown; // the widgets that were showing, to show again
    // What the window system's switcher and the accessibility tree read of the window itself
    // ("SAW Plan and Follow-ups: <learner>"): replaced while locked.
    QString title;
    QString accessibleName;
    QString accessibleDescription;
    QString toolTip;
};

ScreenLock::ScreenLock(StaffSession& session, QMainWindow& window)
    : QObject(&window)
    , m_session(session)
    , m_window(window)
{
    connect(&session, &StaffSession::locked, this, &ScreenLock::engage);
    connect(&session, &StaffSession::unlocked, this, &ScreenLock::release);
    if (session.isLocked())
        engage();
}

ScreenLock::~ScreenLock()
{
    // The main window is being destroyed (this is its child): its content kept aside goes with it,
    // and other windows get theirs back, so that they can close normally.
    delete m_mainContent.data();
    restoreOtherWindows();
}

void ScreenLock::engage()
{
    if (isEngaged())
        return;
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top == &m_window || !top->isVisible() || !top->layout())
            continue;
        auto cloaked = std::make_unique<CloakedWindow>();
        cloaked->window = top;
        cloaked->focus = top->focusWidget();
        for (QWidget* child : top->findChildren<QWidget*>())
            if (child->isVisibleTo(top))
                cloaked->shown.emplace_back(child);
        cloaked->title = top->windowTitle();
        cloaked->accessibleName = top->accessibleName();
        cloaked->accessibleDescription = top->accessibleDescription();
        cloaked->toolTip = top->toolTip();
        top->setWindowTitle(tr("Locked")); // shown as "Locked — PCS Studio"
        top->setAccessibleName(tr("PCS Studio (locked)"));
        top->setAccessibleDescription(QString());
        top->setToolTip(QString());
        cloaked->vault = std::make_unique<QWidget>();
        cloaked->vault->setLayout(top->layout()); // takes every widget of the layout with it
        auto* notice = new QLabel(tr("PCS Studio is locked. Unlock it in the main window."), top);
        notice->setObjectName(QStringLiteral("locked-notice"));
        notice->setAlignment(Qt::AlignCenter);
        notice->setWordWrap(true);
        auto* noticeLayout = new QVBoxLayout(top);
        noticeLayout->addWidget(notice);
        notice->show();
        cloaked->notice = notice;
        m_cloaked.push_back(std::move(cloaked));
    }
    m_mainContent = m_window.takeCentralWidget();
    auto* lockScreen = new LockScreen(m_session, &m_window);
    m_window.setCentralWidget(lockScreen);
    m_window.menuBar()->setEnabled(false);
    for (QAction* action : m_window.findChildren<QAction*>())
        if (action->isEnabled()) {
            action->setEnabled(false);
            m_disabledActions.emplace_back(action);
        }
    m_window.activateWindow();
    lockScreen->setFocus();
}

void ScreenLock::release()
{
    if (!isEngaged())
        return;
    // The lock screen may be the one asking (its Unlock button): deleted once that call is done.
    m_window.takeCentralWidget()->deleteLater();
    m_window.setCentralWidget(m_mainContent.data());
    m_mainContent->show();
    m_mainContent.clear();
    m_window.menuBar()->setEnabled(true);
    for (const QPointer<QAction>& action : m_disabledActions)
        if (action)
            action->setEnabled(true);
    m_disabledActions.clear();
    restoreOtherWindows();
}

void ScreenLock::restoreOtherWindows()
{
    for (auto& cloaked : m_cloaked) {
        if (!cloaked->window)
            continue;
        delete cloaked->window->layout(); // the notice's layout
        delete cloaked->notice.data();
        cloaked->window->setLayout(cloaked->vault->layout());
        cloaked->window->setWindowTitle(cloaked->title);
        cloaked->window->setAccessibleName(cloaked->accessibleName);
        cloaked->window->setAccessibleDescription(cloaked->accessibleDescription);
        cloaked->window->setToolTip(cloaked->toolTip);
        for (const QPointer<QWidget>& child : cloaked->shown)
            if (child)
                child->setVisible(true);
        if (cloaked->focus)
            cloaked->focus->setFocus();
    }
    m_cloaked.clear();
}

} // namespace pcs::gui
