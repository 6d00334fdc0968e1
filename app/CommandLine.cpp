#include "CommandLine.h"

#include "CommandTable.h"

#include <QCommandLineParser>

namespace pcs::app {
namespace {

Invocation failure(const QString& message)
{
    Invocation invocation;
    invocation.mode = Invocation::Mode::Error;
    invocation.text = message;
    return invocation;
}

QString quotedList(const QStringList& words)
{
    QStringList quoted;
    for (const QString& word : words)
        quoted << CommandLine::tr("\"%1\"", "a command named in a message").arg(word);
    return quoted.join(QStringLiteral(", "));
}

// The message for a command the table does not know, with the nearest known words.
QString unknownCommand(const QStringList& words)
{
    const QString noun = words.value(0);
    if (!CommandTable::hasNoun(noun)) {
        QStringList nouns;
        for (const Command& command : CommandTable::commands())
            if (!nouns.contains(command.noun))
                nouns << command.noun;
        const QStringList near = CommandTable::nearest(noun, nouns);
        return near.isEmpty()
            ? CommandLine::tr("Unknown command \"%1\". Run pcs-studio --help for the list.").arg(noun)
            : CommandLine::tr("Unknown command \"%1\". Did you mean %2? Run pcs-studio --help for the list.")
                  .arg(noun, quotedList(near));
    }
    const QStringList verbs = CommandTable::verbs(noun);
    const QString verb = words.value(1);
    if (verb.isEmpty())
        return CommandLine::tr("\"%1\" needs one of: %2. Run pcs-studio %1 --help for their options.")
            .arg(noun, verbs.join(QStringLiteral(", ")));
    QStringList near;
    for (const QString& word : CommandTable::nearest(verb, verbs))
        near << noun + u' ' + word;
    return near.isEmpty()
        ? CommandLine::tr(
            "Unknown command \"%1 %2\": %1 takes %3. Run pcs-studio %1 --help for their options.")
              .arg(noun, verb, verbs.join(QStringLiteral(", ")))
        : CommandLine::tr("Unknown command \"%1 %2\". Did you mean %3? Run pcs-studio %1 --help for their "
                          "options.")
              .arg(noun, verb, quotedList(near));
}

} // namespace

Invocation::Needs Invocation::needs() const
{
    if (mode == Mode::Gui || mode == Mode::Kiosk)
        return Needs::Window;
    if (mode == Mode::Subcommand && entry && entry->runs == CommandRuns::Paints)
        return Needs::Fonts;
    return Needs::Core;
}

QString CommandLine::languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang"))
            && i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QLatin1String prefix : {QLatin1String("--lang="), QLatin1String("-lang=")})
            if (argument.startsWith(prefix))
                return argument.mid(prefix.size());
    }
    return QString();
}

Invocation CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({help, version});
    // Descriptions live in the command table (CommandTable::help), which writes every help text.
    const auto valued = [](QStringList names) {
        return QCommandLineOption(std::move(names), QString(), QStringLiteral("value"));
    };
    const QCommandLineOption database = valued({QStringLiteral("d"), QStringLiteral("database")});
    const QCommandLineOption language = valued({QStringLiteral("lang")});
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption out = valued({QStringLiteral("out")});
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption cohort = valued({QStringLiteral("cohort")});
    const QCommandLineOption learners = valued({QStringLiteral("learners")});
    const QCommandLineOption seed = valued({QStringLiteral("seed")});
    const QCommandLineOption phase = valued({QStringLiteral("phase")});
    const QCommandLineOption learner = valued({QStringLiteral("learner")});
    const QCommandLineOption from = valued({QStringLiteral("from")});
    const QCommandLineOption to = valued({QStringLiteral("to")});
    const QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"));
    const QCommandLineOption intoExisting(QStringLiteral("into-existing"));
    parser.addOptions({database, language, json, out, dryRun, cohort, learners, seed, learner, phase, from,
        to, quitAfterShow, intoExisting});

    Invocation invocation;
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    invocation.command = parser.positionalArguments();
    if (parser.isSet(help)) {
        invocation.mode = Invocation::Mode::Help;
        const QStringList& words = invocation.command;
        if (words.isEmpty())
            invocation.text = CommandTable::help();
        else if (const Command* command = CommandTable::find(words.value(0), words.value(1)))
            invocation.text = CommandTable::commandHelp(*command);
        else if (words.size() == 1 && CommandTable::hasNoun(words.value(0)))
            invocation.text = CommandTable::nounHelp(words.value(0));
        else
            return failure(unknownCommand(words));
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
    invocation.intoExisting = parser.isSet(intoExisting);
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

    const QStringList& words = invocation.command;
    const QStringList verbs = CommandTable::verbs(words.constFirst());
    const bool oneWord = verbs == QStringList{QString()};
    const Command* command = CommandTable::find(words.constFirst(), oneWord ? QString() : words.value(1));
    if (!command)
        return failure(unknownCommand(words));
    const qsizetype given = words.size() - (oneWord ? 1 : 2);
    if (given != command->arguments.size()) {
        const QString usage = QStringLiteral("pcs-studio %1 %2")
                                  .arg(command->name(), QString::fromLatin1(command->usage))
                                  .trimmed();
        return failure(command->arguments.isEmpty()
                ? tr("%1 takes nothing after its name but options: %2").arg(command->name(), usage)
                : tr("%1 needs %2 after its name, and nothing else: %3")
                      .arg(command->name(), command->arguments.join(u' '), usage));
    }
    // An option the command does not take is a mistake, not something to ignore.
    const std::pair<const QCommandLineOption*, CommandOption> specific[]{{&json, CommandOption::Json},
        {&dryRun, CommandOption::DryRun}, {&out, CommandOption::Out}, {&cohort, CommandOption::Cohort},
        {&learner, CommandOption::Learner}, {&learners, CommandOption::Learners},
        {&seed, CommandOption::Seed}, {&phase, CommandOption::Phase}, {&from, CommandOption::From},
        {&to, CommandOption::To}, {&quitAfterShow, CommandOption::QuitAfterShow},
        {&intoExisting, CommandOption::IntoExisting}};
    for (const auto& [option, key] : specific)
        if (parser.isSet(*option) && !command->options.contains(key))
            return failure(tr("%1 does not take --%2. Run pcs-studio %1 --help for its options.")
                               .arg(command->name(), option->names().constLast()));
    invocation.entry = command;
    if (command->runs == CommandRuns::Window) { // the kiosk
        if (invocation.cohort.isEmpty()
            || (invocation.phase != QLatin1String("pre") && invocation.phase != QLatin1String("post")))
            return failure(tr("The kiosk needs --cohort ID and --phase pre or --phase post."));
        invocation.mode = Invocation::Mode::Kiosk;
        return invocation;
    }
    invocation.mode = Invocation::Mode::Subcommand;
    return invocation;
}

} // namespace pcs::app
