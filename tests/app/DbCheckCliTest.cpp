// `pcs-studio db check` exits 0 only for a file every command would open and whose curriculum
// loads; damage it finds is named on one line each.

#include "AppProcess.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <SQLiteCpp/SQLiteCpp.h>

#include <sys/stat.h>

using namespace pcs;

namespace {

using test::runApp;

test::AppRun check(const QTemporaryDir& home, const QString& path, bool json = false)
{
    QStringList arguments{QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("-d"), path};
    if (json)
        arguments << QStringLiteral("--json");
    return runApp(home, arguments);
}

QString makeDatabase(const QTemporaryDir& dir, const QString& name, int auditRows)
{
    const QString path = dir.filePath(name);
    auto opened = storage::Database::open(path);
    REQUIRE(opened.has_value());
    std::vector<AuditEntry> entries;
    for (int i = 0; i < auditRows; ++i)
        entries.push_back({0, {}, QStringLiteral("cli"), QStringLiteral("test.row"), QString::number(i), {}});
    REQUIRE(storage::AuditLogStore(**opened).append(entries).has_value());
    return path;
}

} // namespace

TEST_CASE("db check exits 1 for devices and names them")
{
    QTemporaryDir home;
    for (const char* device : {"/dev/null", "/dev/zero", "/dev/full"}) {
        const test::AppRun run = check(home, QString::fromLatin1(device));
        INFO(device);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QString::fromLatin1(device)));
        CHECK(run.err.contains(QStringLiteral("not a database file")));
    }
}

TEST_CASE("db check exits 1 when the header's schema version is damaged")
{
    QTemporaryDir home;
    const QString path = makeDatabase(home, QStringLiteral("header.sqlite"), 3);
    QByteArray bytes = test::readFile(path);
    bytes[60] = bytes[61] = bytes[62] = 0;
    bytes[63] = 2; // schema version 2, while the migration history goes on
    test::writeFile(path, bytes);
    const test::AppRun run = check(home, path);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("header.sqlite")));
    CHECK(run.err.contains(QStringLiteral("schema version 2")));
}

TEST_CASE("db check exits 1 and names the first audit entry edited outside PCS Studio")
{
    QTemporaryDir home;
    const QString path = makeDatabase(home, QStringLiteral("audit.sqlite"), 6);
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("DROP TRIGGER audit_log_no_update");
        raw.exec("UPDATE audit_log SET actor = 'nobody' WHERE id = 4");
    }
    const test::AppRun run = check(home, path);
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("broken at entry 4")));
    CHECK(run.err.contains(QStringLiteral("Audit log entry 4")));

    const test::AppRun json = check(home, path, true);
    CHECK(json.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK_FALSE(report.value(QStringLiteral("healthy")).toBool());
    CHECK(report.value(QStringLiteral("first_broken_audit_entry")).toInt() == 4);
    CHECK(report.value(QStringLiteral("audit_chain")).toString() == QStringLiteral("broken"));
    CHECK(report.value(QStringLiteral("problems")).toArray().size() == 1);
}

TEST_CASE("db check warns about a database other accounts can read and still exits 0")
{
    QTemporaryDir home;
    const QString path = makeDatabase(home, QStringLiteral("open.sqlite"), 1);
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const test::AppRun run = check(home, path);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("hash chain intact")));
    CHECK(run.err.trimmed().count(u'\n') == 0);
    CHECK(run.err.startsWith(QStringLiteral("Warning: ")));
    CHECK(run.err.contains(QStringLiteral("open.sqlite")));
    CHECK(run.err.contains(QStringLiteral("0644")));
    const QJsonObject report = QJsonDocument::fromJson(check(home, path, true).out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("healthy")).toBool());
    CHECK(report.value(QStringLiteral("warnings")).toArray().size() == 1);
}

TEST_CASE("db check exits 1 for a curriculum changed outside PCS Studio which curriculum list refuses")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("forged.sqlite"));
    const QString package = QString::fromUtf8(test::kSourceDir) + QStringLiteral("/curricula/pcs");
    REQUIRE(runApp(home,
                {QStringLiteral("curriculum"), QStringLiteral("import"), package, QStringLiteral("-d"), path})
                .exitCode
        == 0);
    REQUIRE(check(home, path).exitCode == 0);
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("DROP TRIGGER curriculum_versions_immutable");
        raw.exec(
            "UPDATE curriculum_versions SET content = replace(content, 'PCS for Staff', 'PCS for Nobody')");
        REQUIRE(raw.getChanges() == 1);
    }
    const test::AppRun run = check(home, path);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("curriculum version 1")));
    CHECK(run.err.contains(QStringLiteral("forged.sqlite")));

    const test::AppRun list
        = runApp(home, {QStringLiteral("curriculum"), QStringLiteral("list"), QStringLiteral("-d"), path});
    CHECK(list.exitCode != 0);
    CHECK(list.err.contains(QStringLiteral("SHA-256")));
    CHECK_FALSE(list.out.contains(QStringLiteral("PCS for Nobody")));
}
