// The real pcs-studio binary, run as a person or a script would run it.

#include "AppProcess.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <SQLiteCpp/SQLiteCpp.h>

using namespace pcs;

namespace {

using Run = test::AppRun;
using test::runApp;

QString makeDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    REQUIRE(storage::Database::open(path).has_value());
    return path;
}

} // namespace

TEST_CASE("pcs-studio --version and --help")
{
    QTemporaryDir home;
    const Run version = runApp(home, {QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("pcs-studio " PCS_VERSION));

    const Run help = runApp(home, {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* word : {"--database", "--lang", "--version", "db check", "db backup"})
        CHECK(help.out.contains(QString::fromUtf8(word)));
}

TEST_CASE("db check on a healthy database prints version, quick_check and rows, exit 0")
{
    QTemporaryDir home;
    const QString path = makeDatabase(home, QStringLiteral("ok.sqlite"));
    const Run run
        = runApp(home, {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), path});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Schema version: %1").arg(storage::latestSchemaVersion())));
    CHECK(run.out.contains(QStringLiteral("Quick check:    ok")));
    CHECK(run.out.contains(QStringLiteral("audit_log")));
    CHECK(run.out.contains(QStringLiteral("migration_history")));
    CHECK(run.err.isEmpty());

    const Run json = runApp(home,
        {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("-d"),
            path});
    CHECK(json.exitCode == 0);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(report.value(QStringLiteral("healthy")).toBool());
    CHECK(report.value(QStringLiteral("schema_version")).toInt() == storage::latestSchemaVersion());
    CHECK(report.value(QStringLiteral("quick_check")).toArray().first().toString() == QStringLiteral("ok"));
    CHECK(report.value(QStringLiteral("tables")).toObject().value(QStringLiteral("meta")).toInt() == 2);
}

TEST_CASE("db check refuses bad files with one line naming the file, and changes nothing")
{
    QTemporaryDir home;
    SECTION("garbage")
    {
        const QString path = home.filePath(QStringLiteral("garbage.sqlite"));
        test::writeFile(path, QByteArray(5000, 'z'));
        const QByteArray before = test::fileChecksum(path);
        const Run run = runApp(
            home, {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), path});
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        CHECK(run.err.trimmed().count(u'\n') == 0);
        CHECK(run.err.contains(QStringLiteral("garbage.sqlite")));
        CHECK(run.err.contains(QStringLiteral("not an SQLite file")));
        CHECK(test::fileChecksum(path) == before);
    }
    SECTION("newer schema")
    {
        const QString path = home.filePath(QStringLiteral("newer.sqlite"));
        {
            SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)");
            db.exec("PRAGMA application_id = " + std::to_string(storage::kApplicationId));
            db.exec("PRAGMA user_version = 99");
        }
        const QByteArray before = test::fileChecksum(path);
        const Run run = runApp(
            home, {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), path});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("newer PCS Studio")));
        CHECK(run.err.contains(QStringLiteral("99")));
        CHECK(test::fileChecksum(path) == before);
    }
    SECTION("missing, including the default database")
    {
        const Run run = runApp(home, {QStringLiteral("db"), QStringLiteral("check")});
        CHECK(run.exitCode == 1);
        const QString expected = QDir(home.filePath(QStringLiteral("data")))
                                     .filePath(QStringLiteral("pcs-studio/pcs-studio.sqlite"));
        CHECK(run.err.contains(expected));
        CHECK(run.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(expected));
    }
}

