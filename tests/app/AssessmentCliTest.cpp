// pcs-studio assessment export and the self-assessments of pcs-studio demo, run as the real binary.

#include "AppProcess.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <SQLiteCpp/SQLiteCpp.h>

#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

using pcs::test::runApp;

namespace {

const QString kHeader = QStringLiteral(
    "cohort_id,learner_id,learner_name,topic_id,item_id,phase,competence,desire,then_competence,comment");

QString demo(const QTemporaryDir& home, const QString& file, int learners, int seed = 2026)
{
    const QString path = home.filePath(file);
    const auto run = runApp(home,
        {QStringLiteral("demo"), QStringLiteral("-d"), path, QStringLiteral("--learners"),
            QString::number(learners), QStringLiteral("--seed"), QString::number(seed)},
        300000);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

// Cohort ids by status ("planned", "running", "completed"), in the order cohort list gives them.
QHash<QString, QStringList> cohortsByStatus(const QTemporaryDir& home, const QString& database)
{
    const auto run = runApp(home,
        {QStringLiteral("cohort"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
            database});
    REQUIRE(run.exitCode == 0);
    QHash<QString, QStringList> byStatus;
    for (const QJsonValue& value : QJsonDocument::fromJson(run.out.toUtf8()).array())
        byStatus[value.toObject().value(QStringLiteral("status")).toString()]
            << value.toObject().value(QStringLiteral("id")).toString();
    return byStatus;
}

pcs::test::AppRun exportAnswers(
    const QTemporaryDir& home, const QString& database, const QString& cohort, const QString& out)
{
    QStringList arguments{
        QStringLiteral("assessment"), QStringLiteral("export"), QStringLiteral("-d"), database};
    if (!cohort.isEmpty())
        arguments << QStringLiteral("--cohort") << cohort;
    if (!out.isEmpty())
        arguments << QStringLiteral("--out") << out;
    return runApp(home, arguments);
}

// RFC 4180 records of CRLF-separated text; line breaks inside quotes stay in the cell.
std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << cell;
            records.push_back(record);
            record.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty()) {
        record << cell;
        records.push_back(record);
    }
    return records;
}

int count(SQLite::Database& db, const std::string& sql, const QString& cohort = {})
{
    SQLite::Statement query(db, sql);
    if (!cohort.isEmpty())
        query.bind(1, cohort.toStdString());
    REQUIRE(query.executeStep());
    return query.getColumn(0).getInt();
}

double mean(SQLite::Database& db, const std::string& sql)
{
    SQLite::Statement query(db, sql);
    REQUIRE(query.executeStep());
    return query.getColumn(0).getDouble();
}

// The figures of the demo's summary line, its time left out.
QStringList demoFigures(const QString& output)
{
    static const QRegularExpression line(QStringLiteral(
        R"(Created (\d+) organizations, (\d+) facilitators, (\d+) learners, (\d+) cohorts, (\d+) sessions, )"
        R"((\d+) attendance marks, (\d+) self-assessment answers, (\d+) submitted self-assessments, )"
        R"((\d+) SAW plans and (\d+) follow-ups in [0-9.]+ s \(seed (\d+)\)\.)"));
    const auto match = line.match(output);
    INFO(output.toStdString());
    REQUIRE(match.hasMatch());
    QStringList figures = match.capturedTexts();
    figures.removeFirst();
    return figures;
}

} // namespace

