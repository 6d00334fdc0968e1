#include "CommandTable.h"

#include "AssessmentCommands.h"
#include "CommandLine.h"
#include "CurriculumCommands.h"
#include "DbCommands.h"
#include "DeliveryCommands.h"
#include "DemoCommands.h"
#include "PeopleCommands.h"
#include "ReportCommands.h"
#include "StatsCommands.h"
#include "pcs/services/OutputGuard.h"

#include <QTextStream>

#include <algorithm>

namespace pcs::app {
namespace {

using enum CommandOption;

const QString& argument(const CommandContext& context, int index)
{
    return context.invocation.command.at(2 + index);
}

int runReport(const CommandContext& context)
{
    const Invocation& invocation = context.invocation;
    ReportCommands::Request request;
    request.kind = invocation.command.value(1);
    request.cohortId = invocation.cohort;
    request.learnerId = invocation.learner;
    request.out = invocation.out;
    request.from = invocation.from;
    request.to = invocation.to;
    request.language = context.language;
    return ReportCommands::run(request, context.database, context.out, context.err);
}

// The table. Summaries are translated in CommandTable's context (CommandTable::tr at display).
const std::vector<Command> kCommands{
    {QStringLiteral("db"), QStringLiteral("check"), {}, {Json}, "[--json]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Schema version, integrity check (PRAGMA quick_check) and rows per table; exit status 0 "
            "when healthy"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return DbCommands::check(c.database, c.invocation.json, c.out, c.err);
        }},
    {QStringLiteral("db"), QStringLiteral("backup"), {}, {Out}, "--out FILE",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "Write a consistent copy of the database to FILE"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return DbCommands::backup(c.database, c.invocation.out, c.out, c.err);
        }},
    {QStringLiteral("curriculum"), QStringLiteral("validate"), {QStringLiteral("DIR")}, {}, "DIR",
        QT_TRANSLATE_NOOP(
            "pcs::app::CommandTable", "Check a curriculum package; list every problem with its place"),
        CommandRuns::Headless,
        [](const CommandContext& c) { return CurriculumCommands::validate(argument(c, 0), c.out, c.err); }},
    {QStringLiteral("curriculum"), QStringLiteral("import"), {QStringLiteral("DIR")}, {DryRun},
        "DIR [--dry-run]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Import a package as a new, numbered version, listing what it adds, changes and removes"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return CurriculumCommands::import(argument(c, 0), c.database, c.invocation.dryRun, c.out, c.err);
        }},
    {QStringLiteral("curriculum"), QStringLiteral("list"), {}, {Json}, "[--json]",
        QT_TRANSLATE_NOOP(
            "pcs::app::CommandTable", "The current curriculum: programs and MicroCoaching tools"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return CurriculumCommands::list(c.database, c.language, c.invocation.json, c.out, c.err);
        }},
    {QStringLiteral("cohort"), QStringLiteral("list"), {}, {Json}, "[--json]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "Cohorts with their status, learners and sessions"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return DeliveryCommands::listCohorts(c.database, c.invocation.json, c.out, c.err);
        }},
    {QStringLiteral("person"), QStringLiteral("list"), {}, {Cohort, Json}, "[--cohort ID] [--json]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "People with their ids (for report learner --learner ID), or the learners of one cohort"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return PeopleCommands::list(c.database, c.invocation.cohort, c.invocation.json, c.out, c.err);
        }},
    {QStringLiteral("roster"), QStringLiteral("import"), {QStringLiteral("FILE")}, {Cohort, DryRun, Json},
        "FILE --cohort ID [--dry-run] [--json]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Add learners from a spreadsheet's CSV file to a cohort; nothing is imported if a line has "
            "a problem"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return DeliveryCommands::importRoster(argument(c, 0), c.invocation.cohort, c.database,
                c.invocation.dryRun, c.invocation.json, c.out, c.err);
        }},
    {QStringLiteral("roster"), QStringLiteral("export"), {}, {Cohort, Out}, "--cohort ID --out FILE.csv",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "Write the roster of a cohort to a CSV file"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return DeliveryCommands::exportRoster(
                c.invocation.cohort, c.invocation.out, c.database, c.out, c.err);
        }},
    {QStringLiteral("schedule"), QStringLiteral("export"), {}, {Cohort, Out}, "--cohort ID --out FILE.ics",
        QT_TRANSLATE_NOOP(
            "pcs::app::CommandTable", "Write the sessions of a cohort to an iCalendar file for calendars"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return DeliveryCommands::exportSchedule(
                c.invocation.cohort, c.invocation.out, c.database, c.language, c.out, c.err);
        }},
    {QStringLiteral("assessment"), QStringLiteral("export"), {}, {Cohort, Out}, "--cohort ID --out FILE.csv",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Write every self-assessment answer of a cohort to a CSV file, safe to open in a spreadsheet"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return AssessmentCommands::exportAnswers(
                c.invocation.cohort, c.invocation.out, c.database, c.out, c.err);
        }},
    {QStringLiteral("stats"), QStringLiteral("cohort"), {}, {Cohort, Json}, "--cohort ID [--json]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Per-topic pre/post figures of a cohort: n, means, medians, changes, Wilcoxon p, effect size"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return StatsCommands::cohortStatistics(
                c.invocation.cohort, c.database, c.invocation.json, c.language, c.out, c.err);
        }},
    {QStringLiteral("report"), QStringLiteral("cohort"), {}, {Cohort, Out}, "--cohort ID --out FILE.pdf",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "The cohort report: completion, attendance and the pre and post self-assessment figures"),
        CommandRuns::Paints, runReport},
    {QStringLiteral("report"), QStringLiteral("learner"), {}, {Cohort, Learner, Out},
        "--cohort ID --learner ID --out FILE.pdf",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "One learner's progress: attendance, ratings before and after, SAW plan and follow-ups"),
        CommandRuns::Paints, runReport},
    {QStringLiteral("report"), QStringLiteral("certificates"), {}, {Cohort, From, To, Out},
        "(--cohort ID | --from DATE --to DATE) --out FILE.pdf",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Certificates of completion for a cohort, or for every cohort ending in the period"),
        CommandRuns::Paints, runReport},
    {QStringLiteral("report"), QStringLiteral("signin"), {}, {Cohort, Out}, "--cohort ID --out FILE.pdf",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "A session's sign-in sheet"), CommandRuns::Paints,
        runReport},
    {QStringLiteral("report"), QStringLiteral("organization"), {}, {From, To, Out},
        "--from DATE --to DATE --out FILE.pdf",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Per organization and program: people trained, completions, contact hours; mean ratings "
            "per topic (cohorts ending in the period)"),
        CommandRuns::Paints, runReport},
    {QStringLiteral("certificate"), QStringLiteral("verify"), {QStringLiteral("CODE")}, {Json},
        "CODE [--json]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "Check a certificate's verification code"),
        CommandRuns::Headless,
        [](const CommandContext& c) {
            return StatsCommands::verifyCertificate(
                argument(c, 0), c.database, c.invocation.json, c.out, c.err);
        }},
    {QStringLiteral("kiosk"), QString(), {}, {Cohort, Phase, QuitAfterShow}, "--cohort ID --phase pre|post",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Open the self-assessment kiosk of a cohort, full screen (staff sign in when it is not open "
            "yet)"),
        CommandRuns::Window, nullptr},
    {QStringLiteral("demo"), QString(), {}, {Learners, Seed, IntoExisting},
        "--database PATH [--learners N] [--seed S] [--into-existing]",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable",
            "Fill a new database named with --database with a demonstration organization to try things "
            "with"),
        CommandRuns::Headless, [](const CommandContext& c) { return DemoCommands::run(c); }},
};