TEST_CASE("db check speaks French with --lang fr")
{
    QTemporaryDir home;
    const Run run = runApp(home,
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("db"), QStringLiteral("check"),
            QStringLiteral("-d"), home.filePath(QStringLiteral("absent.sqlite"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("absent.sqlite")));
    CHECK(run.err.contains(QStringLiteral("n’existe pas")));
}

TEST_CASE("db backup writes a consistent copy — mistakes exit non-zero")
{
    QTemporaryDir home;
    const QString path = makeDatabase(home, QStringLiteral("src.sqlite"));
    const QString target = home.filePath(QStringLiteral("copy.sqlite"));
    const Run run = runApp(home,
        {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("-d"), path, QStringLiteral("--out"),
            target});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    SQLite::Database copy(target.toStdString(), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA integrity_check").getString() == "ok");

    const Run again = runApp(home,
        {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("-d"), path, QStringLiteral("--out"),
            target});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    CHECK(runApp(home, {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("-d"), path}).exitCode
        == 2);
    const Run unknown = runApp(home, {QStringLiteral("db"), QStringLiteral("explode")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("db explode")));
}

TEST_CASE("The window starts on a new database, creating it and the log")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("first-run/pcs.sqlite"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromUtf8(test::kAppBinary), {QStringLiteral("--database"), path});
    REQUIRE(process.waitForStarted(5000));
    // The log file says when the database is open and the window about to show.
    const QString log = home.filePath(QStringLiteral("data/pcs-studio/logs/pcs-studio.log"));
    QString output;
    const auto logSays
        = [&](const char* text) { return QFileInfo::exists(log) && test::readFile(log).contains(text); };
    // First run: the administrator is created before anything else shows.
    for (int i = 0; i < 100 && !logSays("Sign-in window shown"); ++i) {
        process.waitForReadyRead(100);
        output += QString::fromUtf8(process.readAll());
    }
    CHECK(process.state() == QProcess::Running); // still up: the sign-in window is showing
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    process.terminate(); // SIGTERM, as at logout: the window closes normally
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))); // closed cleanly, log checkpointed
    CHECK(logSays("closing"));
    output += QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    CHECK(output.contains(QStringLiteral("Opened")));
    CHECK(logSays("Opened"));
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::latestSchemaVersion());
    // First run imported the curriculum built into the app.
    CHECK(db.execAndGet("SELECT count(*) FROM curriculum_versions WHERE package_id = 'pcs'").getInt() == 1);
    CHECK(db.execAndGet("SELECT count(*) FROM curriculum_tools").getInt() == 13);
}

namespace {

// Starts pcs-studio with `arguments` (offscreen) and waits until its log says `until`; then
// SIGTERM, and the exit status.
struct KioskRun {
    bool reached = false;
    int exitCode = -1;
    QString log;
};

KioskRun runUntilLogged(const QTemporaryDir& home, const QStringList& arguments, const char* until)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromUtf8(test::kAppBinary), arguments);
    KioskRun run;
    if (!process.waitForStarted(5000))
        return run;
    const QString log = home.filePath(QStringLiteral("data/pcs-studio/logs/pcs-studio.log"));
    for (int i = 0; i < 150 && !run.reached; ++i) {
        process.waitForReadyRead(100);
        process.readAll();
        run.reached = QFileInfo::exists(log) && test::readFile(log).contains(until);
    }
    process.terminate();
    process.waitForFinished(10000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.log = QString::fromUtf8(test::readFile(log));
    return run;
}

} // namespace

TEST_CASE("pcs-studio kiosk opens the kiosk of an open window and asks staff to sign in otherwise")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("kiosk.sqlite"));
    QString cohortId;
    {
        REQUIRE(test::runApp(home,
                    {QStringLiteral("demo"), QStringLiteral("-d"), path, QStringLiteral("--learners"),
                        QStringLiteral("30")})
                    .exitCode
            == 0);
        auto database = storage::Database::open(path);
        REQUIRE(database);
        const auto cohorts = storage::CohortStore(**database).list();
        REQUIRE(cohorts);
        for (const storage::CohortSummary& cohort : *cohorts)
            if (cohort.status == CohortStatus::Planned && cohort.learners > 0)
                cohortId = cohort.id;
        REQUIRE_FALSE(cohortId.isEmpty());
    }
    // Not open yet: staff sign in first.
    const KioskRun closed = runUntilLogged(home,
        {QStringLiteral("kiosk"), QStringLiteral("--cohort"), cohortId, QStringLiteral("--phase"),
            QStringLiteral("pre"), QStringLiteral("-d"), path},
        "Sign-in window shown");
    CHECK(closed.reached);
    CHECK(closed.exitCode == 0);
    CHECK_FALSE(closed.log.contains(QStringLiteral("Kiosk started")));

    {
        auto database = storage::Database::open(path);
        REQUIRE(database);
        REQUIRE(storage::AssessmentWindowStore(**database)
                    .openWindow(cohortId, AssessmentPhase::Pre, false, false, QStringLiteral("test")));
    }
    const KioskRun open = runUntilLogged(home,
        {QStringLiteral("kiosk"), QStringLiteral("--cohort"), cohortId, QStringLiteral("--phase"),
            QStringLiteral("pre"), QStringLiteral("-d"), path},
        "Kiosk started");
    CHECK(open.reached);
    CHECK(open.exitCode == 0); // SIGTERM ends it although only a staff password closes its window
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
}

