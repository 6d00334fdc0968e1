#include "pcs/log/Log.h"

#include "pcs/log/Printable.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <spdlog/logger.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace pcs::log {
namespace {

std::shared_ptr<spdlog::logger>& logger()
{
    static std::shared_ptr<spdlog::logger> instance;
    return instance;
}

QString& currentFile()
{
    static QString path;
    return path;
}

// The log names learners and staff: only its owner may read it. With the process umask at 077 new
// files are 0600 already; this also tightens a folder and files left by an older version.
void keepPrivate(const QString& directory)
{
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QDir folder(directory);
    for (const QString& name : folder.entryList({QStringLiteral("pcs-studio*.log")}, QDir::Files))
        QFile::setPermissions(folder.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
}

struct QtRouting {
    bool installed = false;
    QtMessageHandler previous = nullptr;
};

QtRouting& qtRouting()
{
    static QtRouting routing;
    return routing;
}

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Debug:
        return spdlog::level::debug;
    case Level::Info:
        return spdlog::level::info;
    case Level::Warning:
        return spdlog::level::warn;
    case Level::Error:
        return spdlog::level::err;
    case Level::Off:
        return spdlog::level::off;
    }
    return spdlog::level::info;
}

void write(spdlog::level::level_enum level, const QString& message)
{
    const auto& log = logger();
    if (log) {
        // One message, one line: nothing in it may start a line of its own or drive a terminal.
        const QByteArray utf8 = printable(message).toUtf8();
        log->log(level, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QString text = message;
    if (context.category && qstrcmp(context.category, "default") != 0)
        text = QString::fromLatin1(context.category) + QStringLiteral(": ") + message;
    switch (type) {
    case QtDebugMsg:
        write(spdlog::level::debug, text);
        break;
    case QtInfoMsg:
        write(spdlog::level::info, text);
        break;
    case QtWarningMsg:
        write(spdlog::level::warn, text);
        break;
    case QtCriticalMsg:
        write(spdlog::level::err, text);
        break;
    case QtFatalMsg:
        write(spdlog::level::critical, text);
        flush();
        break;
    }
}

} // namespace

QString init(const Options& options)
{
    shutdown();
    std::vector<spdlog::sink_ptr> sinks;
    QString problem;

    if (options.stderrLevel != Level::Off) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(toSpd(options.stderrLevel));
        console->set_pattern("%H:%M:%S %^%l%$ %v");
        sinks.push_back(console);
    }

    if (!options.directory.isEmpty()) {
        const QString path = QDir(options.directory).filePath(QStringLiteral("pcs-studio.log"));
        if (!QDir().mkpath(options.directory)) {
            problem = QStringLiteral("cannot create the log folder %1").arg(options.directory);
        } else {
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir::toNativeSeparators(path).toStdString(), static_cast<size_t>(options.maxFileBytes),
                    static_cast<size_t>(options.maxFiles));
                file->set_level(toSpd(options.fileLevel));
                file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%P] %l %v");
                sinks.push_back(file);
                currentFile() = path;
                keepPrivate(options.directory);
            } catch (const spdlog::spdlog_ex& e) {
                problem = QStringLiteral("cannot open the log file %1: %2")
                              .arg(path, QString::fromLocal8Bit(e.what()));
            }
        }
    }

    auto log = std::make_shared<spdlog::logger>("pcs", sinks.begin(), sinks.end());
    log->set_level(spdlog::level::trace);
    log->flush_on(spdlog::level::info); // a crash or kill loses no line worth reading
    logger() = log;

    if (options.routeQtMessages) {
        qtRouting().previous = qInstallMessageHandler(qtMessageHandler);
        qtRouting().installed = true;
    }
    if (!problem.isEmpty())
        warning(problem);
    return problem;
}

void shutdown()
{
    if (!logger())
        return;
    logger()->flush();
    if (qtRouting().installed) {
        qInstallMessageHandler(qtRouting().previous);
        qtRouting() = {};
    }
    logger().reset();
    currentFile().clear();
}

QString filePath()
{
    return currentFile();
}

void debug(const QString& message)
{
    write(spdlog::level::debug, message);
}

void info(const QString& message)
{
    write(spdlog::level::info, message);
}

void warning(const QString& message)
{
    write(spdlog::level::warn, message);
}

void error(const QString& message)
{
    write(spdlog::level::err, message);
}

void flush()
{
    if (logger())
        logger()->flush();
}

} // namespace pcs::log
