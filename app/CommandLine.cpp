#include "CommandLine.h"

#include <QCommandLineParser>

namespace pcs::app {
namespace {

// Options that take a value, so that the value is not mistaken for a command.
bool takesValue(const QString& argument)
{
    return argument == QLatin1String("--database") || argument == QLatin1String("-d")
        || argument == QLatin1String("--lang") || argument == QLatin1String("--out")
        || argument == QLatin1String("--cohort") || argument == QLatin1String("--learners")
        || argument == QLatin1String("--seed") || argument == QLatin1String("--learner")
        || argument == QLatin1String("--phase") || argument == QLatin1String("--from")
        || argument == QLatin1String("--to");
}

QString commandsHelp()
{
    return CommandLine::tr(
        "Commands (run without a window):\n"
        "  db check                  Schema version, integrity check (PRAGMA quick_check)\n"
        "                            and rows per table; exit status 0 when healthy\n"
        "  db backup --out F         Write a consistent copy of the database to F\n"
        "  curriculum validate DIR   Check a curriculum package; list every problem\n"
        "  curriculum import DIR     Import a package as a new version [--dry-run]\n"
        "  curriculum list           The current curriculum [--json]\n"
        "  cohort list               Cohorts with their status, learners and sessions [--json]\n"
        "  roster import FILE        Add learners from a CSV file to --cohort ID [--dry-run] [--json]\n"
        "  roster export             Write the roster of --cohort ID to --out FILE.csv\n"
        "  schedule export           Write the sessions of --cohort ID to --out FILE.ics\n"
        "  assessment export         Write the self-assessment answers of --cohort ID\n"
        "                            to --out FILE.csv\n"
        "  stats cohort              Per-topic pre/post statistics of --cohort ID [--json]\n"
        "  report KIND               Write a PDF to --out FILE.pdf for --cohort ID; KIND is\n"
        "                            cohort, learner (with --learner ID), certificates or signin;\n"
        "                            certificates of every cohort ending --from DATE --to DATE;\n"
        "                            organization (with --from DATE --to DATE)\n"
        "  certificate verify CODE   Check a certificate's verification code\n"
        "  kiosk                     Open the self-assessment kiosk of --cohort ID for\n"
        "                            --phase pre|post (staff sign in when it is not open yet)\n"
        "  demo                      Fill the database with a demonstration organization\n"
        "                            [--learners N] [--seed S]\n"
        "Without a command, PCS Studio opens its window.");
}

} // namespace

bool CommandLine::paints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-'))
            return argument == QLatin1String("report"); // the first word of the command
    }
    return false;
}

bool CommandLine::isHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("--help-all"))
            return true;
        if (!argument.startsWith(u'-'))
            return argument != QLatin1String("kiosk"); // the kiosk is a window
    }
    return false;
}

Invocation CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("PCS Studio runs the Person-Centric Strategies professional development series: "
           "curriculum, cohorts, self-assessments, SAW plans and reports.")
        + u'\n' + commandsHelp());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database({QStringLiteral("d"), QStringLiteral("database")},
        tr("Use the database file <path> instead of the default one."), tr("path"));
    const QCommandLineOption language(
        QStringLiteral("lang"), tr("Interface language: en or fr."), tr("language"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print machine-readable JSON (commands only)."));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("Output file (commands that write one)."), tr("file"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Show what a command would do; write nothing."));
    const QCommandLineOption cohort(QStringLiteral("cohort"), tr("The cohort a command works on."), tr("id"));
    const QCommandLineOption learners(
        QStringLiteral("learners"), tr("How many learners the demo creates (default 200)."), tr("n"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Seed of the demo data; the same seed gives the same data."), tr("s"));
    const QCommandLineOption phase(
        QStringLiteral("phase"), tr("The self-assessment of the kiosk: pre or post."), tr("phase"));
    const QCommandLineOption learner(
        QStringLiteral("learner"), tr("The learner a report is about."), tr("id"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("The first day of a report's period (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("The last day of a report's period (YYYY-MM-DD)."), tr("date"));
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"),
        tr("Quit as soon as the first window has been shown and painted (start-up timing)."));
    parser.addOptions({database, language, json, out, dryRun, cohort, learners, seed, learner, phase, from,
        to, quitAfterShow});
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("A command such as \"db check\"; none opens the window."), tr("[command]"));

    Invocation invocation;
    if (!parser.parse(arguments)) {
        invocation.mode = Invocation::Mode::Error;
        invocation.text = parser.errorText();
        return invocation;
    }
    if (parser.isSet(help)) {
        invocation.mode = Invocation::Mode::Help;
        invocation.text = parser.helpText();
        return invocation;
    }
    if (parser.isSet(version)) {
        invocation.mode = Invocation::Mode::Version;
        invocation.text = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return invocation;
    }
    invocation.database = parser.value(database);
    invocation.language = parser.value(language);
    invocation.json = parser.isSet(json);
    invocation.out = parser.value(out);
    invocation.dryRun = parser.isSet(dryRun);
    invocation.cohort = parser.value(cohort);
    invocation.learner = parser.value(learner);
    invocation.phase = parser.value(phase);
    invocation.quitAfterShow = parser.isSet(quitAfterShow);
    for (const auto& [option, date] : {std::pair{&from, &invocation.from}, std::pair{&to, &invocation.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid()) {
            invocation.mode = Invocation::Mode::Error;
            invocation.text = tr("--%1 takes a date written YYYY-MM-DD, not \"%2\".")
                                  .arg(option->names().constFirst(), parser.value(*option));
            return invocation;
        }
    }
    bool numberOk = true;
    if (parser.isSet(learners))
        invocation.learners = parser.value(learners).toInt(&numberOk);
    if (numberOk && parser.isSet(seed))
        invocation.seed = parser.value(seed).toUInt(&numberOk);
    if (!numberOk || invocation.learners < 1 || invocation.learners > 1000000) {
        invocation.mode = Invocation::Mode::Error;
        invocation.text = tr("--learners takes a number from 1 to 1000000 and --seed a whole number.");
        return invocation;
    }
    invocation.command = parser.positionalArguments();
    if (!invocation.language.isEmpty() && invocation.language != QLatin1String("en")
        && invocation.language != QLatin1String("fr")) {
        invocation.mode = Invocation::Mode::Error;
        invocation.text = tr("Unknown language '%1': use en or fr.").arg(invocation.language);
        return invocation;
    }
    if (invocation.command.isEmpty()) {
        if (invocation.json || invocation.dryRun || !invocation.out.isEmpty() || invocation.from.isValid()
            || invocation.to.isValid()) {
            invocation.mode = Invocation::Mode::Error;
            invocation.text
                = tr("--json, --out, --from, --to and --dry-run go with a command, such as \"db check "
                     "--json\".");
            return invocation;
        }
        invocation.mode = Invocation::Mode::Gui;
        return invocation;
    }
    if (invocation.command.constFirst() == QLatin1String("kiosk")) {
        if (invocation.command.size() != 1 || invocation.cohort.isEmpty()
            || (invocation.phase != QLatin1String("pre") && invocation.phase != QLatin1String("post"))) {
            invocation.mode = Invocation::Mode::Error;
            invocation.text = tr("The kiosk needs --cohort ID and --phase pre or --phase post.");
            return invocation;
        }
        invocation.mode = Invocation::Mode::Kiosk;
        return invocation;
    }
    invocation.mode = Invocation::Mode::Subcommand;
    return invocation;
}

} // namespace pcs::app