struct NounText {
    const char* noun;
    const char* summary;
};

const NounText kNouns[]{
    {"db", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "The database file: its health and copies of it.")},
    {"curriculum",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "Curriculum packages and the current curriculum.")},
    {"cohort", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "The cohorts of the database.")},
    {"person", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "The people of the database.")},
    {"roster",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "The learners of a cohort, from and to spreadsheets.")},
    {"schedule", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "The sessions of a cohort, for calendars.")},
    {"assessment",
        QT_TRANSLATE_NOOP("pcs::app::CommandTable", "The pre and post self-assessments of a cohort.")},
    {"stats", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "Pre/post statistics.")},
    {"report",
        QT_TRANSLATE_NOOP(
            "pcs::app::CommandTable", "PDF reports, written in --lang (en or fr); dates are YYYY-MM-DD.")},
    {"certificate", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "Certificates issued from this database.")},
    {"kiosk", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "The self-assessment kiosk for a shared laptop.")},
    {"demo", QT_TRANSLATE_NOOP("pcs::app::CommandTable", "A demonstration organization.")},
};

int distance(const QString& a, const QString& b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)]
                = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

// `text` broken into lines of at most kColumns characters (a word longer than that stays whole), each
// line after the first indented by `indent` spaces.
constexpr qsizetype kColumns = 80;

