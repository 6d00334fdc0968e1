// Crash safety: kill a writer with SIGKILL at random moments, at least 50 times, and after every
// kill require an intact database that holds every transaction the writer reported as committed,
// and no transaction in part.

#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <set>

namespace {

// Rows per transaction number the writer committed: 3 for a whole transaction.
std::map<qint64, int> committedParts(SQLite::Database& db)
{
    std::map<qint64, int> parts;
    SQLite::Statement rows(db,
        "SELECT CAST(subject AS INTEGER), count(*) FROM audit_log "
        "WHERE action = 'crash.txn' GROUP BY subject");
    while (rows.executeStep())
        parts[rows.getColumn(0).getInt64()] = rows.getColumn(1).getInt();
    return parts;
}

} // namespace

TEST_CASE("Every committed transaction survives SIGKILL, none is partial")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);

    std::set<qint64> reported;
    int killsDuringWrites = 0;
    const int kills = 60;
    qint64 previousPid = 0;
    for (int run = 0; run < kills; ++run) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QString::fromUtf8(pcs::test::kCrashWriterBinary), {QStringLiteral("--write"), path});
        REQUIRE(writer.waitForStarted(5000));
        const qint64 pid = writer.processId();
        if (run % 2 == 0) {
            // Any moment from start-up and migration to well into the write loop.
            QThread::msleep(random.bounded(5, 160));
        } else {
            // Inside the write loop, however slow the machine is today.
            REQUIRE(writer.waitForReadyRead(10000));
            QThread::msleep(random.bounded(0, 60));
        }
        writer.kill();
        REQUIRE(writer.waitForFinished(5000));
        INFO("run " << run << " (pid " << pid << ", previous " << previousPid
                    << "), writer stderr: " << writer.readAllStandardError().toStdString());
        previousPid = pid;
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        int printed = 0;
        for (const QByteArray& line : lines) {
            // The last line may be cut by the kill; only whole lines count as reported.
            if (line.isEmpty() || &line == &lines.back())
                continue;
            bool ok = false;
            const qint64 number = line.toLongLong(&ok);
            REQUIRE(ok);
            reported.insert(number);
            ++printed;
        }
        if (printed > 0)
            ++killsDuringWrites;

        if (!QFileInfo::exists(path)) { // killed before the file was created
            REQUIRE(reported.empty());
            continue;
        }
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
        if (!db.tableExists("audit_log")) { // killed before the first migration committed
            REQUIRE(reported.empty());
            continue;
        }
        const std::map<qint64, int> parts = committedParts(db);
        for (const auto& [number, count] : parts) {
            INFO("transaction " << number);
            CHECK(count == 3);
        }
        for (qint64 number : reported) {
            INFO("reported transaction " << number);
            CHECK(parts.count(number) == 1);
        }
        if (!parts.empty()) { // numbered without gaps: nothing committed was lost before a later one
            CHECK(parts.begin()->first == 1);
            CHECK(parts.rbegin()->first == qint64(parts.size()));
        }
    }
    WARN("crash test: " << kills << " SIGKILLs (" << killsDuringWrites << " during the write loop), "
                        << reported.size() << " committed transactions reported and found, seed " << seed);
    CHECK(killsDuringWrites >= kills / 2);
    CHECK(reported.size() >= 100);
}

TEST_CASE("When the disk fills up, the writer is told clearly and every reported commit stays")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    QProcess writer;
    writer.start(QString::fromUtf8(pcs::test::kCrashWriterBinary), {QStringLiteral("--fill"), path});
    REQUIRE(writer.waitForFinished(60000));
    REQUIRE(writer.exitStatus() == QProcess::NormalExit);
    const QString error = QString::fromUtf8(writer.readAllStandardError()).trimmed();
    INFO("writer said: " << error.toStdString());
    CHECK(writer.exitCode() == 1);
    CHECK(error.contains(QStringLiteral("Could not write to the audit log")));
    CHECK(error.contains(QStringLiteral("full.sqlite")));
    CHECK(error.count(u'\n') == 0);

    std::set<qint64> reported;
    for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            reported.insert(line.toLongLong());
    REQUIRE(reported.size() >= 10);

    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
    REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    const std::map<qint64, int> parts = committedParts(db);
    for (const auto& [number, count] : parts)
        CHECK(count == 3);
    for (qint64 number : reported)
        CHECK(parts.count(number) == 1);
    WARN("full disk: " << reported.size()
                       << " transactions committed before the writer was told: " << error.toStdString());
}
