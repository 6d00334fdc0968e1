// bench_reports PCS_STUDIO WORKDIR: how long the reports and the start-up take on a large database
// (the demo with 10,000 learners, built in WORKDIR once and reused), and how much memory they use.
// Prints figures and a table of them against their targets; asserts nothing.
//   1. the databases: large (demo --learners 10000) and empty (schema only, `db check`ed);
//   2. the organization summary query in-process, next to the same SQL in the sqlite3 shell;
//   3. a 30-learner cohort report: analysis, then the PDF;
//   4. 1,000 certificates in one PDF, in-process and as a whole process of its own;
//   5. start-up to the first painted window (--quit-after-show), large and empty database;
//   6. peak memory of this process and of the app's processes.
// bench_reports --certificates-once N OUT.pdf: writes N certificates and exits (the timed process of 4).

#include "BenchCertificates.h"
#include "BenchSupport.h"

#include "pcs/reports/CertificatePdf.h"
#include "pcs/reports/CohortReportPdf.h"
#include "pcs/services/CohortAnalysis.h"
#include "pcs/services/ReportSources.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/DatabaseCheck.h"
#include "pcs/storage/OrganizationSummaryQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

using namespace pcs::bench;
using Verdict = FigureTable::Verdict;

namespace {

constexpr int kRuns = 5;
constexpr int kLargeLearners = 10000;
constexpr int kCertificates = 1000;
constexpr double kMaxShellRatio = 1.5;
constexpr double kMaxCohortReportMs = 250;
constexpr double kMaxCertificatesOnceMs = 600;
constexpr double kMaxStartUpRatio = 1.2;
constexpr long kMaxPeakRssKb = 120 * 1024;

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// ---- the run ------------------------------------------------------------------------------------

struct Bench {
    QString app; // pcs-studio
    QString self; // this program
    QDir work;
    QTemporaryDir home; // HOME and XDG folders of the child processes: no settings leak either way
    QProcessEnvironment environment;
    QString large, empty;
    QString cohortId; // of the cohort report
    FigureTable table;
    long selfRssKb = 0;

    QString file(const QString& name) const { return work.filePath(name); }
};

std::unique_ptr<pcs::storage::Database> openReadOnly(const QString& path)
{
    pcs::storage::OpenOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    auto database = pcs::storage::Database::open(path, options);
    if (!database) {
        say(QStringLiteral("  cannot open %1: %2").arg(path, database.error().message));
        return nullptr;
    }
    return std::move(*database);
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

// The demo's figures that the file must still hold for it to be reused.
std::map<QString, qint64> demoCounts(const QString& demoLine)
{
    const auto match = QRegularExpression(
        QStringLiteral("(\\d+) learners, (\\d+) cohorts, (\\d+) sessions, (\\d+) attendance marks"))
                           .match(demoLine);
    if (!match.hasMatch())
        return {};
    return {{QStringLiteral("learners"), match.captured(1).toLongLong()},
        {QStringLiteral("cohorts"), match.captured(2).toLongLong()},
        {QStringLiteral("cohort_sessions"), match.captured(3).toLongLong()},
        {QStringLiteral("attendance"), match.captured(4).toLongLong()}};
}

bool holdsDemo(const QString& path, const QString& demoLine)
{
    const auto expected = demoCounts(demoLine);
    if (expected.empty() || expected.at(QStringLiteral("learners")) != kLargeLearners)
        return false;
    const auto check = pcs::storage::checkDatabase(path);
    if (!check || !check->healthy())
        return false;
    int matched = 0;
    for (const pcs::storage::TableRowCount& table : check->tables)
        if (const auto found = expected.find(table.table); found != expected.end()) {
            if (found->second != table.rows)
                return false;
            ++matched;
        }
    return matched == 3;
}

bool prepareDatabases(Bench& bench)
{
    say(QStringLiteral("1. Databases"));
    const QString demoFile = bench.large + QStringLiteral(".demo.txt");
    QFile savedLine(demoFile);
    const QString previous
        = savedLine.open(QIODevice::ReadOnly) ? QString::fromUtf8(savedLine.readAll()).trimmed() : QString();
    savedLine.close();
    if (QFileInfo::exists(bench.large) && holdsDemo(bench.large, previous)) {
        say(QStringLiteral("  large: reused %1 (%2 MB): %3")
                .arg(bench.large, fixed(QFileInfo(bench.large).size() / 1048576.0), previous));
    } else {
        removeDatabase(bench.large);
        ChildOptions options;
        options.environment = bench.environment;
        options.timeoutMs = 600000;
        const ChildRun demo = runChild(bench.app,
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), bench.large,
                QStringLiteral("demo"), QStringLiteral("--learners"), QString::number(kLargeLearners)},
            options);
        if (!demo.ok()) {
            say(QStringLiteral("  demo FAILED: %1").arg(demo.failure()));
            return false;
        }
        const QString line = QString::fromUtf8(demo.out).section(u'\n', 0, 0).trimmed();
        say(QStringLiteral("  large: pcs-studio demo --learners %1: %2 s wall time")
                .arg(kLargeLearners)
                .arg(fixed(demo.wallMs / 1000, 2)));
        say(QStringLiteral("    ") + line);
        if (!holdsDemo(bench.large, line)) {
            say(QStringLiteral("  the demo database does not hold what the demo said it created"));
            return false;
        }
        if (savedLine.open(QIODevice::WriteOnly | QIODevice::Truncate))
            savedLine.write(line.toUtf8() + '\n');
        say(QStringLiteral("    %1 MB").arg(fixed(QFileInfo(bench.large).size() / 1048576.0)));
    }

