// Everything the app writes that holds learner data is its owner's alone (0600, folders 0700),
// whatever the umask it was started with, and another account of the computer cannot read it.
#include "AppProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using pcs::test::runApp;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 07777;
}

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
    REQUIRE(modeOf(work) == 0755);
    const QString database = QDir(work).filePath(QStringLiteral("pcs.sqlite"));
    REQUIRE(runApp(home,
                {QStringLiteral("demo"), QStringLiteral("-d"), database, QStringLiteral("--learners"),
                    QStringLiteral("20")})
                .exitCode
        == 0);
    const auto list = runApp(home,
        {QStringLiteral("cohort"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
            database});
    REQUIRE(list.exitCode == 0);
    const QString cohort = QJsonDocument::fromJson(list.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();

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
        CHECK(modeOf(file) == 0600);
    }
    CHECK(modeOf(QDir(data).filePath(QStringLiteral("logs"))) == 0700);
    CHECK(modeOf(data) == 0700);

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