TEST_CASE("assessment export writes every stored answer of a demo cohort as formula-safe CSV")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("d.sqlite"));
    demo(home, QStringLiteral("d.sqlite"), 200, 5);
    const QStringList completed = cohortsByStatus(home, database).value(QStringLiteral("completed"));
    REQUIRE_FALSE(completed.isEmpty());
    const QString cohortId = completed.first();

    // A learner added afterwards answers one item with a comment a spreadsheet would run.
    QString itemId;
    {
        auto opened = pcs::storage::Database::open(database);
        REQUIRE(opened);
        pcs::storage::Database& db = **opened;
        const auto cohort = pcs::storage::CohortStore(db).byId(cohortId).value();
        REQUIRE(cohort.has_value());
        const auto items
            = pcs::storage::CurriculumStore(db).items(cohort->curriculumVersionId, cohort->programId);
        REQUIRE(items.has_value());
        REQUIRE_FALSE(items->empty());
        itemId = items->front().id;
        pcs::Person person;
        person.firstName = QStringLiteral("@Zoé");
        person.lastName = QStringLiteral("Zylberstein, Jr.");
        const auto added = pcs::storage::PeopleStore(db).add(person);
        REQUIRE(added.has_value());
        REQUIRE(pcs::storage::CohortStore(db).addLearner(cohortId, added->id).has_value());
        pcs::storage::AssessmentWindowStore windows(db);
        const auto window
            = windows.openWindow(cohortId, pcs::AssessmentPhase::Pre, false, false, QStringLiteral("test"));
        REQUIRE(window.has_value());
        pcs::ItemAnswer answer{itemId, 2, std::nullopt, std::nullopt, QStringLiteral("=SUM(A1)")};
        REQUIRE(pcs::storage::AssessmentStore(db)
                    .saveAnswer(cohortId, added->id, pcs::AssessmentPhase::Pre, answer, 0)
                    .has_value());
        REQUIRE(windows.closeWindow(window->id, QStringLiteral("test")).has_value());
    }

    const QString csv = home.filePath(QStringLiteral("answers.csv"));
    const auto run = exportAnswers(home, database, cohortId, csv);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote ")));
    const QByteArray bytes = pcs::test::readFile(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.count(u'\n') == text.count(QStringLiteral("\r\n"))); // no bare LF: every line ends in CRLF
    const std::vector<QStringList> records = parseCsv(text);
    REQUIRE(records.size() > 1);
    CHECK(records.front().join(u',') == kHeader);

    auto raw = std::make_unique<SQLite::Database>(database.toStdString(), SQLite::OPEN_READONLY);
    const int stored = count(*raw, "SELECT count(*) FROM assessment_answers WHERE cohort_id = ?", cohortId);
    CHECK(stored > 100);
    CHECK(int(records.size()) - 1 == stored);

    bool formulaSeen = false;
    QString previousLearner;
    QStringList learnersSeen;
    for (size_t i = 1; i < records.size(); ++i) {
        const QStringList& row = records[i];
        INFO("row " << i << ": " << row.join(u'|').toStdString());
        REQUIRE(row.size() == 10);
        CHECK(row[0] == cohortId);
        CHECK_FALSE(row[3].isEmpty()); // topic of the item
        CHECK((row[5] == QStringLiteral("pre") || row[5] == QStringLiteral("post")));
        const auto inRange = [](const QString& cell, int min, int max) {
            return cell.isEmpty() || (cell.toInt() >= min && cell.toInt() <= max);
        };
        CHECK(inRange(row[6], 1, 5));
        CHECK(inRange(row[7], 1, 4));
        CHECK(inRange(row[8], 1, 5));
        if (row[5] == QStringLiteral("pre"))
            CHECK(row[8].isEmpty()); // then-ratings only come with the post assessment
        if (row[9] == QStringLiteral("'=SUM(A1)")) {
            formulaSeen = true;
            CHECK(row[4] == itemId);
            CHECK(row[2] == QStringLiteral("'@Zoé Zylberstein, Jr."));
        }
        CHECK_FALSE(row[9].startsWith(u'='));
        CHECK_FALSE(row[2].startsWith(u'@'));
        // Each learner's rows together: a learner seen before does not come back later.
        if (row[1] != previousLearner) {
            CHECK_FALSE(learnersSeen.contains(row[1]));
            learnersSeen << row[1];
            previousLearner = row[1];
        }
    }
    CHECK(formulaSeen);
    CHECK(bytes.contains("\"'@Zo\xC3\xA9 Zylberstein, Jr.\""));
    CHECK(learnersSeen.size()
        == count(
            *raw, "SELECT count(DISTINCT person_id) FROM assessment_answers WHERE cohort_id = ?", cohortId));
}

