// Kiosk crash safety: a learner answering items through AssessmentStore::saveAnswer is killed with
// SIGKILL at random moments, at least 50 times, and restarted each time. After every kill the
// database must be intact, hold every answer the writer reported saved with its exact values (and
// no answer out of order), and its resume page must be the page of the last saved answer.

#include "AnswerValues.h"
#include "AnswerWriterPath.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <set>

namespace {

constexpr int kItems = 15000;
constexpr int kPerPage = 25; // items on a page (one topic)

struct StoredAnswer {
    int competence = 0;
    int desire = 0;
    QString comment;
};

std::map<int, StoredAnswer> storedAnswers(SQLite::Database& db)
{
    std::map<int, StoredAnswer> answers;
    SQLite::Statement rows(
        db, "SELECT item_id, competence, desire, comment FROM assessment_answers WHERE phase = 'pre'");
    while (rows.executeStep()) {
        const QString itemId = QString::fromStdString(rows.getColumn(0).getString());
        answers[itemId.mid(5).toInt()] = {rows.getColumn(1).getInt(), rows.getColumn(2).getInt(),
            QString::fromStdString(rows.getColumn(3).getString())};
    }
    return answers;
}

} // namespace

TEST_CASE("Every answer reported saved survives SIGKILL and the kiosk resumes on its page")
{
    QElapsedTimer elapsed;
    elapsed.start();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.sqlite"));
    const QString writerBinary = QString::fromUtf8(pcs::test::kAnswerWriterBinary);
    {
        QProcess setup;
        setup.start(writerBinary,
            {QStringLiteral("--setup"), path, QString::number(kItems), QString::number(kPerPage)});
        REQUIRE(setup.waitForFinished(60000));
        INFO("setup stderr: " << setup.readAllStandardError().toStdString());
        REQUIRE(setup.exitStatus() == QProcess::NormalExit);
        REQUIRE(setup.exitCode() == 0);
        REQUIRE(setup.readAllStandardOutput().trimmed() == QByteArray("ready"));
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);
    std::set<int> reported;
    int killsDuringWrites = 0;
    const int kills = 60;
    for (int run = 0; run < kills; ++run) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(writerBinary, {QStringLiteral("--answer"), path, QString::number(kPerPage)});
        REQUIRE(writer.waitForStarted(5000));
        if (run % 2 == 0) {
            // Any moment: opening the database, reading the progress, or well into the answers.
            QThread::msleep(random.bounded(5, 160));
        } else {
            // Inside the answer loop, however slow the machine is today.
            REQUIRE(writer.waitForReadyRead(10000));
            QThread::msleep(random.bounded(0, 40));
        }
        writer.kill();
        REQUIRE(writer.waitForFinished(5000));
        INFO("run " << run << ", writer stderr: " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitStatus() == QProcess::CrashExit); // killed, not finished or failed

        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        int printed = 0;
        for (const QByteArray& line : lines) {
            // The last line may be cut by the kill; only whole lines count as reported.
            if (line.isEmpty() || &line == &lines.back())
                continue;
            REQUIRE(line.startsWith("saved "));
            bool ok = false;
            const int item = line.mid(6).toInt(&ok);
            REQUIRE(ok);
            reported.insert(item);
            ++printed;
        }
        if (printed > 0)
            ++killsDuringWrites;

        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
        const std::map<int, StoredAnswer> stored = storedAnswers(db);
        const int count = int(stored.size());

        // The writer answers in order, one transaction per answer: what is stored is items 0..count-1.
        CHECK((stored.empty() || (stored.begin()->first == 0 && stored.rbegin()->first == count - 1)));
        int wrongValues = 0;
        for (const auto& [item, answer] : stored)
            if (answer.competence != pcs::crash::competenceFor(item)
                || answer.desire != pcs::crash::desireFor(item)
                || answer.comment != pcs::crash::commentFor(item))
                ++wrongValues;
        CHECK(wrongValues == 0);
        int missing = 0;
        for (int item : reported)
            if (!stored.contains(item))
                ++missing;
        CHECK(missing == 0); // every answer reported saved is there

        // The kiosk resumes on the page of the last saved answer.
        if (count > 0) {
            SQLite::Statement progress(db, "SELECT state, page FROM assessment_progress WHERE phase = 'pre'");
            REQUIRE(progress.executeStep());
            CHECK(progress.getColumn(0).getString() == "in-progress");
            CHECK(progress.getColumn(1).getInt() == (count - 1) / kPerPage);
        }
        REQUIRE(count < kItems); // the writer must never run out of items before it is killed
    }
    WARN("answer crash test: " << kills << " SIGKILLs (" << killsDuringWrites << " during the answer loop), "
                               << reported.size() << " answers reported saved and found, "
                               << elapsed.elapsed() << " ms, seed " << seed);
    CHECK(killsDuringWrites >= kills / 2);
    CHECK(reported.size() >= 100);
    CHECK(elapsed.elapsed() < 60000);
}
