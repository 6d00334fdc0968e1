#include "GuiLauncher.h"

#include "QuitAfterShow.h"
#include "SignalQuit.h"
#include "WindowHost.h"
#include "pcs/domain/Clock.h"
#include "pcs/gui/DatabaseOpener.h"
#include "pcs/gui/KioskWindow.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/gui/SignInDialog.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/log/Log.h"
#include "pcs/services/Bootstrap.h"
#include "pcs/services/InstallationKey.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/AuditLogStore.h"

#include <QApplication>
#include <QIcon>

#include <memory>

namespace pcs::app {

namespace {

// Watches for the first painted window when asked to; null otherwise.
std::unique_ptr<QuitAfterShow> quitAfterShowIfAsked(QApplication& application, const GuiOptions& options)
{
    return options.quitAfterShow ? std::make_unique<QuitAfterShow>(application) : nullptr;
}

// The key learner PINs are hashed with. Without it the window still works, but no PIN can be set or
// checked, so the reason is shown once and logged.
void installPinKey()
{
    if (const auto installed = services::InstallationKey::install(); !installed) {
        log::error(QStringLiteral("PIN key: %1").arg(installed.error().message));
        gui::MessageBox::warning(
            nullptr, services::InstallationKey::tr("Learner PINs unavailable"), installed.error().message);
    }
}

} // namespace

int runGui(QApplication& application, const QString& databasePath, const GuiOptions& options)
{
    QApplication::setApplicationDisplayName(QStringLiteral("PCS Studio"));
    QApplication::setDesktopFileName(QStringLiteral("pcs-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pcs-studio.svg")));
    // Watched from the start: a signal that arrives early is handled once the event loop runs.
    quitOnTerminationSignals(application);
    const auto quitAfterShow = quitAfterShowIfAsked(application, options);
    auto database = gui::openDatabaseOrExplain(databasePath);
    if (!database)
        return 1;
    installPinKey();
    if (const auto imported = services::Bootstrap::importBundledCurriculumIfNone(*database); !imported)
        gui::MessageBox::critical(
            nullptr, services::Bootstrap::tr("Curriculum not imported"), imported.error().message);
    else if (*imported)
        log::info(QStringLiteral("Imported the bundled curriculum on first run"));
    gui::SignInDialog signIn(*database, gui::SignInDialog::modeFor(*database));
    signIn.show();
    log::info(QStringLiteral("Sign-in window shown"));
    if (signIn.exec() != QDialog::Accepted) {
        log::info(QStringLiteral("Sign-in cancelled; closing"));
        return 0;
    }
    gui::StaffSession session(*database, signIn.account(), SystemClock::instance());
    session.watch();
    WindowHost host(application, *database, &session);
    host.show();
    log::info(QStringLiteral("Main window shown"));
    const int status = application.exec();
    log::info(QStringLiteral("Window closed; exit status %1").arg(status));
    return status;
}

int runKiosk(QApplication& application, const QString& databasePath, const QString& cohortId,
    AssessmentPhase phase, const GuiOptions& options)
{
    QApplication::setApplicationDisplayName(QStringLiteral("PCS Studio"));
    quitOnTerminationSignals(application);
    const auto quitAfterShow = quitAfterShowIfAsked(application, options);
    auto database = gui::openDatabaseOrExplain(databasePath);
    if (!database)
        return 1;
    installPinKey();
    storage::AssessmentWindowStore windows(*database);
    const auto open = windows.openWindowFor(cohortId, phase);
    if (!open) {
        gui::MessageBox::critical(nullptr, gui::KioskWindow::tr("Kiosk"), open.error().message);
        return 1;
    }
    QString actor = QStringLiteral("kiosk");
    if (!open->has_value()) {
        // Not open yet: a staff member opens it by signing in.
        gui::SignInDialog signIn(*database, gui::SignInDialog::modeFor(*database));
        signIn.show();
        log::info(QStringLiteral("Sign-in window shown"));
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        actor = signIn.account().userName;
        const auto opened = windows.openWindow(cohortId, phase, false, phase == AssessmentPhase::Post, actor);
        if (!opened) {
            gui::MessageBox::critical(nullptr, gui::KioskWindow::tr("Kiosk"), opened.error().message);
            return 1;
        }
    }
    gui::KioskWindow kiosk(*database, cohortId, phase, SystemClock::instance());
    if (!kiosk.loadError().isEmpty()) {
        gui::MessageBox::critical(nullptr, gui::KioskWindow::tr("Kiosk"), kiosk.loadError());
        return 1;
    }
    QObject::connect(&kiosk, &gui::KioskWindow::exitRequested, &application, &QCoreApplication::quit);
    kiosk.showKiosk();
    log::info(QStringLiteral("Kiosk started"));
    const auto audit = [&](const QString& action) {
        const auto appended = storage::AuditLogStore(*database).append(
            AuditEntry{0, {}, actor, action, cohortId, phaseKey(phase)});
        if (!appended)
            log::warning(QStringLiteral("Could not audit %1: %2").arg(action, appended.error().message));
    };
    audit(QStringLiteral("kiosk.started"));
    const int status = application.exec();
    audit(QStringLiteral("kiosk.closed"));
    log::info(QStringLiteral("Kiosk closed; exit status %1").arg(status));
    return status;
}

} // namespace pcs::app
