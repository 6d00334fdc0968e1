// Roster rows from a spreadsheet added to a cohort through services::CohortFiles, as both the
// import dialog's preview and `pcs-studio roster import` do.
#include "pcs/services/CohortFiles.h"
#include "pcs/services/DemoData.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

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

TEST_CASE("A roster file is read for import as a stream: UTF-16 decoded and a pipe refused")
{
    QTemporaryDir dir;
    // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
    const QString text = QStringLiteral("Prénom\tNom\tCourriel\r\nAïcha\tBélanger\taicha.b@example.ca\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const QString path = dir.filePath(QStringLiteral("unicode.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    const auto read = services::CohortFiles::readRoster(path);
    REQUIRE(read.has_value());
    CHECK(read->encoding == QStringLiteral("UTF-16LE"));
    CHECK(read->problems.empty());
    REQUIRE(read->rows.size() == 1);
    CHECK(read->rows[0].lastName == QStringLiteral("Bélanger"));

    auto database = storage::Database::open(dir.filePath(QStringLiteral("roster.sqlite")));
    REQUIRE(database);
    REQUIRE(services::DemoData::generate(**database, 10, 3));
    const auto cohorts = storage::CohortStore(**database).list();
    REQUIRE(cohorts);
    REQUIRE_FALSE(cohorts->empty());
    const auto preview
        = services::CohortFiles::importRoster(**database, cohorts->front().id, read->rows, true);
    REQUIRE(preview);
    CHECK(preview->added == 1);

    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto refused = services::CohortFiles::readRoster(fifo); // would wait for a writer if opened
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(fifo)));
}