namespace {

// Starts pcs-studio in a window mode on the offscreen platform, its data and config folders in `home`.
void startWindow(QProcess& process, const QTemporaryDir& home, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromUtf8(test::kAppBinary), arguments);
}

// Runs a window mode with --quit-after-show: it must end by itself, with status 0, once its first
// window has been painted. Returns the log.
// A demonstration database of 30 learners at `path`, with staff accounts and open windows.
void makeDemo(const QTemporaryDir& home, const QString& path)
{
    REQUIRE(runApp(home,
                {QStringLiteral("demo"), QStringLiteral("-d"), path, QStringLiteral("--learners"),
                    QStringLiteral("30")})
                .exitCode
        == 0);
}

QString runQuittingAfterShow(const QTemporaryDir& home, const QStringList& arguments)
{
    QProcess process;
    startWindow(process, home, arguments + QStringList{QStringLiteral("--quit-after-show")});
    REQUIRE(process.waitForStarted(5000));
    const bool finished = process.waitForFinished(60000);
    const QString output = QString::fromUtf8(process.readAll());
    INFO(output.toStdString());
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    REQUIRE(finished);
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    return QString::fromUtf8(
        test::readFile(home.filePath(QStringLiteral("data/pcs-studio/logs/pcs-studio.log"))));
}

} // namespace

TEST_CASE("With --quit-after-show the program ends with status 0 once its first window is painted")
{
    QTemporaryDir home;
    SECTION("a new database: the first-run administrator dialog")
    {
        const QString path = home.filePath(QStringLiteral("new/pcs.sqlite"));
        const QString log = runQuittingAfterShow(home, {QStringLiteral("--database"), path});
        CHECK(log.contains(QStringLiteral("Sign-in window shown")));
        CHECK(log.contains(QStringLiteral("First window painted (pcs::gui::SignInDialog)")));
        CHECK(log.contains(QStringLiteral("Sign-in cancelled")));
        CHECK_FALSE(log.contains(QStringLiteral("Main window shown")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock"))); // closed cleanly
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        CHECK(db.execAndGet("SELECT count(*) FROM accounts").getInt() == 0);
    }
    SECTION("a database with staff accounts: the sign-in dialog")
    {
        const QString path = home.filePath(QStringLiteral("demo.sqlite"));
        makeDemo(home, path);
        const QString log = runQuittingAfterShow(home, {QStringLiteral("--database"), path});
        CHECK(log.contains(QStringLiteral("First window painted (pcs::gui::SignInDialog)")));
        CHECK_FALSE(log.contains(QStringLiteral("Main window shown")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
    SECTION("the kiosk of an open self-assessment")
    {
        const QString path = home.filePath(QStringLiteral("kiosk.sqlite"));
        makeDemo(home, path);
        QString cohortId;
        {
            auto database = storage::Database::open(path);
            REQUIRE(database);
            const auto cohorts = storage::CohortStore(**database).list();
            REQUIRE(cohorts);
            for (const storage::CohortSummary& cohort : *cohorts)
                if (cohort.status == CohortStatus::Planned && cohort.learners > 0)
                    cohortId = cohort.id;
            REQUIRE_FALSE(cohortId.isEmpty());
            REQUIRE(storage::AssessmentWindowStore(**database)
                        .openWindow(cohortId, AssessmentPhase::Pre, false, false, QStringLiteral("test")));
        }
        const QString log = runQuittingAfterShow(home,
            {QStringLiteral("kiosk"), QStringLiteral("--cohort"), cohortId, QStringLiteral("--phase"),
                QStringLiteral("pre"), QStringLiteral("-d"), path});
        CHECK(log.contains(QStringLiteral("Kiosk started")));
        CHECK(log.contains(QStringLiteral("First window painted (pcs::gui::KioskWindow)")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
}

TEST_CASE("The sign-in window stays up without --quit-after-show")
{
    QTemporaryDir home;
    QProcess process;
    startWindow(process, home, {QStringLiteral("--database"), home.filePath(QStringLiteral("pcs.sqlite"))});
    REQUIRE(process.waitForStarted(5000));
    // The flag's test above passes only because of the flag: without it nothing ends the program.
    CHECK_FALSE(process.waitForFinished(1500));
    CHECK(process.state() == QProcess::Running);
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}
