#include "CohortTestSupport.h"
#include "TestSupport.h"

#include "../../modules/gui/src/cohorts/CohortListModel.h"
#include "../../modules/gui/src/cohorts/PeopleModel.h"

#include "pcs/storage/PeopleStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>

using namespace pcs;
using namespace pcs::test;

namespace {

void fetchAll(gui::PeopleModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

TEST_CASE("The cohort list model lists cohorts with program, start, status and counts")
{
    CohortDatabase db;
    gui::CohortListModel model(*db.database);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == gui::CohortListModel::ColumnCount);

    const Cohort winter = createCohort(db, QStringLiteral("Sudbury winter"), QDate(2027, 2, 1),
        {QStringLiteral("Ana Côté"), QStringLiteral("Ben Roy"), QStringLiteral("Chloé Martin")});
    createCohort(db, QStringLiteral("Sudbury spring"), QDate(2027, 4, 5), {});
    REQUIRE(model.reload());
    REQUIRE(model.rowCount() == 2);
    const int row = model.rowOf(winter.id);
    REQUIRE(row >= 0);
    using C = gui::CohortListModel;
    CHECK(model.index(row, C::TitleColumn).data().toString() == QStringLiteral("Sudbury winter"));
    CHECK(model.index(row, C::ProgramColumn).data().toString() == QStringLiteral("staff"));
    CHECK(model.index(row, C::StatusColumn).data().toString() == QStringLiteral("Planned"));
    CHECK(model.index(row, C::LearnersColumn).data().toInt() == 3);
    CHECK(model.index(row, C::SessionsColumn).data().toInt() == 2);
    CHECK(model.index(row, C::StartColumn).data(C::SortRole).toDate() == QDate(2027, 2, 1));
    CHECK(model.index(row, 0).data(C::CohortIdRole).toString() == winter.id);

    model.setProgramTitles({{QStringLiteral("staff"), QStringLiteral("PCS for Staff")}});
    CHECK(model.index(row, C::ProgramColumn).data().toString() == QStringLiteral("PCS for Staff"));
    CHECK(model.headerData(C::LearnersColumn, Qt::Horizontal).toString() == QStringLiteral("Learners"));
    REQUIRE(model.reload()); // a second reset keeps the tester happy
    CHECK(model.rowCount() == 2);
}

TEST_CASE("The people model fetches pages on demand and filters as one types")
{
    CohortDatabase db;
    storage::PeopleStore store(*db.database);
    const auto org
        = store.organization(QStringLiteral("Ville du Grand Sudbury"), OrganizationKind::Municipal);
    REQUIRE(org.has_value());
    std::vector<Person> people;
    for (int i = 0; i < 450; ++i) {
        Person p = makePerson(QStringLiteral("Person%1").arg(i, 3, 10, QLatin1Char('0')),
            i % 50 == 0 ? QStringLiteral("Côté") : QStringLiteral("Smith"),
            QStringLiteral("p%1@example.org").arg(i));
        if (i % 2 == 0)
            p.organizationId = org->id;
        if (i % 3 == 0)
            p.preferredLanguage = QStringLiteral("fr");
        people.push_back(p);
    }
    REQUIRE(store.add(people).has_value());

    gui::PeopleModel model(*db.database);
    CHECK(model.rowCount() == 0);
    CHECK(model.canFetchMore({}));
    // Attaching the tester fetches pages itself (twice); then the test drives fetchMore() alone:
    // Qt 6.4's tester would otherwise fetch from inside its own change notifications and report
    // that nested change as a fault.
    auto* tester
        = new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
    CHECK(model.rowCount() == 400);
    tester->setUseFetchMore(false);
    model.setFilter({});
    REQUIRE(model.canFetchMore({}));
    CHECK(model.rowCount() == 200);
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({}); // nothing more: no change
    CHECK(model.rowCount() == 450);

    // Sorted by last name: the nine Côté come first.
    using C = gui::PeopleModel;
    CHECK(model.index(0, C::NameColumn).data().toString().contains(QStringLiteral("Côté")));
    CHECK(
        model.index(0, C::OrganizationColumn).data().toString() == QStringLiteral("Ville du Grand Sudbury"));
    CHECK(model.index(0, C::LanguageColumn).data().toString() == QStringLiteral("French"));
    CHECK(model.index(0, C::EmailColumn).data().toString() == QStringLiteral("p0@example.org"));
    CHECK_FALSE(model.index(0, 0).data(C::PersonIdRole).toString().isEmpty());

    model.setFilter(QStringLiteral("cote")); // accents ignored
    CHECK(model.rowCount() == 9);
    CHECK_FALSE(model.canFetchMore({}));
    model.setFilter(QStringLiteral("PERSON01")); // case ignored: Person010 to Person019
    fetchAll(model);
    CHECK(model.rowCount() == 10);
    model.setFilter(QStringLiteral("nobody"));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    model.setFilter({});
    CHECK(model.rowCount() == 200);
    CHECK(model.canFetchMore({}));
}

TEST_CASE("The people model stays quick with a hundred thousand people")
{
    CohortDatabase db;
    storage::PeopleStore store(*db.database);
    const QStringList lastNames{QStringLiteral("Tremblay"), QStringLiteral("Gagnon"), QStringLiteral("Roy"),
        QStringLiteral("Smith"), QStringLiteral("Wilson"), QStringLiteral("Martin"), QStringLiteral("Lee")};
    std::vector<Person> people;
    people.reserve(100000);
    int expectedCote = 0;
    for (int i = 0; i < 100000; ++i) {
        const bool cote = i % 997 == 0;
        expectedCote += cote ? 1 : 0;
        people.push_back(makePerson(QStringLiteral("Learner%1").arg(i),
            cote ? QStringLiteral("Côté") : lastNames[i % lastNames.size()],
            QStringLiteral("learner%1@example.org").arg(i)));
    }
    QElapsedTimer timer;
    timer.start();
    REQUIRE(store.add(std::move(people)).has_value());
    WARN("PeopleStore::add of 100,000 people: " << timer.elapsed() << " ms");

    timer.restart();
    gui::PeopleModel model(*db.database);
    model.fetchMore({});
    WARN("first page of 200: " << timer.elapsed() << " ms");
    CHECK(model.rowCount() == 200);

    timer.restart();
    model.fetchMore({});
    model.fetchMore({});
    WARN("two more pages: " << timer.elapsed() << " ms");
    CHECK(model.rowCount() == 600);
    CHECK(model.canFetchMore({}));

    timer.restart();
    model.setFilter(QStringLiteral("côté"));
    fetchAll(model);
    WARN("setFilter(\"côté\") and all its pages: " << timer.elapsed() << " ms");
    CHECK(model.rowCount() == expectedCote);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.person(row)->lastName == QStringLiteral("Côté"));

    timer.restart();
    model.setFilter({});
    WARN("back to everyone (first page): " << timer.elapsed() << " ms");
    CHECK(model.rowCount() == 200);
}