    // Empty: created and migrated (the app's own open), then checked as an admin would.
    removeDatabase(bench.empty);
    if (!pcs::storage::Database::open(bench.empty)) {
        say(QStringLiteral("  cannot create %1").arg(bench.empty));
        return false;
    }
    ChildOptions options;
    options.environment = bench.environment;
    const ChildRun check = runChild(bench.app,
        {QStringLiteral("--database"), bench.empty, QStringLiteral("db"), QStringLiteral("check")}, options);
    if (!check.ok()) {
        say(QStringLiteral("  db check of the empty database FAILED: %1").arg(check.failure()));
        return false;
    }
    const QString quick
        = QString::fromUtf8(check.out).section(QStringLiteral("Quick check:"), 1).section(u'\n', 0, 0);
    say(QStringLiteral("  empty: %1 created and migrated; pcs-studio db check: quick check %2")
            .arg(bench.empty, quick.trimmed()));
    return true;
}

// ---- 2. organization summary --------------------------------------------------------------------

void benchOrganizationSummary(Bench& bench)
{
    say(QStringLiteral("2. Organization summary"));
    const QDate from(2000, 1, 1), to(2100, 12, 31);
    const auto check = pcs::storage::checkDatabase(bench.large);
    qint64 allCohorts = -1;
    if (check)
        for (const auto& table : check->tables)
            if (table.table == QLatin1String("cohorts"))
                allCohorts = table.rows;
    std::optional<Samples> inProcess;
    {
        auto database = openReadOnly(bench.large);
        if (!database)
            return;
        const pcs::storage::OrganizationSummaryQuery query(*database);
        const auto figures = query.run(from, to);
        if (!figures) {
            say(QStringLiteral("  FAILED: %1").arg(figures.error().message));
            return;
        }
        say(QStringLiteral(
            "  %1 to %2: %3 of %4 cohorts, %5 learners, %6 contact minutes, %7 rows, %8 topic gains")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                .arg(figures->cohorts)
                .arg(allCohorts)
                .arg(figures->learners)
                .arg(figures->contactMinutes)
                .arg(figures->rows.size())
                .arg(figures->gains.size()));
        inProcess = timeRuns(kRuns, [&] {
            if (!query.run(from, to))
                std::abort();
        });
        say(QStringLiteral("  in-process OrganizationSummaryQuery::run: %1").arg(inProcess->describe()));
    }

    // The same statements in the sqlite3 shell, on the same file, parameters bound as text.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        say(QStringLiteral("  sqlite3 shell not installed (packaging/install-deps.sh installs it)"));
        bench.table.add(QStringLiteral("org summary: in-process / sqlite3 shell"), std::nullopt, {},
            QStringLiteral("≤ %1×").arg(kMaxShellRatio), {});
        return;
    }
    const QString script = bench.file(QStringLiteral("organization-summary.sql"));
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            return;
        // The shell strips one level of quotes from a dot-command's arguments and evaluates the
        // value as SQL: "'2000-01-01'" binds the text, '2000-01-01' would bind 2000 − 1 − 1.
        QByteArray text = ".parameter set :from \"'" + from.toString(Qt::ISODate).toUtf8() + "'\"\n"
            + ".parameter set :to \"'" + to.toString(Qt::ISODate).toUtf8() + "'\"\n";
        for (const QString& statement : pcs::storage::OrganizationSummaryQuery::statements()) {
            QString sql = statement.trimmed();
            if (!sql.endsWith(u';'))
                sql += u';';
            text += sql.toUtf8() + '\n';
        }
        file.write(text);
    }
    ChildOptions options;
    options.standardInputFile = script;
    const QStringList arguments{QStringLiteral("-readonly"), bench.large};
    const ChildRun sample = runChild(sqlite3, arguments, options);
    if (!sample.ok() || !sample.err.trimmed().isEmpty()) {
        say(QStringLiteral("  sqlite3 FAILED: %1 %2").arg(sample.failure(), QString::fromUtf8(sample.err)));
        return;
    }
    say(QStringLiteral("  sqlite3 %1 says (first line): %2")
            .arg(QString::fromUtf8(runChild(sqlite3, {QStringLiteral("--version")}).out).section(u' ', 0, 0),
                QString::fromUtf8(sample.out).section(u'\n', 0, 0)));
    options.discardOutput = true;
    const auto shell = timeChildRuns(kRuns, sqlite3, arguments, options);
    if (!shell)
        return;
    say(QStringLiteral("  sqlite3 -readonly large.db < organization-summary.sql > /dev/null: %1")
            .arg(shell->describe()));
    const double ratio = inProcess->median() / shell->median();
    say(QStringLiteral("  in-process / shell (medians): %1×").arg(fixed(ratio, 2)));
    bench.table.add(QStringLiteral("org summary: in-process / sqlite3 shell"), ratio,
        QStringLiteral("%1× (%2 ms / %3 ms)")
            .arg(fixed(ratio, 2), fixed(inProcess->median()), fixed(shell->median())),
        QStringLiteral("≤ %1×").arg(kMaxShellRatio), [](double r) { return r <= kMaxShellRatio; });
}

