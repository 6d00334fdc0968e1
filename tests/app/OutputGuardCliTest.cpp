// Every command that writes a file refuses one that is the database it reads (the file itself, its
// -wal, -shm, -journal or .lock, by name, through a symbolic link or a hard link): exit 2, a message
// naming the file, and the database left byte for byte as it was.
#include "AppProcess.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <unistd.h>

using pcs::test::runApp;

namespace {

// The bytes of the database and of whatever files of it exist now.
QByteArray fingerprint(const QString& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile file(database + QString::fromLatin1(suffix));
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("absent");
        hash.addData(QByteArray(suffix));
        hash.addData(bytes);
    }
    return hash.result();
}

} // namespace

TEST_CASE("Commands refuse to write their output over the database and its companions and links to them")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("demo.sqlite"));
    const QString cohort = pcs::test::demoFirstCohort(home, database);

    const QString symlink = home.filePath(QStringLiteral("report.pdf"));
    REQUIRE(QFile::link(database, symlink));
    const QString hardLink = home.filePath(QStringLiteral("roster.csv"));
    REQUIRE(::link(QFile::encodeName(database).constData(), QFile::encodeName(hardLink).constData()) == 0);
    const QString dangling = home.filePath(QStringLiteral("schedule.ics")); // to a -wal not there yet
    REQUIRE(QFile::link(database + QStringLiteral("-journal"), dangling));
    const QString viaFolder = home.filePath(QStringLiteral("sub/../demo.sqlite"));

    // The copy made before an upgrade, and the partial file of a backup being written.
    const QString upgradeCopy = database + QStringLiteral(".v3-20260101T120000Z.backup");
    const QString partial
        = home.filePath(QStringLiteral(".copy.sqlite.0f8e5a52-3c1d-4b7a-9e2f-6d4c8b1a0e93.part"));
    for (const QString& copy : {upgradeCopy, partial}) {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("a backup");
    }
    const QStringList targets{database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
        database + QStringLiteral(".lock"), symlink, hardLink, dangling, viaFolder, upgradeCopy, partial};
    const QList<QStringList> commands{
        {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort},
        {QStringLiteral("schedule"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort},
        {QStringLiteral("assessment"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort},
        {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--cohort"), cohort},
        {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--from"),
            QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2030-12-31")},
        {QStringLiteral("db"), QStringLiteral("backup")}};
    QDir(home.path()).mkpath(QStringLiteral("sub"));
    const QByteArray before = fingerprint(database);
    for (const QStringList& command : commands) {
        for (const QString& target : targets) {
            INFO(command.join(u' ').toStdString() << " --out " << target.toStdString());
            const auto run = runApp(
                home, command + QStringList{QStringLiteral("--out"), target, QStringLiteral("-d"), database});
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(QDir::toNativeSeparators(target)));
            CHECK(run.err.contains(QStringLiteral("nothing was written")));
            CHECK(run.out.isEmpty());
            CHECK(fingerprint(database) == before);
        }
    }
    CHECK(QFileInfo(dangling).isSymLink());
    CHECK(pcs::test::readFile(upgradeCopy) == QByteArray("a backup"));
    CHECK(pcs::test::readFile(partial) == QByteArray("a backup"));
    CHECK_FALSE(QFile::exists(database + QStringLiteral("-journal")));

    // Another file beside it is written as before.
    const QString fine = home.filePath(QStringLiteral("roster-ok.csv"));
    const auto ok = runApp(home,
        {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort,
            QStringLiteral("--out"), fine, QStringLiteral("-d"), database});
    CHECK(ok.exitCode == 0);
    CHECK(QFileInfo(fine).size() > 0);
}
