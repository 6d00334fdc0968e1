#pragma once

// Small tools the benchmark programs share: timing samples, child processes timed from the
// outside (with their peak memory), and the table of figures against their targets.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace pcs::bench {

// Milliseconds of repeated runs of one thing.
struct Samples {
    std::vector<double> ms;

    double best() const;
    double median() const;
    // "best 12.3 ms, median 13.0 ms (5 runs)"
    QString describe() const;
};

// Runs `work` once to warm up, then `runs` times, timing each run.
Samples timeRuns(int runs, const std::function<void()>& work);

struct ChildOptions {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString standardInputFile; // empty: none
    bool discardOutput = false; // standard output to /dev/null (errors are kept)
    bool measurePeakRss = false; // under /usr/bin/time, which adds ~1 ms: for separate runs
    int timeoutMs = 180000;
};

// One run of another program, timed from before its start to after its end (wall time, process
// start included).
struct ChildRun {
    bool finished = false;
    int exitCode = -1;
    double wallMs = 0;
    std::optional<long> peakRssKb; // with measurePeakRss, when /usr/bin/time is there
    QByteArray out, err;

    bool ok() const { return finished && exitCode == 0; }
    // One line saying why a run failed: exit code and the end of its error output.
    QString failure() const;
};

ChildRun runChild(const QString& program, const QStringList& arguments, const ChildOptions& options = {});

// Runs `program` once to warm up, then `runs` times; stops at the first failed run (printed).
std::optional<Samples> timeChildRuns(
    int runs, const QString& program, const QStringList& arguments, const ChildOptions& options = {});

// The peak resident memory of this process so far (getrusage), in kB.
long selfPeakRssKb();

// "87.4 MB" from kB.
QString megabytes(long kb);

// The last table: each figure next to its target.
class FigureTable
{
public:
    enum class Verdict { Met, Missed, NotMeasured, Info };
    void add(const QString& what, const QString& figure, const QString& target, Verdict verdict);
    // Met when `measured` is there and `meets` says so; NotMeasured when it is not.
    void add(const QString& what, std::optional<double> measured, const QString& figure,
        const QString& target, const std::function<bool(double)>& meets);
    void print() const;
    int missed() const;

private:
    struct Row {
        QString what, figure, target;
        Verdict verdict;
    };
    std::vector<Row> m_rows;
};

// printf of a QString, with a newline.
void say(const QString& line);

} // namespace pcs::bench