TEST_CASE("assessment export refuses an unknown cohort and a missing or unwritable output and writes nothing")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("d.sqlite"));
    demo(home, QStringLiteral("d.sqlite"), 20);
    const QString cohort = cohortsByStatus(home, database).value(QStringLiteral("completed")).value(0);
    REQUIRE_FALSE(cohort.isEmpty());
    const QString csv = home.filePath(QStringLiteral("out.csv"));

    const auto unknown = exportAnswers(home, database, QStringLiteral("no-such-cohort-42"), csv);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no-such-cohort-42")));
    CHECK(unknown.err.contains(database));
    CHECK(unknown.err.trimmed().count(u'\n') == 0); // one line
    CHECK_FALSE(QFile::exists(csv));

    const auto noOut = exportAnswers(home, database, cohort, {});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
    const auto noCohort = exportAnswers(home, database, {}, csv);
    CHECK(noCohort.exitCode == 2);
    CHECK(noCohort.err.contains(QStringLiteral("--cohort")));
    CHECK_FALSE(QFile::exists(csv));

    const QString unwritable = home.filePath(QStringLiteral("missing-folder/out.csv"));
    const auto refused = exportAnswers(home, database, cohort, unwritable);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(unwritable));
    CHECK(refused.err.trimmed().count(u'\n') == 0);
    CHECK(pcs::test::folderEntries(home.path()).filter(QStringLiteral("out.csv")).isEmpty());

    const auto noDatabase = exportAnswers(home, home.filePath(QStringLiteral("none.sqlite")), cohort, csv);
    CHECK(noDatabase.exitCode == 1);
    CHECK_FALSE(QFile::exists(csv));
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("none.sqlite"))));
}

