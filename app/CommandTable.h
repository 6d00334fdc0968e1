#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QTextStream;

namespace pcs::app {

struct Invocation;

// The options a command may take besides the global ones (--database, --lang, --help).
enum class CommandOption {
    Json,
    DryRun,
    Out,
    Cohort,
    Learner,
    Learners,
    Seed,
    Phase,
    From,
    To,
    QuitAfterShow,
    IntoExisting
};

// What a command needs from Qt: nothing more than a QCoreApplication, fonts to paint PDFs (a
// QGuiApplication on the offscreen platform), or a window (a QApplication and a display).
enum class CommandRuns { Headless, Paints, Window };

// What a command's handler is given: the parsed command line, the database and language it resolved.
struct CommandContext {
    const Invocation& invocation;
    QString database;
    QString language; // "en" or "fr": the language messages and reports are written in
    QTextStream& out;
    QTextStream& err;
};

// One subcommand: `pcs-studio NOUN VERB ARGUMENTS [options]` (a few nouns, such as demo and kiosk,
// have no verb).
struct Command {
    QString noun;
    QString verb; // empty for a command of one word
    QStringList arguments; // positional arguments after the verb, as shown in help (e.g. "DIR")
    QList<CommandOption> options; // those it takes, besides the global ones
    const char* usage; // what follows "pcs-studio NOUN VERB" in help, untranslated syntax
    const char* summary; // one line, translated in the context of CommandTable
    CommandRuns runs = CommandRuns::Headless;
    int (*handler)(const CommandContext&) = nullptr; // null for window commands, which main runs

    QString name() const { return verb.isEmpty() ? noun : noun + u' ' + verb; }
};

// Every subcommand of pcs-studio, its help and the words it is known by.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::CommandTable)

public:
    static const std::vector<Command>& commands();
    // Runs the command of `context.invocation` (a headless one). A file it is to write (--out) is
    // first checked against the database's own files (services::OutputGuard): exit 2 on a clash.
    static int run(const CommandContext& context);
    static const Command* find(const QString& noun, const QString& verb);
    static bool hasNoun(const QString& noun);
    // The verbs of a noun in table order (one empty verb for a command of one word).
    static QStringList verbs(const QString& noun);
    static QString nounSummary(const QString& noun);

    // The command-line name of an option ("--out") and the one-line description help gives it.
    static QString optionName(CommandOption option);
    static QString optionHelp(CommandOption option);

    // `pcs-studio --help`, `pcs-studio NOUN --help` and `pcs-studio NOUN VERB --help`.
    static QString help();
    static QString nounHelp(const QString& noun);
    static QString commandHelp(const Command& command);

    // The known words closest to `word` (a typing slip away), best first; empty when none is close.
    static QStringList nearest(const QString& word, const QStringList& known);
};

} // namespace pcs::app
