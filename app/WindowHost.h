#pragma once

#include <QObject>

#include <memory>

class QCoreApplication;

namespace pcs::storage {
class Database;
}
namespace pcs::gui {
class MainWindow;
class StaffSession;
} // namespace pcs::gui

namespace pcs::app {

// Keeps the main window, and builds it anew in the other language when Settings changes the
// interface language: menus, workspaces and curriculum text all switch at once, without a restart.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    // `session`, when given, is the signed-in staff member every window built here belongs to.
    WindowHost(
        QCoreApplication& application, storage::Database& database, gui::StaffSession* session = nullptr);
    ~WindowHost() override;

    gui::MainWindow* window() const { return m_window.get(); }
    void show();

private:
    void switchLanguage(const QString& language);
    void adopt(std::unique_ptr<gui::MainWindow> window);

    QCoreApplication& m_application;
    storage::Database& m_database;
    gui::StaffSession* m_session = nullptr;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace pcs::app
