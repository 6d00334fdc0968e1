// bench_storage [ROWS]: how long opening, checking and backing up take, for an empty database and
// one with ROWS audit rows (default 1,000,000), and the peak memory of the process.
// Opening must not grow with the data; quick_check, the audit chain walk and backups may.

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/DatabaseCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double timeOpenMs(const QString& path)
{
    std::vector<double> samples;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto database = pcs::storage::Database::open(path);
        samples.push_back(timer.nsecsElapsed() / 1e6);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
            std::exit(1);
        }
    }
    return medianMs(samples);
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.sqlite"));
    const QString large = dir.filePath(QStringLiteral("large.sqlite"));

    pcs::storage::Database::open(small).value();
    QElapsedTimer fillTimer;
    fillTimer.start();
    {
        auto database = pcs::storage::Database::open(large).value();
        pcs::storage::AuditLogStore audit(*database);
        std::vector<pcs::AuditEntry> batch;
        for (qint64 i = 0; i < rows; ++i) {
            batch.push_back({0, {}, QStringLiteral("bench"), QStringLiteral("bench.row"), QString::number(i),
                QStringLiteral("some details of a typical length")});
            if (batch.size() == 10000 || i == rows - 1) {
                if (!audit.append(std::move(batch)))
                    return 1;
                batch.clear();
            }
        }
    }
    const double fillMs = fillTimer.nsecsElapsed() / 1e6;
    const double mb = QFileInfo(large).size() / 1048576.0;

    std::printf("rows: %lld (%.1f MB file), inserted in %.0f ms (batches of 10,000 per transaction)\n",
        static_cast<long long>(rows), mb, fillMs);
    std::printf("open, empty database:  %.2f ms (median of 7)\n", timeOpenMs(small));
    std::printf(
        "open, %lld rows:   %.2f ms (median of 7)\n", static_cast<long long>(rows), timeOpenMs(large));

    QElapsedTimer timer;
    timer.start();
    const auto report = pcs::storage::checkDatabase(large);
    std::printf("db check (quick_check, row counts, curricula, audit chain): %.0f ms, %s\n",
        timer.nsecsElapsed() / 1e6, report && report->healthy() ? "healthy" : "NOT healthy");
    {
        auto database = pcs::storage::Database::open(large).value();
        timer.restart();
        const auto broken = pcs::storage::AuditLogStore(*database).firstBrokenEntry();
        std::printf("audit chain walk (%lld entries, one pass): %.0f ms, %s\n", static_cast<long long>(rows),
            timer.nsecsElapsed() / 1e6, broken && !*broken ? "intact" : "NOT intact");
    }
    timer.restart();
    const auto backup
        = pcs::storage::Database::backupFile(large, dir.filePath(QStringLiteral("copy.sqlite")));
    std::printf("backup (quick_check + copy): %.0f ms, %s\n", timer.nsecsElapsed() / 1e6,
        backup ? "written" : "FAILED");
    std::printf("peak RSS: %ld kB\n", peakRssKb());
    return 0;
}
