// pcs-studio demo, cohort list, roster import/export and schedule export, run as the real binary.

#include "AppProcess.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include "pcs/storage/AccountStore.h"
#include "pcs/storage/Database.h"

using pcs::test::runApp;

namespace {

QJsonArray cohorts(const QTemporaryDir& home, const QString& database)
{
    const auto run = runApp(home,
        {QStringLiteral("cohort"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
            database});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

int learnersOf(const QTemporaryDir& home, const QString& database, const QString& cohortId)
{
    for (const QJsonValue& cohort : cohorts(home, database))
        if (cohort.toObject().value(QStringLiteral("id")).toString() == cohortId)
            return cohort.toObject().value(QStringLiteral("learners")).toInt();
    return -1;
}

} // namespace

TEST_CASE("demo builds a reproducible organization with cohorts of every program in every state")
{
    QTemporaryDir home;
    const QString a = home.filePath(QStringLiteral("a.sqlite"));
    const QString b = home.filePath(QStringLiteral("b.sqlite"));
    const auto first = runApp(home,
        {QStringLiteral("demo"), QStringLiteral("-d"), a, QStringLiteral("--learners"), QStringLiteral("120"),
            QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("120 learners")));
    REQUIRE(runApp(home,
                {QStringLiteral("demo"), QStringLiteral("-d"), b, QStringLiteral("--learners"),
                    QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("11")})
                .exitCode
        == 0);

    const QJsonArray list = cohorts(home, a);
    CHECK(list == cohorts(home, b)); // same seed, same cohorts, ids included
    QSet<QString> programs;
    QSet<QString> states;
    int learners = 0;
    for (const QJsonValue& value : list) {
        const QJsonObject cohort = value.toObject();
        programs.insert(cohort.value(QStringLiteral("program")).toString());
        states.insert(cohort.value(QStringLiteral("status")).toString());
        learners += cohort.value(QStringLiteral("learners")).toInt();
        CHECK(cohort.value(QStringLiteral("sessions")).toInt() > 0);
    }
    CHECK(programs.size() == 5);
    CHECK(states
        == QSet<QString>{QStringLiteral("planned"), QStringLiteral("running"), QStringLiteral("completed")});
    CHECK(learners == 120);
}

TEST_CASE("demo creates staff accounts and prints their passwords once")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("staff.sqlite"));
    const QStringList arguments{QStringLiteral("demo"), QStringLiteral("-d"), path,
        QStringLiteral("--learners"), QStringLiteral("30")};
    const auto run = runApp(home, arguments);
    REQUIRE(run.exitCode == 0);
    // "  admin  abcd-efgh-jkmn  (Demo Administrator, administrator)"
    const QRegularExpression line(
        QStringLiteral(R"(^  (\S+)  ([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})  \((.+), (\w+)\)$)"),
        QRegularExpression::MultilineOption);
    QHash<QString, QString> passwords;
    QStringList roles;
    for (auto match = line.globalMatch(run.out); match.hasNext();) {
        const auto found = match.next();
        passwords.insert(found.captured(1), found.captured(2));
        roles << found.captured(4);
    }
    INFO(run.out.toStdString());
    REQUIRE(passwords.contains(QStringLiteral("admin")));
    CHECK(passwords.size() == 4);
    CHECK(roles.count(QStringLiteral("administrator")) == 1);
    CHECK(roles.count(QStringLiteral("facilitator")) == 2);
    CHECK(roles.count(QStringLiteral("trainer")) == 1);
    {
        auto database = pcs::storage::Database::open(path);
        REQUIRE(database);
        pcs::storage::AccountStore accounts(**database);
        for (auto entry = passwords.cbegin(); entry != passwords.cend(); ++entry)
            CHECK(accounts.signIn(entry.key(), entry.value()));
    }
    // Only the hash is kept: the printed password is nowhere in the file.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(passwords.value(QStringLiteral("admin")).toUtf8()));

    // A second run into the same file (another seed) keeps the administrator it has: no new password for it.
    const auto again = runApp(home,
        arguments
            + QStringList{QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--into-existing")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("  admin  ")));
    CHECK(again.out.contains(QStringLiteral("Staff accounts"))); // the new seed's facilitators
}

TEST_CASE("A roster exported and imported again changes nothing — a bad file imports nothing")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runApp(home,
                {QStringLiteral("demo"), QStringLiteral("-d"), database, QStringLiteral("--learners"),
                    QStringLiteral("40")})
                .exitCode
        == 0);
    const QString cohort = cohorts(home, database).at(0).toObject().value(QStringLiteral("id")).toString();
    const int before = learnersOf(home, database, cohort);
    REQUIRE(before > 0);

