#pragma once

// The one logging header of PCS Studio. spdlog stays behind it: callers pass finished QStrings.
// Never log a learner's answers, a PIN or a password.

#include <QString>

namespace pcs::log {

enum class Level { Debug, Info, Warning, Error, Off };

struct Options {
    QString directory; // where pcs-studio.log and its rotations live; empty: no file
    Level stderrLevel = Level::Info; // Off for subcommands, whose stderr is for people
    Level fileLevel = Level::Info;
    qint64 maxFileBytes = 2 * 1024 * 1024;
    int maxFiles = 5; // rotated copies kept beside the current file
    bool routeQtMessages = true; // qDebug/qWarning/qCritical go to the same log
};

// Sets up the rotating file and stderr sinks. Returns an empty string, or a message saying why the
// log file could not be opened (logging then continues on stderr only).
QString init(const Options& options);
// Flushes and drops the sinks; the Qt message handler is restored.
void shutdown();
// The current log file, or empty when logging to stderr only.
QString filePath();

void debug(const QString& message);
void info(const QString& message);
void warning(const QString& message);
void error(const QString& message);
void flush();

} // namespace pcs::log
