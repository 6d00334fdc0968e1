// Everything the app writes that holds learner data is its owner's alone (0600, folders 0700),
// whatever the umask it was started with, and another account of the computer cannot read it.
#include "AppProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using pcs::test::runApp;

namespace {

// Whether the account "nobody" can read `path` (only root can ask: it switches to that account).
bool nobodyReads(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("runuser"),
        {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral("head"),
            QStringLiteral("-c1"), path});
    REQUIRE(process.waitForFinished(10000));
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void writeOpenFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("an older export, readable by all\n");
    file.close();
    REQUIRE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
}

} // namespace

TEST_CASE("The database exports backups reports and the log are 0600 and unreadable by other accounts")
{
    const mode_t previous = ::umask(022); // as a desktop session usually starts programs
    QTemporaryDir home;
    // A folder anyone may enter, so that only the files' own modes keep others out.
    REQUIRE(QFile::setPermissions(home.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
            | QFile::ReadGroup | QFile::ExeGroup));
    const QString work = home.filePath(QStringLiteral("work"));
    REQUIRE(QDir().mkpath(work));
    REQUIRE(pcs::test::fileMode(work) == 0755);
    const QString database = QDir(work).filePath(QStringLiteral("pcs.sqlite"));
    const QString cohort = pcs::test::demoFirstCohort(home, database);

    const QString roster = QDir(work).filePath(QStringLiteral("roster.csv"));
    writeOpenFile(roster); // replaced: the new one is 0600 all the same
    const QList<std::pair<QString, QStringList>> writes{
        {roster, {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort}},
        {QDir(work).filePath(QStringLiteral("schedule.ics")),
            {QStringLiteral("schedule"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort}},
        {QDir(work).filePath(QStringLiteral("answers.csv")),
            {QStringLiteral("assessment"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort}},
        {QDir(work).filePath(QStringLiteral("cohort.pdf")),
            {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--cohort"), cohort}},
        {QDir(work).filePath(QStringLiteral("backup.sqlite")),
            {QStringLiteral("db"), QStringLiteral("backup")}}};
    QStringList files{database};
    for (const auto& [out, command] : writes) {
        INFO(command.join(u' ').toStdString());
        const auto run = runApp(
            home, command + QStringList{QStringLiteral("--out"), out, QStringLiteral("-d"), database});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        files << out;
    }
    const QString data = home.filePath(QStringLiteral("data/pcs-studio"));
    const QString log = QDir(data).filePath(QStringLiteral("logs/pcs-studio.log"));
    files << log;
    ::umask(previous);

    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK(pcs::test::fileMode(file) == 0600);
    }
    CHECK(pcs::test::fileMode(QDir(data).filePath(QStringLiteral("logs"))) == 0700);
    CHECK(pcs::test::fileMode(data) == 0700);

    if (::geteuid() == 0) {
        // The check itself can tell: a file left open to all is read by "nobody".
        const QString open = QDir(work).filePath(QStringLiteral("open.txt"));
        writeOpenFile(open);
        CHECK(nobodyReads(open));
        for (const QString& file : files) {
            INFO(file.toStdString());
            CHECK_FALSE(nobodyReads(file));
        }
    }
}