QString wrapped(const QString& text, qsizetype indent, qsizetype firstColumn)
{
    QString result;
    qsizetype column = firstColumn;
    bool lineStart = true;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lineStart && column + 1 + word.size() > kColumns) {
            result += u'\n' + QString(indent, u' ');
            column = indent;
            lineStart = true;
        }
        if (!lineStart) {
            result += u' ';
            ++column;
        }
        result += word;
        column += word.size();
        lineStart = false;
    }
    return result;
}

// One option of a help text: its name, then its description wrapped beside it.
QString optionLine(const QString& name, const QString& description)
{
    return QStringLiteral("  %1  %2\n").arg(name, -20).arg(wrapped(description, 24, 24));
}

QString globalOptionsHelp()
{
    return CommandTable::tr("Options for every command:") + u'\n'
        + optionLine(QStringLiteral("-d, --database PATH"),
            CommandTable::tr("Use the database file PATH instead of the default one"))
        + optionLine(QStringLiteral("--lang en|fr"),
            CommandTable::tr("The language of messages and reports (default: the saved one)"))
        + optionLine(QStringLiteral("-h, --help"), CommandTable::tr("Show this help"));
}

QString optionLines(const QList<CommandOption>& options)
{
    QString text;
    for (CommandOption option : options)
        text += optionLine(CommandTable::optionName(option), CommandTable::optionHelp(option));
    return text;
}

QString usageLine(const Command& command)
{
    return QStringLiteral("pcs-studio %1 %2")
        .arg(command.name(), QString::fromLatin1(command.usage))
        .trimmed();
}

} // namespace

const std::vector<Command>& CommandTable::commands()
{
    return kCommands;
}

int CommandTable::run(const CommandContext& context)
{
    const Command& command = *context.invocation.entry;
    if (command.options.contains(Out) && !context.invocation.out.isEmpty()) {
        if (const auto allowed = services::OutputGuard::check(context.invocation.out, context.database);
            !allowed) {
            context.err << allowed.error().message << '\n';
            return 2;
        }
    }
    return command.handler(context);
}

const Command* CommandTable::find(const QString& noun, const QString& verb)
{
    const auto found = std::find_if(kCommands.begin(), kCommands.end(),
        [&](const Command& command) { return command.noun == noun && command.verb == verb; });
    return found == kCommands.end() ? nullptr : &*found;
}

bool CommandTable::hasNoun(const QString& noun)
{
    return std::any_of(
        kCommands.begin(), kCommands.end(), [&](const Command& command) { return command.noun == noun; });
}

QStringList CommandTable::verbs(const QString& noun)
{
    QStringList found;
    for (const Command& command : kCommands)
        if (command.noun == noun)
            found << command.verb;
    return found;
}

QString CommandTable::nounSummary(const QString& noun)
{
    for (const NounText& text : kNouns)
        if (noun == QLatin1String(text.noun))
            return tr(text.summary);
    return QString();
}

QString CommandTable::optionName(CommandOption option)
{
    switch (option) {
    case Json:
        return QStringLiteral("--json");
    case DryRun:
        return QStringLiteral("--dry-run");
    case Out:
        return QStringLiteral("--out FILE");
    case Cohort:
        return QStringLiteral("--cohort ID");
    case Learner:
        return QStringLiteral("--learner ID");
    case Learners:
        return QStringLiteral("--learners N");
    case Seed:
        return QStringLiteral("--seed S");
    case Phase:
        return QStringLiteral("--phase pre|post");
    case From:
        return QStringLiteral("--from DATE");
    case To:
        return QStringLiteral("--to DATE");
    case QuitAfterShow:
        return QStringLiteral("--quit-after-show");
    case IntoExisting:
        return QStringLiteral("--into-existing");
    }
    return QString();
}

