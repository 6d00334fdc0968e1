#include "GuiLauncher.h"

#include "Bootstrap.h"
#include "SignalQuit.h"
#include "WindowHost.h"
#include "pcs/gui/DatabaseOpener.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/log/Log.h"

#include <QApplication>
#include <QIcon>

namespace pcs::app {

int runGui(QApplication& application, const QString& databasePath)
{
    QApplication::setApplicationDisplayName(QStringLiteral("PCS Studio"));
    QApplication::setDesktopFileName(QStringLiteral("pcs-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pcs-studio.svg")));
    // Watched from the start: a signal that arrives early is handled once the event loop runs.
    quitOnTerminationSignals(application);
    auto database = gui::openDatabaseOrExplain(databasePath);
    if (!database)
        return 1;
    if (const auto imported = Bootstrap::importBundledCurriculumIfNone(*database); !imported)
        gui::MessageBox::critical(
            nullptr, Bootstrap::tr("Curriculum not imported"), imported.error().message);
    else if (*imported)
        log::info(QStringLiteral("Imported the bundled curriculum on first run"));
    WindowHost host(application, *database);
    host.show();
    log::info(QStringLiteral("Main window shown"));
    const int status = application.exec();
    log::info(QStringLiteral("Window closed; exit status %1").arg(status));
    return status;
}

} // namespace pcs::app