// ---- 3. cohort report ---------------------------------------------------------------------------

void benchCohortReport(Bench& bench)
{
    say(QStringLiteral("3. Cohort report"));
    auto database = openReadOnly(bench.large);
    if (!database)
        return;
    const auto cohorts = pcs::storage::CohortStore(*database).list();
    if (!cohorts || cohorts->empty()) {
        say(QStringLiteral("  no cohorts"));
        return;
    }
    // Closest to 30 learners, a completed cohort (pre and post self-assessments) when there is one.
    const pcs::storage::CohortSummary* chosen = nullptr;
    const auto better = [](const pcs::storage::CohortSummary& a, const pcs::storage::CohortSummary* b) {
        if (!b)
            return true;
        const bool aDone = a.status == pcs::CohortStatus::Completed,
                   bDone = b->status == pcs::CohortStatus::Completed;
        if (aDone != bDone)
            return aDone;
        return std::abs(a.learners - 30) < std::abs(b->learners - 30);
    };
    for (const auto& cohort : *cohorts)
        if (better(cohort, chosen))
            chosen = &cohort;
    bench.cohortId = chosen->id;
    say(QStringLiteral("  cohort \"%1\" (%2): %3 learners, %4 sessions, %5")
            .arg(chosen->title, chosen->id)
            .arg(chosen->learners)
            .arg(chosen->sessions)
            .arg(chosen->status == pcs::CohortStatus::Completed ? QStringLiteral("completed")
                                                                : QStringLiteral("not completed")));

    const QString out = bench.file(QStringLiteral("cohort-report.pdf"));
    Samples analysis, writing, total;
    for (int i = 0; i <= kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto read = pcs::services::CohortAnalysis::read(*database, bench.cohortId);
        if (!read) {
            say(QStringLiteral("  FAILED: %1").arg(read.error().message));
            return;
        }
        const auto report
            = pcs::services::ReportSources::cohortReport(*database, *read, QStringLiteral("en"));
        if (!report) {
            say(QStringLiteral("  FAILED: %1").arg(report.error().message));
            return;
        }
        const double analysed = timer.nsecsElapsed() / 1e6;
        pcs::reports::ReportOptions options;
        options.language = QStringLiteral("en");
        options.curriculumVersion = pcs::services::ReportSources::curriculumVersion(*read);
        const auto written = pcs::reports::CohortReportPdf(options).write(out, *report);
        if (!written) {
            say(QStringLiteral("  FAILED: %1").arg(written.error().message));
            return;
        }
        const double all = timer.nsecsElapsed() / 1e6;
        if (i == 0)
            continue; // warm-up
        analysis.ms.push_back(analysed);
        writing.ms.push_back(all - analysed);
        total.ms.push_back(all);
    }
    say(QStringLiteral(
        "  pcs::services::CohortAnalysis::read + pcs::services::ReportSources::cohortReport: %1")
            .arg(analysis.describe()));
    say(QStringLiteral("  CohortReportPdf::write: %1; %2").arg(writing.describe(), pagesText(out)));
    say(QStringLiteral("  together: %1").arg(total.describe()));
    bench.table.add(QStringLiteral("cohort report (%1 learners)").arg(chosen->learners), total.median(),
        QStringLiteral("%1 ms (analysis %2 + PDF %3)")
            .arg(fixed(total.median()), fixed(analysis.median()), fixed(writing.median())),
        QStringLiteral("< %1 ms").arg(kMaxCohortReportMs), [](double ms) { return ms < kMaxCohortReportMs; });
}