QString CommandTable::optionHelp(CommandOption option)
{
    switch (option) {
    case Json:
        return tr("Print machine-readable JSON");
    case DryRun:
        return tr("Show what the command would do; write nothing");
    case Out:
        return tr("The file to write (replaced only once it is complete)");
    case Cohort:
        return tr("The cohort to work on (see pcs-studio cohort list)");
    case Learner:
        return tr("The learner the report is about");
    case Learners:
        return tr("How many learners the demo creates (1 to 1000000, default 200)");
    case Seed:
        return tr("Seed of the demo data; the same seed gives the same data (default 2026)");
    case Phase:
        return tr("The self-assessment: before (pre) or after (post) the training");
    case From:
        return tr("The first day of the period (YYYY-MM-DD)");
    case To:
        return tr("The last day of the period (YYYY-MM-DD)");
    case QuitAfterShow:
        return tr("Quit once the first window is shown and painted (start-up timing)");
    case IntoExisting:
        return tr("Add the demonstration to a database that already holds people or cohorts");
    }
    return QString();
}

QString CommandTable::help()
{
    QString text = tr("Usage: pcs-studio [--database PATH] [--lang en|fr] [COMMAND] [options]") + u'\n'
        + wrapped(tr("PCS Studio runs the Person-Centric Strategies professional development series: "
                     "curriculum, cohorts, self-assessments, SAW plans and reports."),
            0, 0)
        + u'\n' + tr("Without a command, PCS Studio opens its window.") + u"\n\n"
        + tr("Commands (run without a window, but for the kiosk):") + u'\n';
    qsizetype width = 0;
    for (const Command& command : kCommands)
        width = std::max(width,
            command.name().size() + (command.arguments.isEmpty() ? 0 : 1)
                + command.arguments.join(u' ').size());
    for (const Command& command : kCommands) {
        const QString words = QString(command.name() + u' ' + command.arguments.join(u' ')).trimmed();
        text += QStringLiteral("  %1  %2\n")
                    .arg(words, -int(width))
                    .arg(wrapped(tr(command.summary), width + 4, width + 4));
    }
    text += u'\n' + globalOptionsHelp() + optionLine(QStringLiteral("-v, --version"), tr("Show the version"))
        + optionLine(optionName(QuitAfterShow), optionHelp(QuitAfterShow)) + u'\n'
        + wrapped(tr("Run \"pcs-studio COMMAND --help\" for the options of a command, such as "
                     "\"pcs-studio report --help\"."),
            0, 0)
        + u'\n';
    return text;
}

QString CommandTable::nounHelp(const QString& noun)
{
    QString text = wrapped(QStringLiteral("pcs-studio %1: %2").arg(noun, nounSummary(noun)), 0, 0) + u"\n\n";
    QList<CommandOption> options;
    for (const Command& command : kCommands) {
        if (command.noun != noun)
            continue;
        text
            += QStringLiteral("  %1\n      %2\n").arg(usageLine(command), wrapped(tr(command.summary), 6, 6));
        for (CommandOption option : command.options)
            if (!options.contains(option))
                options << option;
    }
    if (!options.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + optionLines(options);
    text += u'\n' + globalOptionsHelp();
    return text;
}

QString CommandTable::commandHelp(const Command& command)
{
    QString text
        = tr("Usage: %1").arg(usageLine(command)) + u'\n' + wrapped(tr(command.summary), 0, 0) + u'\n';
    if (!command.options.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + optionLines(command.options);
    text += u'\n' + globalOptionsHelp();
    return text;
}

QStringList CommandTable::nearest(const QString& word, const QStringList& known)
{
    const QString folded = word.toCaseFolded();
    std::vector<std::pair<int, QString>> scored;
    for (const QString& candidate : known) {
        if (candidate.isEmpty())
            continue;
        int score = distance(folded, candidate);
        // A prefix ("rep" for "report") is as good as one slip of the keyboard.
        if (folded.size() >= 2 && candidate.startsWith(folded))
            score = std::min(score, 1);
        if (score <= std::max<qsizetype>(1, candidate.size() / 3))
            scored.emplace_back(score, candidate);
    }
    std::stable_sort(
        scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList names;
    for (const auto& [score, name] : scored)
        if (!names.contains(name))
            names << name;
    return names;
}

} // namespace pcs::app
