// The command line as a table: help for every noun and command, the nearest known words for a
// mistake, and mistakes reported without a display (the real pcs-studio, with DISPLAY and
// QT_QPA_PLATFORM unset).

#include "CommandTable.h"
#include "AppProcess.h"
#include "CommandLine.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using pcs::app::CommandLine;
using pcs::app::CommandTable;
using pcs::app::Invocation;
using pcs::test::runApp;

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromUtf8(word);
    return result;
}

Invocation parse(std::initializer_list<const char*> list)
{
    return CommandLine::parse(QStringList{QStringLiteral("pcs-studio")} + words(list));
}

} // namespace

TEST_CASE("Every command of the table parses to its own entry, and --help lists it")
{
    const QString help = CommandTable::help();
    for (const pcs::app::Command& command : CommandTable::commands()) {
        INFO(command.name().toStdString());
        CHECK(help.contains(QStringLiteral("  ") + command.name()));
        CHECK(CommandTable::find(command.noun, command.verb) == &command);
        CHECK_FALSE(CommandTable::nounSummary(command.noun).isEmpty());
        QStringList line{QStringLiteral("pcs-studio"), command.noun};
        if (!command.verb.isEmpty())
            line << command.verb;
        for (int i = 0; i < command.arguments.size(); ++i)
            line << QStringLiteral("x");
        if (command.runs == pcs::app::CommandRuns::Window)
            line << QStringLiteral("--cohort") << QStringLiteral("c") << QStringLiteral("--phase")
                 << QStringLiteral("pre");
        const Invocation invocation = CommandLine::parse(line);
        CHECK(invocation.entry == &command);
        CHECK(invocation.mode
            == (command.runs == pcs::app::CommandRuns::Window ? Invocation::Mode::Kiosk
                                                              : Invocation::Mode::Subcommand));
        CHECK((command.handler != nullptr) == (command.runs != pcs::app::CommandRuns::Window));
    }
}

TEST_CASE("The nearest known words are those a slip of the keyboard away")
{
    const QStringList nouns = words({"db", "curriculum", "cohort", "roster", "report", "demo"});
    CHECK(CommandTable::nearest(QStringLiteral("reprot"), nouns) == words({"report"}));
    CHECK(CommandTable::nearest(QStringLiteral("cohorts"), nouns) == words({"cohort"}));
    CHECK(CommandTable::nearest(QStringLiteral("Curiculum"), nouns) == words({"curriculum"}));
    CHECK(CommandTable::nearest(QStringLiteral("rep"), nouns) == words({"report"}));
    CHECK(CommandTable::nearest(QStringLiteral("x"), nouns).isEmpty());
    CHECK(CommandTable::nearest(QStringLiteral("backup"), nouns).isEmpty());
}

TEST_CASE("A mistake in a command names what is known")
{
    const Invocation verb = parse({"roster", "exprt", "--cohort", "c"});
    REQUIRE(verb.mode == Invocation::Mode::Error);
    CHECK(verb.text.contains(QStringLiteral("\"roster export\"")));

    const Invocation noKind = parse({"report", "--out", "x.pdf"});
    REQUIRE(noKind.mode == Invocation::Mode::Error);
    CHECK(noKind.text.contains(QStringLiteral("cohort, learner, certificates, signin, organization")));

    const Invocation option = parse({"roster", "export", "--cohort", "c", "--out", "r.csv", "--json"});
    REQUIRE(option.mode == Invocation::Mode::Error);
    CHECK(option.text.contains(QStringLiteral("roster export does not take --json")));

    const Invocation missing = parse({"curriculum", "validate"});
    REQUIRE(missing.mode == Invocation::Mode::Error);
    CHECK(missing.text.contains(QStringLiteral("DIR")));
    CHECK(parse({"db", "check", "extra"}).mode == Invocation::Mode::Error);
    CHECK(parse({"demo", "now"}).mode == Invocation::Mode::Error);

    // Help of a command that does not exist is a mistake too, not the general help.
    CHECK(parse({"reprot", "--help"}).mode == Invocation::Mode::Error);
}