// ---- 4. certificates ----------------------------------------------------------------------------

void benchCertificates(Bench& bench)
{
    say(QStringLiteral("4. %1 certificates in one PDF").arg(kCertificates));
    const auto certificates = makeCertificates(kCertificates);
    const QString inProcessFile = bench.file(QStringLiteral("certificates-in-process.pdf"));
    const pcs::reports::CertificatePdf pdf(certificateOptions());
    bool failed = false;
    const Samples inProcess = timeRuns(kRuns, [&] {
        if (const auto written = pdf.write(inProcessFile, certificates); !written && !failed) {
            say(QStringLiteral("  FAILED: %1").arg(written.error().message));
            failed = true;
        }
    });
    if (failed)
        return;
    say(QStringLiteral("  in-process CertificatePdf::write: %1; %2 MB, %3")
            .arg(inProcess.describe(), fixed(QFileInfo(inProcessFile).size() / 1048576.0, 2),
                pagesText(inProcessFile)));
    bench.table.add(QStringLiteral("%1 certificates, in-process write").arg(kCertificates),
        QStringLiteral("%1 ms").arg(fixed(inProcess.median())), QStringLiteral("(for reference)"),
        Verdict::Info);

    const QString onceFile = bench.file(QStringLiteral("certificates-once.pdf"));
    ChildOptions options;
    options.environment = bench.environment;
    const QStringList arguments{
        QStringLiteral("--certificates-once"), QString::number(kCertificates), onceFile};
    const auto once = timeChildRuns(kRuns, bench.self, arguments, options);
    if (once) {
        say(QStringLiteral("  bench_reports --certificates-once %1 (process start included): %2; %3")
                .arg(kCertificates)
                .arg(once->describe(), pagesText(onceFile)));
        say(QStringLiteral("    the process itself said: %1")
                .arg(QString::fromUtf8(runChild(bench.self, arguments, options).out).trimmed()));
    }
    bench.table.add(QStringLiteral("%1 certificates, one process start").arg(kCertificates),
        once ? std::optional(once->median()) : std::nullopt,
        once ? QStringLiteral("%1 ms").arg(fixed(once->median())) : QString(),
        QStringLiteral("< %1 ms").arg(kMaxCertificatesOnceMs),
        [](double ms) { return ms < kMaxCertificatesOnceMs; });
}

