#include "WindowHost.h"

#include "Translations.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/log/Log.h"

#include <QCoreApplication>
#include <QTimer>

namespace pcs::app {

WindowHost::WindowHost(QCoreApplication& application, storage::Database& database, gui::StaffSession* session)
    : m_application(application)
    , m_database(database)
    , m_session(session)
{
    adopt(std::make_unique<gui::MainWindow>(m_database));
}

WindowHost::~WindowHost() = default;

void WindowHost::show()
{
    m_window->show();
}

void WindowHost::adopt(std::unique_ptr<gui::MainWindow> window)
{
    m_window = std::move(window);
    m_window->setSession(m_session);
    connect(m_window.get(), &gui::MainWindow::languageChangeRequested, this, [this](const QString& language) {
        // Not from inside the old window's own signal: it is about to be deleted.
        QTimer::singleShot(0, this, [this, language] { switchLanguage(language); });
    });
}

void WindowHost::switchLanguage(const QString& language)
{
    const QString chosen = installTranslations(m_application, language);
    const QRect geometry = m_window->geometry();
    const bool visible = m_window->isVisible();
    auto next = std::make_unique<gui::MainWindow>(m_database);
    next->setGeometry(geometry);
    next->showWorkspace(gui::Workspace::Settings);
    std::unique_ptr<gui::MainWindow> previous = std::move(m_window);
    adopt(std::move(next));
    if (visible)
        m_window->show();
    previous.reset();
    log::info(QStringLiteral("Interface language switched to %1").arg(chosen));
}

} // namespace pcs::app