TEST_CASE("pcs-studio report --help, roster --help and a command's --help list their options")
{
    QTemporaryDir home;
    const auto report = runApp(home, {QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(report.exitCode == 0);
    for (const char* text : {"pcs-studio report cohort --cohort ID --out FILE.pdf",
             "pcs-studio report learner --cohort ID --learner ID --out FILE.pdf",
             "pcs-studio report certificates", "pcs-studio report signin",
             "pcs-studio report organization --from DATE --to DATE --out FILE.pdf", "--from DATE",
             "--learner ID", "--database PATH", "--lang en|fr"})
        CHECK(report.out.contains(QString::fromUtf8(text)));
    CHECK(report.err.isEmpty());

    const auto roster = runApp(home, {QStringLiteral("roster"), QStringLiteral("--help")});
    CHECK(roster.exitCode == 0);
    for (const char* text : {"pcs-studio roster import FILE --cohort ID [--dry-run] [--json]",
             "pcs-studio roster export --cohort ID --out FILE.csv", "--dry-run", "--json", "--cohort ID"})
        CHECK(roster.out.contains(QString::fromUtf8(text)));
    CHECK_FALSE(roster.out.contains(QStringLiteral("--learners")));

    const auto exportHelp
        = runApp(home, {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(exportHelp.exitCode == 0);
    CHECK(exportHelp.out.startsWith(
        QStringLiteral("Usage: pcs-studio roster export --cohort ID --out FILE.csv")));
    CHECK(exportHelp.out.contains(QStringLiteral("--out FILE")));
    CHECK_FALSE(exportHelp.out.contains(QStringLiteral("--dry-run")));

    const auto all = runApp(home, {QStringLiteral("--help")});
    CHECK(all.exitCode == 0);
    for (const pcs::app::Command& command : CommandTable::commands())
        CHECK(all.out.contains(QStringLiteral("  ") + command.name()));
}

TEST_CASE("Mistakes exit 2 with one line naming the nearest commands, and write nothing")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("never.sqlite"));
    const auto verb = runApp(home,
        {QStringLiteral("roster"), QStringLiteral("exprt"), QStringLiteral("--cohort"), QStringLiteral("c"),
            QStringLiteral("-d"), database});
    CHECK(verb.exitCode == 2);
    CHECK(verb.out.isEmpty());
    CHECK(verb.err.startsWith(QStringLiteral("pcs-studio: Unknown command \"roster exprt\"")));
    CHECK(verb.err.contains(QStringLiteral("Did you mean \"roster export\"?")));
    CHECK(verb.err.count(u'\n') == 1);

    const auto noun = runApp(home, {QStringLiteral("reprot"), QStringLiteral("cohort")});
    CHECK(noun.exitCode == 2);
    CHECK(noun.err.contains(QStringLiteral("Did you mean \"report\"?")));

    const auto kinds = runApp(home, {QStringLiteral("report")});
    CHECK(kinds.exitCode == 2);
    CHECK(kinds.err.contains(QStringLiteral("cohort, learner, certificates, signin, organization")));
    CHECK_FALSE(QFile::exists(database));
}

TEST_CASE("A bad option with no display prints its message and exits 2 instead of aborting")
{
    QTemporaryDir home;
    // Without a command the window would open; with a mistake nothing asks for a display.
    const auto window = runApp(home, {QStringLiteral("--colour"), QStringLiteral("blue")});
    CHECK(window.exitCode == 2);
    CHECK(window.err.contains(QStringLiteral("colour")));
    CHECK_FALSE(window.err.contains(QStringLiteral("xcb")));

    const auto kiosk = runApp(home,
        {QStringLiteral("kiosk"), QStringLiteral("--cohort"), QStringLiteral("c"), QStringLiteral("--phase"),
            QStringLiteral("later")});
    CHECK(kiosk.exitCode == 2);
    CHECK(kiosk.err.contains(QStringLiteral("--phase pre or --phase post")));

    const auto option = runApp(home,
        {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--seed"), QStringLiteral("3"),
            QStringLiteral("--out"), QStringLiteral("r.pdf")});
    CHECK(option.exitCode == 2);
    CHECK(option.err.contains(QStringLiteral("report cohort does not take --seed")));

    const auto date = runApp(home,
        {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--from"),
            QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
            QStringLiteral("--out"), QStringLiteral("r.pdf")});
    CHECK(date.exitCode == 2);
    CHECK(date.err.contains(QStringLiteral("2026-13-01")));
}

TEST_CASE("Help and mistakes follow --lang, and the saved language without it")
{
    QTemporaryDir home;
    const auto french = runApp(home,
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("roster"), QStringLiteral("--help")});
    CHECK(french.exitCode == 0);
    CHECK(french.out.contains(QStringLiteral("Options :")));
    CHECK_FALSE(french.out.contains(QStringLiteral("Options:")));

    const auto english = runApp(home, {QStringLiteral("roster"), QStringLiteral("--help")});
    CHECK(english.out.contains(QStringLiteral("Options:")));

    // The language saved in the window's settings (as Settings > Language writes it).
    QDir(home.path()).mkpath(QStringLiteral("config/pcs-studio"));
    QFile ini(home.filePath(QStringLiteral("config/pcs-studio/pcs-studio.ini")));
    REQUIRE(ini.open(QIODevice::WriteOnly));
    ini.write("[ui]\nlanguage=fr\n");
    ini.close();
    const auto saved = runApp(home, {QStringLiteral("roster"), QStringLiteral("exprt")});
    CHECK(saved.exitCode == 2);
    CHECK(saved.err.contains(QStringLiteral("Commande inconnue")));
    CHECK(saved.err.contains(QStringLiteral("« roster export »")));
    const auto overridden
        = runApp(home, {QStringLiteral("--lang=en"), QStringLiteral("roster"), QStringLiteral("exprt")});
    CHECK(overridden.err.contains(QStringLiteral("Unknown command")));
}