TEST_CASE("demo with 200 learners fills pre and post self-assessments and is reproducible for a seed")
{
    QTemporaryDir home;
    const QString a = home.filePath(QStringLiteral("a.sqlite"));
    const QString b = home.filePath(QStringLiteral("b.sqlite"));
    const QString firstRun = demo(home, QStringLiteral("a.sqlite"), 200, 17);
    const QStringList figures = demoFigures(firstRun);
    CHECK(figures == demoFigures(demo(home, QStringLiteral("b.sqlite"), 200, 17)));
    CHECK(figures.at(2) == QStringLiteral("200"));
    CHECK(firstRun.startsWith(
        QStringLiteral("Created 8 organizations, 8 facilitators, 200 learners, 10 cohorts, ")));

    auto raw = std::make_unique<SQLite::Database>(a.toStdString(), SQLite::OPEN_READONLY);
    // The summary line tells what is stored.
    CHECK(figures.at(6).toInt() == count(*raw, "SELECT count(*) FROM assessment_answers"));
    CHECK(figures.at(7).toInt()
        == count(*raw, "SELECT count(*) FROM assessment_progress WHERE state = 'submitted'"));
    CHECK(figures.at(8).toInt()
        == count(*raw, "SELECT count(*) FROM (SELECT DISTINCT cohort_id, person_id FROM saw_plan_entries)"));
    CHECK(figures.at(9).toInt() == count(*raw, "SELECT count(*) FROM follow_ups"));

    const auto byStatus = cohortsByStatus(home, a);
    REQUIRE(byStatus.value(QStringLiteral("completed")).size() > 0);
    REQUIRE(byStatus.value(QStringLiteral("running")).size() > 0);
    const std::string perPhase = "SELECT count(*) FROM assessment_answers WHERE cohort_id = ? AND phase = '";
    for (const QString& cohort : byStatus.value(QStringLiteral("completed"))) {
        INFO("completed cohort " << cohort.toStdString());
        CHECK(count(*raw, perPhase + "pre'", cohort) > 0);
        CHECK(count(*raw, perPhase + "post'", cohort) > 0);
        CHECK(count(*raw, perPhase + "post' AND then_competence IS NOT NULL", cohort) > 0);
        CHECK(count(*raw, "SELECT count(*) FROM assessment_windows WHERE cohort_id = ? AND closed_at IS NULL",
                  cohort)
            == 0);
        CHECK(count(*raw,
                  "SELECT count(*) FROM assessment_windows WHERE cohort_id = ? AND phase = 'post' "
                  "AND collect_then = 1",
                  cohort)
            == 1);
    }
    for (const QString& cohort : byStatus.value(QStringLiteral("running"))) {
        INFO("running cohort " << cohort.toStdString());
        CHECK(count(*raw, perPhase + "pre'", cohort) > 0);
        CHECK(count(*raw, perPhase + "post'", cohort) == 0);
    }
    for (const QString& cohort : byStatus.value(QStringLiteral("planned"))) {
        INFO("planned cohort " << cohort.toStdString());
        CHECK(count(*raw, "SELECT count(*) FROM assessment_answers WHERE cohort_id = ?", cohort) == 0);
    }

    // Realistic: post competence about +0.8 over pre (some unchanged or lower), then-ratings a bit
    // under the pre ratings, desire around 3, some items left blank, some assessments unfinished,
    // comments in both languages.
    const std::string paired = "FROM assessment_answers pre JOIN assessment_answers post ON "
                               "post.cohort_id = pre.cohort_id AND post.person_id = pre.person_id AND "
                               "post.item_id = pre.item_id AND pre.phase = 'pre' AND post.phase = 'post' ";
    const double gain = mean(*raw, "SELECT avg(post.competence - pre.competence) " + paired);
    CHECK(gain > 0.5);
    CHECK(gain < 1.1);
    CHECK(count(*raw, "SELECT count(*) " + paired + "WHERE post.competence <= pre.competence") > 0);
    CHECK(mean(*raw, "SELECT avg(post.then_competence - pre.competence) " + paired) < 0.0);
    const double preCompetence
        = mean(*raw, "SELECT avg(competence) FROM assessment_answers WHERE phase = 'pre'");
    CHECK(preCompetence > 2.0);
    CHECK(preCompetence < 3.2);
    const double desire = mean(*raw, "SELECT avg(desire) FROM assessment_answers WHERE phase = 'pre'");
    CHECK(desire > 2.5);
    CHECK(desire < 3.5);
    CHECK(count(*raw, "SELECT count(*) FROM assessment_answers WHERE desire IS NULL") > 0);
    CHECK(count(*raw, "SELECT count(*) FROM assessment_progress WHERE state = 'in-progress'") > 0);
    CHECK(count(*raw, "SELECT count(*) FROM assessment_answers WHERE comment <> ''") > 0);
    CHECK(count(*raw, "SELECT count(*) FROM saw_plan_entries") > 0);
    CHECK(count(*raw,
              "SELECT count(*) FROM saw_plan_entries WHERE json_extract(fields_json, '$.application') <> ''")
        == count(*raw, "SELECT count(*) FROM saw_plan_entries"));
    // The follow-ups recorded are the ones due by now (the demo's first cohorts ended early in 2026).
    CHECK(count(*raw, "SELECT count(*) FROM follow_ups") > 0);
    CHECK(count(*raw, "SELECT count(*) FROM follow_ups WHERE due_date > date('now')") == 0);

    // Same seed, same answers: the export of a cohort is byte for byte the same.
    const QString cohort = byStatus.value(QStringLiteral("completed")).first();
    const QString fromA = home.filePath(QStringLiteral("a.csv"));
    const QString fromB = home.filePath(QStringLiteral("b.csv"));
    REQUIRE(exportAnswers(home, a, cohort, fromA).exitCode == 0);
    REQUIRE(exportAnswers(home, b, cohort, fromB).exitCode == 0);
    CHECK(pcs::test::readFile(fromA).size() > 1000);
    CHECK(pcs::test::readFile(fromA) == pcs::test::readFile(fromB));
    raw.reset();

    // Another seed gives other answers.
    CHECK(demoFigures(demo(home, QStringLiteral("c.sqlite"), 200, 18)).mid(6, 4) != figures.mid(6, 4));
}

TEST_CASE("demo with 10000 learners and their self-assessments runs and reports its time")
{
    QTemporaryDir home;
    QElapsedTimer timer;
    timer.start();
    const QString output = demo(home, QStringLiteral("big.sqlite"), 10000);
    const qint64 elapsed = timer.elapsed();
    const QStringList figures = demoFigures(output);
    CHECK(figures.at(2) == QStringLiteral("10000")); // learners
    CHECK(figures.at(3) == QStringLiteral("500")); // cohorts
    CHECK(figures.at(6).toInt() > 100000);
    WARN("demo --learners 10000 took " << elapsed
                                       << " ms (process): " << output.section(u'\n', 0, 0).toStdString());
}