// ---- 5. start-up --------------------------------------------------------------------------------

QStringList startUpArguments(const QString& database)
{
    return {QStringLiteral("--database"), database, QStringLiteral("--quit-after-show")};
}

void benchStartUp(Bench& bench)
{
    say(QStringLiteral("5. Start-up to the first painted window (offscreen, --quit-after-show)"));
    ChildOptions options;
    options.environment = bench.environment;
    options.timeoutMs = 60000;
    // One warm-up each (the empty database's first run imports the bundled curriculum), then the
    // two alternate so that a change in the machine's load reaches both alike.
    Samples large, empty;
    for (int i = 0; i <= kRuns; ++i)
        for (auto [database, samples] : {std::pair{&bench.large, &large}, std::pair{&bench.empty, &empty}}) {
            const ChildRun run = runChild(bench.app, startUpArguments(*database), options);
            if (!run.ok()) {
                say(QStringLiteral("  FAILED on %1: %2").arg(*database, run.failure()));
                bench.table.add(QStringLiteral("start-up: large / empty database"), std::nullopt, {},
                    QStringLiteral("≤ %1×").arg(kMaxStartUpRatio), {});
                return;
            }
            if (i > 0)
                samples->ms.push_back(run.wallMs);
        }
    say(QStringLiteral("  large database (sign-in dialog): %1").arg(large.describe()));
    say(QStringLiteral("  empty database (first-run administrator dialog): %1").arg(empty.describe()));
    const double ratio = large.median() / empty.median();
    say(QStringLiteral("  large / empty (medians): %1×").arg(fixed(ratio, 2)));
    bench.table.add(QStringLiteral("start-up: large / empty database"), ratio,
        QStringLiteral("%1× (%2 ms / %3 ms)")
            .arg(fixed(ratio, 2), fixed(large.median()), fixed(empty.median())),
        QStringLiteral("≤ %1×").arg(kMaxStartUpRatio), [](double r) { return r <= kMaxStartUpRatio; });
}

// ---- 6. memory ----------------------------------------------------------------------------------

// `kb` < 0: not measured.
void addRssRow(Bench& bench, const QString& what, long kb)
{
    bench.table.add(what, kb >= 0 ? std::optional<double>(double(kb)) : std::nullopt,
        kb >= 0 ? megabytes(kb) : QString(), QStringLiteral("< %1").arg(megabytes(kMaxPeakRssKb)),
        [](double value) { return value < kMaxPeakRssKb; });
}

