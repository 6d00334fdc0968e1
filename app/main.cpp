// pcs-studio: the window, or a subcommand when one is named. Only wiring lives here.

#include "AppPaths.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "GuiLauncher.h"
#include "TerminalDevice.h"
#include "Translations.h"
#include "pcs/log/Log.h"
#include "pcs/log/Printable.h"
#include "pcs/services/AppSettings.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// Runs a command of the table with the application it needs, once logging is set up.
int runCommand(const pcs::app::Invocation& invocation, const QString& database, const QString& language)
{
    // Text from the database or a file is printed too: its control characters are shown, not obeyed.
    pcs::app::TerminalDevice outDevice(stdout);
    pcs::app::TerminalDevice errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const pcs::app::CommandContext context{invocation, database, language, out, err};
    return pcs::app::CommandTable::run(context);
}

void startLog(bool window)
{
    pcs::log::Options logOptions;
    logOptions.directory = pcs::app::logDirectory();
    logOptions.stderrLevel = window ? pcs::log::Level::Info : pcs::log::Level::Off;
    pcs::log::init(logOptions);
    pcs::log::info(
        QStringLiteral("PCS Studio %1 started: %2")
            .arg(QCoreApplication::applicationVersion(), QCoreApplication::arguments().join(u' ')));
}

} // namespace

int main(int argc, char** argv)
{
    pcs::app::configureApplicationIdentity();
    pcs::app::keepFilesPrivate();

    // The command line is read with a QCoreApplication, in the language asked for (or saved), so
    // that a mistake is reported, and help printed, without any window system.
    auto application = std::make_unique<QCoreApplication>(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QString language = pcs::app::CommandLine::languageArgument(arguments);
    if (language != QLatin1String("en") && language != QLatin1String("fr"))
        language = pcs::services::AppSettings::language();
    QString uiLanguage = pcs::app::installTranslations(*application, language);

    const pcs::app::Invocation invocation = pcs::app::CommandLine::parse(arguments);
    switch (invocation.mode) {
    case pcs::app::Invocation::Mode::Help:
        std::fputs(qPrintable(invocation.text), stdout);
        return 0;
    case pcs::app::Invocation::Mode::Version:
        std::fprintf(stdout, "%s\n", qPrintable(invocation.text));
        return 0;
    case pcs::app::Invocation::Mode::Error:
        std::fprintf(stderr, "pcs-studio: %s\n",
            qPrintable(pcs::log::printable(invocation.text, pcs::log::LineBreaks::Keep)));
        return 2;
    case pcs::app::Invocation::Mode::Gui:
    case pcs::app::Invocation::Mode::Kiosk:
    case pcs::app::Invocation::Mode::Subcommand:
        break;
    }

    // Only now the application the command needs: fonts to paint PDFs, or a window system.
    const pcs::app::Invocation::Needs needs = invocation.needs();
    if (needs != pcs::app::Invocation::Needs::Core) {
        application.reset();
        if (needs == pcs::app::Invocation::Needs::Fonts) {
            // PDFs are painted with fonts, which need a GUI application; no window system is needed.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QApplication>(argc, argv);
        }
        uiLanguage = pcs::app::installTranslations(*application, language);
    }

    const bool window = needs == pcs::app::Invocation::Needs::Window;
    startLog(window);
    const QString database
        = invocation.database.isEmpty() ? pcs::app::defaultDatabasePath() : invocation.database;

    int status = 0;
    if (window) {
        auto& widgets = static_cast<QApplication&>(*application);
        pcs::app::GuiOptions options;
        options.quitAfterShow = invocation.quitAfterShow;
        status = invocation.mode == pcs::app::Invocation::Mode::Kiosk
            ? pcs::app::runKiosk(widgets, database, invocation.cohort,
                invocation.phase == QLatin1String("post") ? pcs::AssessmentPhase::Post
                                                          : pcs::AssessmentPhase::Pre,
                options)
            : pcs::app::runGui(widgets, database, options);
    } else {
        status = runCommand(invocation, database, uiLanguage);
    }
    pcs::log::shutdown();
    return status;
}
