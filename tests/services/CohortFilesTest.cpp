// Roster rows from a spreadsheet added to a cohort through services::CohortFiles, as both the
// import dialog's preview and `pcs-studio roster import` do.
#include "pcs/services/CohortFiles.h"
#include "pcs/services/DemoData.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"

#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace pcs;

TEST_CASE("A roster import previews without writing, then adds each learner once")
{
    QTemporaryDir dir;
    auto database = storage::Database::open(dir.filePath(QStringLiteral("roster.sqlite")));
    REQUIRE(database);
    REQUIRE(services::DemoData::generate(**database, 30, 5));
    const storage::CohortStore cohorts(**database);
    const auto list = cohorts.list();
    REQUIRE(list);
    REQUIRE_FALSE(list->empty());
    const QString cohortId = list->front().id;
    const auto before = cohorts.roster(cohortId);
    REQUIRE(before);

    std::vector<exchange::RosterRow> rows{
        {2, QStringLiteral("Aïcha"), QStringLiteral("Belanger"), QStringLiteral("aicha.b@example.ca"),
            QStringLiteral("Ontario Works Sudbury"), QString(), QStringLiteral("fr")},
        {3, QStringLiteral("Tom"), QStringLiteral("Okafor"), QStringLiteral("tom.o@example.ca"),
            QStringLiteral("Employment Ontario North"), QString(), QString()}};

    const auto preview = services::CohortFiles::importRoster(**database, cohortId, rows, true);
    REQUIRE(preview);
    CHECK(preview->added == 2);
    CHECK(cohorts.roster(cohortId)->size() == before->size());

    const auto imported = services::CohortFiles::importRoster(**database, cohortId, rows, false);
    REQUIRE(imported);
    CHECK(imported->added == 2);
    const auto after = cohorts.roster(cohortId);
    REQUIRE(after);
    REQUIRE(after->size() == before->size() + 2);
    const auto aicha = std::find_if(after->begin(), after->end(),
        [](const Person& p) { return p.email == QStringLiteral("aicha.b@example.ca"); });
    REQUIRE(aicha != after->end());
    CHECK(aicha->preferredLanguage == QStringLiteral("fr"));
    const auto tom = std::find_if(after->begin(), after->end(),
        [](const Person& p) { return p.email == QStringLiteral("tom.o@example.ca"); });
    REQUIRE(tom != after->end());
    CHECK(tom->preferredLanguage == QStringLiteral("en")); // an empty language is English

    const auto again = services::CohortFiles::importRoster(**database, cohortId, rows, false);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->alreadyOnRoster == 2);
    CHECK(cohorts.roster(cohortId)->size() == after->size());
}
