#pragma once

#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/gui/Workspace.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class WorkspacePage;

// The window shell: a sidebar of workspaces, the current workspace beside it, the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(storage::Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;

    void showAbout();
    // Asks where to write a copy of the database and writes it; reports the outcome.
    void backUpDatabase();
    // Asks for a curriculum package folder and imports it as a new version.
    void importCurriculum();
    // Shows the current curriculum (or the way to import one) in the Curriculum workspace.
    void refreshCurriculum();
    class CurriculumWorkspace* curriculumWorkspace() const { return m_curriculum; }
    // The signed-in staff member: their name in the status bar, File > Lock, the idle warning and
    // the lock screen. Without a session (tests of single workspaces) none of these exist.
    void setSession(class StaffSession* session);
    class StaffSession* session() const { return m_session; }
    class AssessmentWorkspace* assessmentWorkspace() const { return m_assessment; }
    // Opens the self-assessment kiosk full screen for the cohort's open window. This window (and
    // every other staff window) is locked while it runs, the idle lock suspended; leaving the kiosk
    // with a staff password unlocks it, signed in as that staff member. Null when it cannot load.
    class KioskWindow* startKiosk(const QString& cohortId, AssessmentPhase phase);

Q_SIGNALS:
    // Settings changed the interface language: the window is to be rebuilt in it.
    void languageChangeRequested(const QString& language);

private:
    void buildMenus();
    void buildWorkspaces();
    WorkspacePage* addWorkspace(Workspace workspace);

    void showIdleWarning(int secondsLeft);

    storage::Database& m_database;
    class StaffSession* m_session = nullptr;
    class SettingsPage* m_settings = nullptr;
    class AssessmentWorkspace* m_assessment = nullptr;
    QToolBar* m_idleWarning = nullptr;
    QLabel* m_idleWarningText = nullptr;
    QLabel* m_signedIn = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStackedWidget* m_curriculumStack = nullptr;
    class CurriculumWorkspace* m_curriculum = nullptr;
};

} // namespace pcs::gui
