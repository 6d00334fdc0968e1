#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace pcs::app {

struct Command;

// What the command line asks for: `pcs-studio [options]` opens the window; `pcs-studio <noun> <verb>
// [options]` runs a subcommand and never opens one.
struct Invocation {
    enum class Mode { Gui, Kiosk, Subcommand, Help, Version, Error };
    Mode mode = Mode::Gui;
    QString database; // empty: the default database
    QString language; // "en", "fr" or empty (saved setting, then system)
    QStringList command; // e.g. {"db", "check"}
    bool json = false;
    bool dryRun = false;
    bool intoExisting = false; // demo: add to a database that already holds people or cohorts
    QString cohort;
    QString learner;
    QString phase; // kiosk: "pre" or "post"
    int learners = 200;
    quint32 seed = 2026;
    QString out;
    QDate from, to; // a report's period, both days included
    bool quitAfterShow = false; // window modes: exit once the first window is shown and painted
    QString text; // help text, or the error message for Mode::Error
    const Command* entry = nullptr; // Mode::Subcommand and Mode::Kiosk: the command's table entry

    // What Qt must provide before the invocation runs: a window system for the window and the kiosk,
    // fonts (a QGuiApplication, offscreen) for commands that paint PDFs, else a QCoreApplication.
    enum class Needs { Core, Fonts, Window };
    Needs needs() const;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::CommandLine)

public:
    // Parses the command line against the command table (CommandTable) with a QCoreApplication at
    // most: help and messages are in the language already installed, and a mistake is found before
    // any window system is asked for.
    static Invocation parse(const QStringList& arguments);
    // The value of --lang in the raw arguments (empty when not given), read before anything else so
    // that the parser's own messages are in that language.
    static QString languageArgument(const QStringList& arguments);
};

} // namespace pcs::app
