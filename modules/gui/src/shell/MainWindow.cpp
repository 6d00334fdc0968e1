#include "pcs/gui/MainWindow.h"

#include "../accounts/RoleTitle.h"
#include "../accounts/ScreenLock.h"
#include "../settings/SettingsPage.h"
#include "AboutDialog.h"
#include "CurriculumImporter.h"
#include "WorkspacePage.h"
#include "pcs/domain/Clock.h"
#include "pcs/gui/AssessmentWorkspace.h"
#include "pcs/gui/CohortsWorkspace.h"
#include "pcs/gui/CurriculumWorkspace.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/KioskWindow.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/gui/ReportsWorkspace.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/log/Log.h"
#include "pcs/services/AppSettings.h"
#include "pcs/services/OutputGuard.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace pcs::gui {
namespace {

QIcon workspaceIcon(Workspace workspace)
{
    return QIcon(QStringLiteral(":/icons/workspaces/%1.svg").arg(workspaceKey(workspace)));
}

QString emptyStateText(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Curriculum:
        return MainWindow::tr("No curriculum has been imported into this database yet.");
    case Workspace::Cohorts:
        return MainWindow::tr("No cohorts in this database yet.");
    case Workspace::SelfAssessment:
        return MainWindow::tr("No self-assessment window is open.");
    case Workspace::Reports:
    case Workspace::Settings:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(storage::Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("main-window"));
    // No save of the window may land on this database's own files.
    services::OutputGuard::protect(database.path());
    // The window system adds the application's display name: "pcs-studio.sqlite — PCS Studio".
    setWindowTitle(QFileInfo(database.path()).fileName());
    setAccessibleName(tr("PCS Studio"));
    resize(1100, 720);
    buildWorkspaces();
    buildMenus();

    auto* location = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(database.path())), this);
    location->setObjectName(QStringLiteral("status-database"));
    statusBar()->addWidget(location, 1);
    refreshCurriculum();
    showWorkspace(Workspace::Curriculum);
}

MainWindow::~MainWindow() = default;

