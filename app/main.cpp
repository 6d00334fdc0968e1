// pcs-studio: the window, or a subcommand when one is named. Only wiring lives here.

#include "AppPaths.h"
#include "AssessmentCommands.h"
#include "CommandLine.h"
#include "CurriculumCommands.h"
#include "DbCommands.h"
#include "DeliveryCommands.h"
#include "DemoData.h"
#include "GuiLauncher.h"
#include "ReportCommands.h"
#include "StatsCommands.h"
#include "Translations.h"
#include "pcs/gui/AppSettings.h"
#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

int runDemo(const QString& databasePath, int learners, quint32 seed, QTextStream& out, QTextStream& err)
{
    auto database = pcs::storage::Database::open(databasePath);
    if (!database) {
        err << database.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto figures = pcs::app::DemoData::generate(**database, learners, seed);
    if (!figures) {
        err << figures.error().message << '\n';
        return 1;
    }
    out << pcs::app::DemoData::tr(
        "Created %1 organizations, %2 facilitators, %3 learners, %4 cohorts, %5 sessions, "
        "%6 attendance marks, %7 self-assessment answers, %8 submitted self-assessments, "
        "%9 SAW plans and %10 follow-ups in %11 s (seed %12).")
               .arg(figures->organizations)
               .arg(figures->facilitators)
               .arg(figures->learners)
               .arg(figures->cohorts)
               .arg(figures->sessions)
               .arg(figures->attendanceMarks)
               .arg(figures->answers)
               .arg(figures->submittedAssessments)
               .arg(figures->sawPlans)
               .arg(figures->followUps)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
               .arg(seed)
        << '\n';
    if (!figures->accounts.empty()) {
        out << pcs::app::DemoData::tr("Staff accounts to sign in with (the passwords are shown only now):")
            << '\n';
        for (const pcs::app::DemoAccount& account : figures->accounts)
            out << "  " << account.userName << "  " << account.password << "  ("
                << pcs::app::DemoData::tr("%1, %2").arg(account.displayName, pcs::roleKey(account.role))
                << ")\n";
    }
    return 0;
}

int runSubcommand(const pcs::app::Invocation& invocation, const QString& database, const QString& language)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList& command = invocation.command;
    const QString noun = command.value(0);
    const QString verb = command.value(1);
    if (command.size() == 2 && noun == QLatin1String("db") && verb == QLatin1String("check"))
        return pcs::app::DbCommands::check(database, invocation.json, out, err);
    if (command.size() == 2 && noun == QLatin1String("db") && verb == QLatin1String("backup"))
        return pcs::app::DbCommands::backup(database, invocation.out, out, err);
    if (noun == QLatin1String("curriculum")) {
        if (command.size() == 3 && verb == QLatin1String("validate"))
            return pcs::app::CurriculumCommands::validate(command.at(2), out, err);
        if (command.size() == 3 && verb == QLatin1String("import"))
            return pcs::app::CurriculumCommands::import(command.at(2), database, invocation.dryRun, out, err);
        if (command.size() == 2 && verb == QLatin1String("list"))
            return pcs::app::CurriculumCommands::list(database, language, invocation.json, out, err);
    }
    if (command.size() == 2 && noun == QLatin1String("cohort") && verb == QLatin1String("list"))
        return pcs::app::DeliveryCommands::listCohorts(database, invocation.json, out, err);
    if (command.size() == 3 && noun == QLatin1String("roster") && verb == QLatin1String("import"))
        return pcs::app::DeliveryCommands::importRoster(
            command.at(2), invocation.cohort, database, invocation.dryRun, invocation.json, out, err);
    if (command.size() == 2 && noun == QLatin1String("roster") && verb == QLatin1String("export"))
        return pcs::app::DeliveryCommands::exportRoster(
            invocation.cohort, invocation.out, database, out, err);
    if (command.size() == 2 && noun == QLatin1String("schedule") && verb == QLatin1String("export"))
        return pcs::app::DeliveryCommands::exportSchedule(
            invocation.cohort, invocation.out, database, language, out, err);
    if (command.size() == 2 && noun == QLatin1String("assessment") && verb == QLatin1String("export"))
        return pcs::app::AssessmentCommands::exportAnswers(
            invocation.cohort, invocation.out, database, out, err);
    if (command.size() == 2 && noun == QLatin1String("stats") && verb == QLatin1String("cohort"))
        return pcs::app::StatsCommands::cohortStatistics(
            invocation.cohort, database, invocation.json, language, out, err);
    if (command.size() == 3 && noun == QLatin1String("certificate") && verb == QLatin1String("verify"))
        return pcs::app::StatsCommands::verifyCertificate(command.at(2), database, invocation.json, out, err);
    if (command.size() == 2 && noun == QLatin1String("report")) {
        pcs::app::ReportCommands::Request request;
        request.kind = verb;
        request.cohortId = invocation.cohort;
        request.learnerId = invocation.learner;
        request.out = invocation.out;
        request.from = invocation.from;
        request.to = invocation.to;
        request.language = language;
        return pcs::app::ReportCommands::run(request, database, out, err);
    }
    if (command.size() == 1 && noun == QLatin1String("demo"))
        return runDemo(database, invocation.learners, invocation.seed, out, err);
    err << pcs::app::CommandLine::tr("Unknown command \"%1\". Run pcs-studio --help for the list.")
               .arg(command.join(u' '))
        << '\n';
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    const bool headless = pcs::app::CommandLine::isHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> application;
    if (headless && pcs::app::CommandLine::paints(argc, argv)) {
        // PDFs are painted with fonts, which need a GUI application; no window system is needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else if (headless)
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    pcs::app::configureApplicationIdentity();

    const pcs::app::Invocation invocation = pcs::app::CommandLine::parse(QCoreApplication::arguments());
    switch (invocation.mode) {
    case pcs::app::Invocation::Mode::Help:
        std::fputs(qPrintable(invocation.text), stdout);
        return 0;
    case pcs::app::Invocation::Mode::Version:
        std::fprintf(stdout, "%s\n", qPrintable(invocation.text));
        return 0;
    case pcs::app::Invocation::Mode::Error:
        std::fprintf(stderr, "pcs-studio: %s\n", qPrintable(invocation.text));
        return 2;
    case pcs::app::Invocation::Mode::Gui:
    case pcs::app::Invocation::Mode::Kiosk:
    case pcs::app::Invocation::Mode::Subcommand:
        break;
    }

    const bool gui = invocation.mode == pcs::app::Invocation::Mode::Gui
        || invocation.mode == pcs::app::Invocation::Mode::Kiosk;
    pcs::log::Options logOptions;
    logOptions.directory = pcs::app::logDirectory();
    logOptions.stderrLevel = gui ? pcs::log::Level::Info : pcs::log::Level::Off;
    pcs::log::init(logOptions);
    pcs::log::info(
        QStringLiteral("PCS Studio %1 started: %2")
            .arg(QCoreApplication::applicationVersion(), QCoreApplication::arguments().join(u' ')));

    const QString language
        = invocation.language.isEmpty() ? pcs::gui::AppSettings::language() : invocation.language;
    const QString uiLanguage = pcs::app::installTranslations(*application, language);
    const QString database
        = invocation.database.isEmpty() ? pcs::app::defaultDatabasePath() : invocation.database;

    int status = 0;
    if (gui) {
        if (headless) { // cannot happen: a window needs a QApplication
            std::fputs("pcs-studio: internal error: no GUI application\n", stderr);
            return 3;
        }
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
        status = runSubcommand(invocation, database, uiLanguage);
    }
    pcs::log::shutdown();
    return status;
}
