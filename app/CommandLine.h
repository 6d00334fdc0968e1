#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace pcs::app {

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
    QString cohort;
    QString learner;
    QString phase; // kiosk: "pre" or "post"
    int learners = 200;
    quint32 seed = 2026;
    QString out;
    QDate from, to; // a report's period, both days included
    bool quitAfterShow = false; // window modes: exit once the first window is shown and painted
    QString text; // help text, or the error message for Mode::Error
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::CommandLine)

public:
    // True when the arguments name a subcommand (or only ask for help or the version): then no
    // window system is needed and a QCoreApplication is created instead of a QApplication.
    static bool isHeadless(int argc, char** argv);
    // True for commands that paint (PDF reports): they need fonts, hence a GUI application.
    static bool paints(int argc, char** argv);
    static Invocation parse(const QStringList& arguments);
};

} // namespace pcs::app