void MainWindow::setSession(StaffSession* session)
{
    m_session = session;
    if (!session)
        return;
    new ScreenLock(*session, *this);
    if (m_assessment) {
        m_assessment->setActor(session->account().userName);
        connect(session, &StaffSession::accountChanged, m_assessment,
            [this](const Account& account) { m_assessment->setActor(account.userName); });
    }
    session->setIdleLimit(std::chrono::minutes(services::AppSettings::lockMinutes()));
    if (m_settings) {
        m_settings->setSession(session);
        connect(m_settings, &SettingsPage::lockMinutesChanged, session,
            [session](int minutes) { session->setIdleLimit(std::chrono::minutes(minutes)); });
    }

    m_idleWarning = new QToolBar(tr("Idle warning"), this);
    m_idleWarning->setObjectName(QStringLiteral("idle-warning"));
    m_idleWarning->setMovable(false);
    m_idleWarning->setFloatable(false);
    m_idleWarning->setStyleSheet(
        QStringLiteral("QToolBar { background: #fdedc8; border: 1px solid #c8a24a; }"));
    m_idleWarningText = new QLabel(m_idleWarning);
    m_idleWarningText->setObjectName(QStringLiteral("idle-warning-text"));
    m_idleWarningText->setTextFormat(Qt::PlainText);
    m_idleWarningText->setContentsMargins(8, 4, 8, 4);
    m_idleWarning->addWidget(m_idleWarningText);
    m_idleWarning->addAction(tr("&Keep working"), session, &StaffSession::noteActivity)
        ->setObjectName(QStringLiteral("action-keep-working"));
    addToolBar(Qt::TopToolBarArea, m_idleWarning);
    m_idleWarning->hide();
    connect(session, &StaffSession::warningStarted, this, &MainWindow::showIdleWarning);
    connect(session, &StaffSession::warningTick, this, &MainWindow::showIdleWarning);
    connect(session, &StaffSession::warningCancelled, m_idleWarning, &QWidget::hide);
    connect(session, &StaffSession::locked, m_idleWarning, &QWidget::hide);

    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(QStringLiteral("status-signed-in"));
    statusBar()->addPermanentWidget(m_signedIn);
    const auto showAccount = [this](const Account& account) {
        m_signedIn->setText(tr("Signed in: %1 (%2)").arg(account.displayName, roleTitle(account.role)));
    };
    showAccount(session->account());
    connect(session, &StaffSession::accountChanged, this, showAccount);

    QMenu* file = menuBar()->actions().constFirst()->menu();
    QAction* lock = new QAction(tr("&Lock"), this);
    lock->setObjectName(QStringLiteral("action-lock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, session, &StaffSession::lockNow);
    file->insertAction(file->actions().constLast(), lock);
}

static void auditKiosk(
    storage::Database& database, const QString& action, const QString& cohortId, AssessmentPhase phase)
{
    const auto appended = storage::AuditLogStore(database).append(
        AuditEntry{0, {}, StaffSession::currentActor(), action, cohortId, phaseKey(phase)});
    if (!appended)
        log::warning(QStringLiteral("Could not audit %1: %2").arg(action, appended.error().message));
}

KioskWindow* MainWindow::startKiosk(const QString& cohortId, AssessmentPhase phase)
{
    auto* kiosk = new KioskWindow(m_database, cohortId, phase, SystemClock::instance());
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    if (!kiosk->loadError().isEmpty()) {
        MessageBox::critical(this, tr("Kiosk"), kiosk->loadError());
        delete kiosk;
        return nullptr;
    }
    // The window manager's switcher (Alt+Tab, the taskbar) cannot be kept from a learner, so this
    // window is locked while the kiosk runs, as the idle lock does it (before the kiosk shows, so
    // that the lock leaves the kiosk itself alone). The kiosk has its own idle reset and needs a
    // staff password to leave: the idle lock waits, and that password opens this window again.
    if (m_session) {
        m_session->lockNow();
        m_session->setSuspended(true);
    }
    connect(kiosk, &QObject::destroyed, this, [this] {
        if (m_session)
            m_session->setSuspended(false);
        if (m_assessment)
            m_assessment->reload();
    });
    kiosk->showKiosk();
    log::info(QStringLiteral("Kiosk started"));
    auditKiosk(m_database, QStringLiteral("kiosk.started"), cohortId, phase);
    connect(kiosk, &KioskWindow::exitRequested, this, [this, kiosk, cohortId, phase] {
        auditKiosk(m_database, QStringLiteral("kiosk.exited"), cohortId, phase);
        // Signed in as the staff member who left the kiosk, without asking for the password again.
        if (m_session && m_session->isLocked() && kiosk->exitAccount())
            m_session->unlockAs(*kiosk->exitAccount());
    });
    return kiosk;
}

void MainWindow::showIdleWarning(int secondsLeft)
{
    const bool first = m_idleWarning->isHidden();
    m_idleWarningText->setText(tr("PCS Studio will lock in %1 seconds to keep learners' information private. "
                                  "Move the mouse or press a key "
                                  "to keep working.")
                                   .arg(secondsLeft));
    m_idleWarning->show();
    if (first) {
        QAccessibleEvent alert(m_idleWarningText, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MainWindow::buildWorkspaces()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("workspace-sidebar"));
    m_sidebar->setAccessibleName(tr("Workspaces"));
    m_sidebar->setAccessibleDescription(tr("Choose a workspace; Ctrl+1 to Ctrl+5 jump to one directly."));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(210);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("workspace-pages"));

    for (Workspace workspace : kWorkspaces)
        addWorkspace(workspace);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    layout->addWidget(m_sidebar);
    auto* divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

WorkspacePage* MainWindow::addWorkspace(Workspace workspace)
{
    auto* item = new QListWidgetItem(workspaceIcon(workspace), workspaceTitle(workspace));
    item->setData(Qt::UserRole, workspaceKey(workspace));
    item->setToolTip(workspaceDescription(workspace));
    item->setSizeHint(QSize(0, 40));
    m_sidebar->addItem(item);

    auto* page = new WorkspacePage(workspace, m_pages);
    if (workspace == Workspace::Curriculum) {
        m_curriculumStack = new QStackedWidget(page);
        m_curriculumStack->setObjectName(QStringLiteral("curriculum-stack"));
        auto* empty = new QWidget(m_curriculumStack);
        auto* emptyLayout = new QVBoxLayout(empty);
        auto* note = new QLabel(emptyStateText(workspace), empty);
        note->setAlignment(Qt::AlignCenter);
        note->setWordWrap(true);
        auto* import = new QPushButton(tr("&Import Curriculum Package…"), empty);
        import->setObjectName(QStringLiteral("import-curriculum-button"));
        import->setAccessibleName(tr("Import a curriculum package"));
        connect(import, &QPushButton::clicked, this, &MainWindow::importCurriculum);
        emptyLayout->addStretch(1);
        emptyLayout->addWidget(note);
        emptyLayout->addWidget(import, 0, Qt::AlignHCenter);
        emptyLayout->addStretch(2);
        m_curriculumStack->addWidget(empty);
        page->contentLayout()->addWidget(m_curriculumStack);
    } else if (workspace == Workspace::Settings) {
        auto* settings = new SettingsPage(m_database, page);
        m_settings = settings;
        connect(settings, &SettingsPage::backupRequested, this, &MainWindow::backUpDatabase);
        connect(settings, &SettingsPage::languageChanged, this, &MainWindow::languageChangeRequested);
        page->contentLayout()->addWidget(settings);
    } else if (workspace == Workspace::Cohorts) {
        const QString language
            = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        page->contentLayout()->addWidget(new CohortsWorkspace(m_database, language, page));
    } else if (workspace == Workspace::SelfAssessment) {
        const QString language
            = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        m_assessment = new AssessmentWorkspace(m_database, language, page);
        connect(m_assessment, &AssessmentWorkspace::kioskRequested, this, &MainWindow::startKiosk);
        page->contentLayout()->addWidget(m_assessment);
    } else if (workspace == Workspace::Reports) {
        const QString language
            = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        page->contentLayout()->addWidget(new ReportsWorkspace(m_database, language, page));
    } else {
        page->setEmptyState(emptyStateText(workspace));
    }
    m_pages->addWidget(page);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importPackage
        = file->addAction(tr("&Import Curriculum Package…"), this, &MainWindow::importCurriculum);
    importPackage->setObjectName(QStringLiteral("action-import-curriculum"));
    QAction* backup = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    backup->setObjectName(QStringLiteral("action-backup"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    int index = 0;
    for (Workspace workspace : kWorkspaces) {
        QAction* go = view->addAction(
            workspaceTitle(workspace), this, [this, workspace] { showWorkspace(workspace); });
        go->setObjectName(QStringLiteral("action-show-") + workspaceKey(workspace));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        ++index;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About PCS Studio"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("action-about"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showWorkspace(Workspace workspace)
{
    const int row = static_cast<int>(workspace);
    m_sidebar->setCurrentRow(row);
    m_pages->setCurrentIndex(row);
}

Workspace MainWindow::currentWorkspace() const
{
    return kWorkspaces.at(static_cast<size_t>(qMax(0, m_pages->currentIndex())));
}

void MainWindow::importCurriculum()
{
    if (CurriculumImporter::run(m_database, this))
        refreshCurriculum();
}

void MainWindow::refreshCurriculum()
{
    const auto current = storage::CurriculumStore(m_database).current();
    if (!current) {
        MessageBox::critical(this, tr("Cannot show the curriculum"), current.error().message);
        return;
    }
    if (!current->has_value()) {
        m_curriculumStack->setCurrentIndex(0);
        return;
    }
    const QString language
        = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if (m_curriculum) {
        m_curriculum->setPackage(**current, language);
    } else {
        m_curriculum = new CurriculumWorkspace(**current, language, m_curriculumStack);
        m_curriculum->setObjectName(QStringLiteral("curriculum-workspace"));
        m_curriculumStack->addWidget(m_curriculum);
    }
    m_curriculumStack->setCurrentWidget(m_curriculum);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::backUpDatabase()
{
    const QFileInfo database(m_database.path());
    const QString suggested = database.absoluteDir().filePath(
        QStringLiteral("%1-backup-%2.sqlite")
            .arg(database.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target = FileDialog::getSaveFileName(
        this, tr("Back Up Database"), suggested, tr("PCS Studio database (*.sqlite)"));
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result
        = m_database.backupTo(target, storage::BackupTarget::ReplaceExisting); // the dialog asked
    QApplication::restoreOverrideCursor();
    if (!result) {
        MessageBox::critical(this, tr("Backup failed"), result.error().message);
        return;
    }
    storage::AuditLogStore audit(m_database);
    if (auto logged = audit.append(AuditEntry{0, {}, QStringLiteral("desktop"),
            QStringLiteral("database.backed-up"), QDir::toNativeSeparators(target), {}});
        !logged)
        log::warning(logged.error().message);
    MessageBox::information(this, tr("Backup written"),
        tr("A copy of the database was written to %1.").arg(QDir::toNativeSeparators(target)));
}

} // namespace pcs::gui
