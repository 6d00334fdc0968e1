// `pcs-studio person list`: the ids `report learner --learner ID` takes, for everyone or for the
// learners of one cohort, read while the window holds the database.
#include "AppProcess.h"

#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using pcs::test::runApp;

namespace {

QSet<QString> idsOf(const QJsonArray& people)
{
    QSet<QString> ids;
    for (const QJsonValue& person : people)
        ids.insert(person.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

} // namespace

TEST_CASE(
    "person list names everyone or a cohort's learners with their ids while the window holds the database")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("people.sqlite"));
    const QString cohort = pcs::test::demoFirstCohort(home, path, 20);
    QJsonArray everyone;
    QJsonArray learners;
    qint64 stored = 0;
    std::vector<pcs::Person> roster;
    {
        auto database = pcs::storage::Database::open(path); // holds the writer lock, as the window does
        REQUIRE(database);
        stored = pcs::storage::PeopleStore(**database).count().value();
        roster = pcs::storage::CohortStore(**database).roster(cohort).value();
        REQUIRE_FALSE(roster.empty());

        const auto all = runApp(home,
            {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
                path});
        INFO(all.err.toStdString());
        REQUIRE(all.exitCode == 0);
        everyone = QJsonDocument::fromJson(all.out.toUtf8()).array();
        const auto some = runApp(home,
            {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--cohort"), cohort,
                QStringLiteral("--json"), QStringLiteral("-d"), path});
        REQUIRE(some.exitCode == 0);
        learners = QJsonDocument::fromJson(some.out.toUtf8()).array();

        const auto text = runApp(home,
            {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--cohort"), cohort,
                QStringLiteral("-d"), path});
        REQUIRE(text.exitCode == 0);
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(lines.size() == int(roster.size()));
        const QRegularExpression line(QStringLiteral("^[0-9a-f-]{36}  \\S"));
        for (size_t i = 0; i < roster.size(); ++i) {
            CHECK(line.match(lines[int(i)]).hasMatch());
            CHECK(lines[int(i)].contains(roster[i].displayName()));
        }
    }
    CHECK(everyone.size() == stored);
    CHECK(idsOf(everyone).size() == stored);
    QSet<QString> rosterIds;
    for (const pcs::Person& person : roster)
        rosterIds.insert(person.id);
    CHECK(idsOf(learners) == rosterIds);
    CHECK(idsOf(everyone).contains(rosterIds));
    const QJsonObject first = learners.first().toObject();
    CHECK_FALSE(first.value(QStringLiteral("lastName")).toString().isEmpty());
    CHECK_FALSE(first.value(QStringLiteral("organization")).toString().isEmpty());

    // An id it gives is one report learner takes.
    const QString pdf = home.filePath(QStringLiteral("learner.pdf"));
    const auto report = runApp(home,
        {QStringLiteral("report"), QStringLiteral("learner"), QStringLiteral("--cohort"), cohort,
            QStringLiteral("--learner"), first.value(QStringLiteral("id")).toString(),
            QStringLiteral("--out"), pdf, QStringLiteral("-d"), path});
    INFO(report.err.toStdString());
    CHECK(report.exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 0);

    const auto unknown = runApp(home,
        {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--cohort"), QStringLiteral("nope"),
            QStringLiteral("-d"), path});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("nope")));
}
