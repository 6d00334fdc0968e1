// pcs-studio curriculum validate | import | list, run as the real binary on the bundled package and
// on broken copies of it.

#include "AppProcess.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <SQLiteCpp/SQLiteCpp.h>

namespace {

using Run = pcs::test::AppRun;

Run run(const QTemporaryDir& home, const QStringList& arguments)
{
    return pcs::test::runApp(home, arguments);
}

QString bundled()
{
    return QString::fromUtf8(pcs::test::kSourceDir) + QStringLiteral("/curricula/pcs");
}

// A copy of the bundled package to edit.
QString copyPackage(const QTemporaryDir& dir)
{
    const QString target = dir.filePath(QStringLiteral("package"));
    QDirIterator it(bundled(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(bundled()).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target + u'/' + relative).absolutePath());
        REQUIRE(QFile::copy(source, target + u'/' + relative));
    }
    return target;
}

void replaceInFile(const QString& path, const QByteArray& from, const QByteArray& to)
{
    QByteArray bytes = pcs::test::readFile(path);
    REQUIRE(bytes.contains(from));
    bytes.replace(bytes.indexOf(from), from.size(), to);
    pcs::test::writeFile(path, bytes);
}

} // namespace

TEST_CASE("curriculum validate accepts the bundled package")
{
    QTemporaryDir home;
    const Run result = run(home, {QStringLiteral("curriculum"), QStringLiteral("validate"), bundled()});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("Valid: pcs version ")));
    CHECK(result.out.contains(QStringLiteral("5 programs")));
    CHECK(result.out.contains(QStringLiteral("13 tools")));
}

TEST_CASE("curriculum validate lists problems with file and position, and exits 1")
{
    QTemporaryDir home;
    const QString package = copyPackage(home);
    SECTION("a JSON syntax error gives file:line:column")
    {
        replaceInFile(package + QStringLiteral("/topics.json"), "\"topics\": [", "\"topics\": [,");
        const Run result = run(home, {QStringLiteral("curriculum"), QStringLiteral("validate"), package});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QRegularExpression(
            QStringLiteral("^topics\\.json:\\d+:\\d+: "), QRegularExpression::MultilineOption)));
    }
    SECTION("a structural problem gives file: field path")
    {
        replaceInFile(package + QStringLiteral("/programs.json"), "\"recommended_contact_minutes\": 1080",
            "\"recommended_contact_minutes\": 1000");
        const Run result = run(home, {QStringLiteral("curriculum"), QStringLiteral("validate"), package});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("programs.json: programs[0]")));
        CHECK(result.err.contains(QStringLiteral("1080")));
        CHECK(result.err.contains(QStringLiteral("nothing was imported")));
    }
}

TEST_CASE("curriculum import is idempotent and a new version reports its changes")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("pcs.sqlite"));
    const QStringList import{QStringLiteral("curriculum"), QStringLiteral("import"), bundled(),
        QStringLiteral("--database"), database};
    const Run first = run(home, import);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Imported pcs version")));

    const Run again = run(home, import);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already imported; nothing changed")));
    {
        SQLite::Database db(database.toStdString(), SQLite::OPEN_READONLY);
        CHECK(db.execAndGet("SELECT count(*) FROM curriculum_versions").getInt() == 1);
    }

    const QString revised = copyPackage(home);
    const QByteArray manifest = pcs::test::readFile(revised + QStringLiteral("/manifest.json"));
    const QJsonObject root = QJsonDocument::fromJson(manifest).object();
    const int version = root.value(QStringLiteral("version")).toInt();
    replaceInFile(revised + QStringLiteral("/manifest.json"), "\"version\": " + QByteArray::number(version),
        "\"version\": " + QByteArray::number(version + 1));
    const QJsonArray items
        = QJsonDocument::fromJson(pcs::test::readFile(revised + QStringLiteral("/assessment.json")))
              .object()
              .value(QStringLiteral("items"))
              .toArray();
    const QString firstItem = items.first().toObject().value(QStringLiteral("id")).toString();
    const QByteArray oldText = items.first()
                                   .toObject()
                                   .value(QStringLiteral("text"))
                                   .toObject()
                                   .value(QStringLiteral("en"))
                                   .toString()
                                   .toUtf8();
    replaceInFile(revised + QStringLiteral("/assessment.json"), oldText, oldText + " (revised)");

    const Run dryRun = run(home,
        {QStringLiteral("curriculum"), QStringLiteral("import"), revised, QStringLiteral("-d"), database,
            QStringLiteral("--dry-run")});
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("Nothing was written")));
    CHECK(dryRun.out.contains(QStringLiteral("changed: self-assessment item ") + firstItem));

    const Run second = run(home,
        {QStringLiteral("curriculum"), QStringLiteral("import"), revised, QStringLiteral("-d"), database});
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("Changes (1):")));
    CHECK(second.out.contains(QStringLiteral("changed: self-assessment item ") + firstItem));
    SQLite::Database db(database.toStdString(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT count(*) FROM curriculum_versions").getInt() == 2);
    SQLite::Statement old(db, "SELECT text_en FROM curriculum_items WHERE item_id = ? ORDER BY version_id");
    old.bind(1, firstItem.toStdString());
    REQUIRE(old.executeStep());
    CHECK(QString::fromStdString(old.getColumn(0).getString())
        == QString::fromUtf8(oldText)); // version 1 intact
}

TEST_CASE("curriculum list prints the current curriculum as JSON, in the chosen language")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("pcs.sqlite"));
    const Run none
        = run(home, {QStringLiteral("curriculum"), QStringLiteral("list"), QStringLiteral("-d"), database});
    CHECK(none.exitCode == 1);
    REQUIRE(run(home,
                {QStringLiteral("curriculum"), QStringLiteral("import"), bundled(), QStringLiteral("-d"),
                    database})
                .exitCode
        == 0);

    const Run json = run(home,
        {QStringLiteral("curriculum"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
            database});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("package")).toString() == QStringLiteral("pcs"));
    const QJsonArray programs = root.value(QStringLiteral("programs")).toArray();
    REQUIRE(programs.size() == 5);
    const std::vector<std::pair<QString, int>> expected{{QStringLiteral("staff"), 1080},
        {QStringLiteral("staff2"), 720}, {QStringLiteral("trainers"), 1800},
        {QStringLiteral("service-users"), 1200}, {QStringLiteral("ssi"), 540}};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject program = programs.at(i).toObject();
        CHECK(program.value(QStringLiteral("id")).toString() == expected[i].first);
        CHECK(program.value(QStringLiteral("duration_minutes")).toInt() == expected[i].second);
        CHECK(program.value(QStringLiteral("items")).toInt()
            >= 2 * program.value(QStringLiteral("topics")).toInt());
    }
    CHECK(programs.at(0).toObject().value(QStringLiteral("title")).toString()
        == QStringLiteral("PCS for Staff"));
    const QJsonArray tools = root.value(QStringLiteral("tools")).toArray();
    REQUIRE(tools.size() == 13);
    for (const QJsonValue& tool : tools)
        CHECK(tool.toObject().value(QStringLiteral("prompts")).toInt() >= 6);

    const Run french = run(home,
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("curriculum"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("-d"), database});
    const QJsonObject fr = QJsonDocument::fromJson(french.out.toUtf8()).object();
    CHECK(fr.value(QStringLiteral("programs"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("title"))
              .toString()
        == QStringLiteral("PCS pour le personnel"));
    CHECK(
        fr.value(QStringLiteral("tools")).toArray().at(0).toObject().value(QStringLiteral("title")).toString()
        == QStringLiteral("Comprendre le comportement"));
}
