#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace pcs::bench {

double Samples::best() const
{
    return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end());
}

double Samples::median() const
{
    if (ms.empty())
        return 0;
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

QString Samples::describe() const
{
    return QStringLiteral("best %1 ms, median %2 ms (%3 runs)")
        .arg(best(), 0, 'f', 1)
        .arg(median(), 0, 'f', 1)
        .arg(ms.size());
}

Samples timeRuns(int runs, const std::function<void()>& work)
{
    work();
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    return samples;
}

QString ChildRun::failure() const
{
    if (!finished)
        return QStringLiteral("did not finish (crashed, or timed out)");
    const QString tail = QString::fromLocal8Bit(err.right(600)).trimmed();
    return QStringLiteral("exit code %1%2")
        .arg(exitCode)
        .arg(tail.isEmpty() ? QString() : QStringLiteral(": ") + tail);
}

ChildRun runChild(const QString& program, const QStringList& arguments, const ChildOptions& options)
{
    static const QString timeTool = QStringLiteral("/usr/bin/time");
    const bool underTime = options.measurePeakRss && QFileInfo(timeTool).isExecutable();
    QTemporaryFile rssFile;
    QString command = program;
    QStringList commandArguments = arguments;
    if (underTime && rssFile.open()) {
        // GNU time: -f %M is the peak resident set size in kB; -o keeps it out of the program's output.
        command = timeTool;
        commandArguments = QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                               rssFile.fileName(), program}
            + arguments;
    }
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.standardInputFile.isEmpty())
        process.setStandardInputFile(options.standardInputFile);
    if (options.discardOutput)
        process.setStandardOutputFile(QProcess::nullDevice());

    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    process.start(command, commandArguments);
    run.finished = process.waitForStarted(30000) && process.waitForFinished(options.timeoutMs)
        && process.exitStatus() == QProcess::NormalExit;
    run.wallMs = timer.nsecsElapsed() / 1e6;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = run.finished ? process.exitCode() : -1;
    if (!options.discardOutput)
        run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (underTime) {
        QFile file(rssFile.fileName());
        if (file.open(QIODevice::ReadOnly)) {
            // The last line is the figure; a line before it says when the program was signalled.
            const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
            bool number = false;
            const long kb = lines.last().trimmed().toLong(&number);
            if (number)
                run.peakRssKb = kb;
        }
    }
    return run;
}

std::optional<Samples> timeChildRuns(
    int runs, const QString& program, const QStringList& arguments, const ChildOptions& options)
{
    Samples samples;
    for (int i = 0; i <= runs; ++i) {
        const ChildRun run = runChild(program, arguments, options);
        if (!run.ok()) {
            say(QStringLiteral("  FAILED: %1 %2: %3")
                    .arg(QFileInfo(program).fileName(), arguments.join(u' '), run.failure()));
            return std::nullopt;
        }
        if (i > 0) // the first run warms up
            samples.ms.push_back(run.wallMs);
    }
    return samples;
}

long selfPeakRssKb()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kB on Linux
}

QString megabytes(long kb)
{
    return QStringLiteral("%1 MB").arg(kb / 1024.0, 0, 'f', 1);
}

void FigureTable::add(const QString& what, const QString& figure, const QString& target, Verdict verdict)
{
    m_rows.push_back({what, figure, target, verdict});
}

void FigureTable::add(const QString& what, std::optional<double> measured, const QString& figure,
    const QString& target, const std::function<bool(double)>& meets)
{
    if (!measured)
        add(what, QStringLiteral("not measured"), target, Verdict::NotMeasured);
    else
        add(what, figure, target, meets(*measured) ? Verdict::Met : Verdict::Missed);
}

void FigureTable::print() const
{
    qsizetype whatWidth = 6, figureWidth = 6, targetWidth = 6;
    for (const Row& row : m_rows) {
        whatWidth = std::max(whatWidth, row.what.size());
        figureWidth = std::max(figureWidth, row.figure.size());
        targetWidth = std::max(targetWidth, row.target.size());
    }
    const auto line = [&](const QString& what, const QString& figure, const QString& target,
                          const QString& verdict) {
        say(what.leftJustified(whatWidth) + QStringLiteral(" | ") + figure.leftJustified(figureWidth)
            + QStringLiteral(" | ") + target.leftJustified(targetWidth) + QStringLiteral(" | ") + verdict);
    };
    line(QStringLiteral("figure"), QStringLiteral("measured"), QStringLiteral("target"),
        QStringLiteral("verdict"));
    say(QString(whatWidth, u'-') + QStringLiteral("-+-") + QString(figureWidth, u'-') + QStringLiteral("-+-")
        + QString(targetWidth, u'-') + QStringLiteral("-+--------"));
    for (const Row& row : m_rows)
        line(row.what, row.figure, row.target,
            row.verdict == Verdict::Met          ? QStringLiteral("met")
                : row.verdict == Verdict::Missed ? QStringLiteral("MISSED")
                : row.verdict == Verdict::Info   ? QStringLiteral("info")
                                                 : QStringLiteral("n/a"));
}

int FigureTable::missed() const
{
    return int(std::count_if(
        m_rows.begin(), m_rows.end(), [](const Row& row) { return row.verdict == Verdict::Missed; }));
}

void say(const QString& line)
{
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace pcs::bench