    const QString csv = home.filePath(QStringLiteral("roster.csv"));
    REQUIRE(runApp(home,
                {QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort,
                    QStringLiteral("--out"), csv, QStringLiteral("-d"), database})
                .exitCode
        == 0);
    CHECK(pcs::test::readFile(csv).startsWith("\xEF\xBB\xBF"
                                              "first_name,last_name,email"));
    const auto again = runApp(home,
        {QStringLiteral("roster"), QStringLiteral("import"), csv, QStringLiteral("--cohort"), cohort,
            QStringLiteral("-d"), database, QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(result.value(QStringLiteral("rows")).toArray().size() == before);
    CHECK(result.value(QStringLiteral("errors")).toArray().isEmpty());
    CHECK(learnersOf(home, database, cohort) == before);

    // Windows-1252, semicolons, French headers; line 3 has a bad email: nothing is imported.
    const QString bad = home.filePath(QStringLiteral("bad.csv"));
    pcs::test::writeFile(bad,
        QByteArray("pr\xE9nom;nom;courriel;langue\r\n\xC9lise;C\xF4t\xE9;elise@example.ca;fran\xE7"
                   "ais\r\n"
                   "Bob;Stone;not-an-email;anglais\r\n"));
    const auto refused = runApp(home,
        {QStringLiteral("roster"), QStringLiteral("import"), bad, QStringLiteral("--cohort"), cohort,
            QStringLiteral("-d"), database, QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    REQUIRE(report.value(QStringLiteral("errors")).toArray().size() == 1);
    CHECK(report.value(QStringLiteral("errors"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("line"))
              .toInt()
        == 3);
    CHECK(report.value(QStringLiteral("rows"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("last_name"))
              .toString()
        == QStringLiteral("Côté"));
    CHECK(report.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(learnersOf(home, database, cohort) == before);

    // Fixed, it imports; a dry run first writes nothing.
    pcs::test::writeFile(bad,
        QByteArray("pr\xE9nom;nom;courriel;langue\r\n\xC9lise;C\xF4t\xE9;elise@example.ca;fran\xE7"
                   "ais\r\n"));
    const auto dryRun = runApp(home,
        {QStringLiteral("roster"), QStringLiteral("import"), bad, QStringLiteral("--cohort"), cohort,
            QStringLiteral("-d"), database, QStringLiteral("--dry-run")});
    CHECK(dryRun.exitCode == 0);
    CHECK(learnersOf(home, database, cohort) == before);
    CHECK(runApp(home,
              {QStringLiteral("roster"), QStringLiteral("import"), bad, QStringLiteral("--cohort"), cohort,
                  QStringLiteral("-d"), database})
              .exitCode
        == 0);
    CHECK(learnersOf(home, database, cohort) == before + 1);
}

TEST_CASE("schedule export writes an iCalendar file that python3-icalendar reads, one event per session")
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runApp(home,
                {QStringLiteral("demo"), QStringLiteral("-d"), database, QStringLiteral("--learners"),
                    QStringLiteral("30")})
                .exitCode
        == 0);
    QString cohort;
    int sessions = 0;
    for (const QJsonValue& value : cohorts(home, database)) {
        if (value.toObject().value(QStringLiteral("program")).toString() == QStringLiteral("service-users")) {
            cohort = value.toObject().value(QStringLiteral("id")).toString();
            sessions = value.toObject().value(QStringLiteral("sessions")).toInt();
        }
    }
    REQUIRE(sessions == 10);
    const QString ics = home.filePath(QStringLiteral("schedule.ics"));
    const auto run = runApp(home,
        {QStringLiteral("schedule"), QStringLiteral("export"), QStringLiteral("--cohort"), cohort,
            QStringLiteral("--out"), ics, QStringLiteral("-d"), database});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import icalendar,sys\n"
                           "c=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())\n"
                           "for e in c.walk('VEVENT'):\n"
                           "  s=e.decoded('DTSTART'); print(s.strftime('%H:%M'), "
                           "s.utcoffset().total_seconds()/3600, e['UID'])\n"),
            ics});
    REQUIRE(python.waitForFinished(30000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput());
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    const QStringList lines = output.trimmed().split(u'\n');
    REQUIRE(lines.size() == 10);
    for (const QString& line : lines) {
        CHECK(line.startsWith(QStringLiteral("09:30 ")));
        CHECK((line.contains(QStringLiteral(" -4.0 "))
            || line.contains(QStringLiteral(" -5.0 ")))); // Toronto time
        CHECK(line.endsWith(QStringLiteral("@pcs-studio")));
    }
}