void benchMemory(Bench& bench)
{
    say(QStringLiteral("6. Peak memory (resident set)"));
    say(QStringLiteral("  this process, after parts 2 to 4: %1").arg(megabytes(bench.selfRssKb)));
    ChildOptions options;
    options.environment = bench.environment;
    options.measurePeakRss = true;
    const auto measure = [&](const QString& what, const QString& program, const QStringList& arguments) {
        const ChildRun run = runChild(program, arguments, options);
        if (!run.ok())
            say(QStringLiteral("  %1 FAILED: %2").arg(what, run.failure()));
        else if (!run.peakRssKb)
            say(QStringLiteral("  %1: not measured (no /usr/bin/time; packaging/install-deps.sh installs it)")
                    .arg(what));
        else
            say(QStringLiteral("  %1: %2 (%3 ms wall)")
                    .arg(what, megabytes(*run.peakRssKb), fixed(run.wallMs)));
        addRssRow(bench, QStringLiteral("peak RSS: ") + what, run.ok() ? run.peakRssKb.value_or(-1) : -1);
    };
    measure(QStringLiteral("app start-up, large database"), bench.app, startUpArguments(bench.large));
    measure(QStringLiteral("certificates one-shot process"), bench.self,
        {QStringLiteral("--certificates-once"), QString::number(kCertificates),
            bench.file(QStringLiteral("certificates-once.pdf"))});
    if (!bench.cohortId.isEmpty())
        measure(QStringLiteral("pcs-studio report cohort"), bench.app,
            {QStringLiteral("--database"), bench.large, QStringLiteral("report"), QStringLiteral("cohort"),
                QStringLiteral("--cohort"), bench.cohortId, QStringLiteral("--out"),
                bench.file(QStringLiteral("cohort-report-cli.pdf"))});
    addRssRow(bench, QStringLiteral("peak RSS: this bench process (in-process parts)"), bench.selfRssKb);
}

// The machine's load (/proc/loadavg: 1, 5 and 15 minutes): figures taken under load are noisy.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("unknown");
}

QProcessEnvironment childEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return environment;
}

} // namespace

int main(int argc, char** argv)
{
    // PDFs are painted with fonts, which need a GUI application; no window system is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--certificates-once"))
        return certificatesOnce(arguments.at(2).toInt(), arguments.at(3));
    if (arguments.size() != 3) {
        std::fprintf(stderr,
            "usage: bench_reports PCS_STUDIO WORKDIR\n"
            "       bench_reports --certificates-once N OUT.pdf\n");
        return 2;
    }

    Bench bench;
    bench.app = QFileInfo(arguments.at(1)).absoluteFilePath();
    bench.self = QFileInfo(QCoreApplication::applicationFilePath()).absoluteFilePath();
    if (!QFileInfo(bench.app).isExecutable() || !QDir().mkpath(arguments.at(2)) || !bench.home.isValid()) {
        std::fprintf(stderr, "bench_reports: %s is not a program, or %s cannot be made\n", argv[1], argv[2]);
        return 2;
    }
    bench.work = QDir(QFileInfo(arguments.at(2)).absoluteFilePath());
    bench.environment = childEnvironment(bench.home);
    bench.large = bench.file(QStringLiteral("large.db"));
    bench.empty = bench.file(QStringLiteral("empty.db"));
    say(QStringLiteral("bench_reports: %1, work folder %2, %3 runs after one warm-up unless said")
            .arg(bench.app, bench.work.path())
            .arg(kRuns));
    say(QStringLiteral("load average at the start: %1 (%2 cores)")
            .arg(loadAverage())
            .arg(QThread::idealThreadCount()));

    if (!prepareDatabases(bench))
        return 1;
    benchOrganizationSummary(bench);
    benchCohortReport(bench);
    benchCertificates(bench);
    bench.selfRssKb = selfPeakRssKb();
    benchStartUp(bench);
    benchMemory(bench);

    say(QStringLiteral("load average at the end: %1").arg(loadAverage()));
    say({});
    bench.table.print();
    say(bench.table.missed() == 0 ? QStringLiteral("All targets met.")
                                  : QStringLiteral("%1 target(s) missed.").arg(bench.table.missed()));
    return 0;
}
