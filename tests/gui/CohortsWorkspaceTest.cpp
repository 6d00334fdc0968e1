#include "CohortTestSupport.h"
#include "TestSupport.h"

#include "pcs/gui/CohortsWorkspace.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/PeopleStore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pcs;
using namespace pcs::test;

namespace {

template <typename T> T* child(QWidget* root, const char* name)
{
    auto* found = root->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QStringList rosterNames(QListWidget* list)
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->text();
    return names;
}

int rowWithTitle(QTableView* view, const QString& title)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == title)
            return row;
    return -1;
}

} // namespace

TEST_CASE("The cohorts workspace lists cohorts and shows the selected one's sessions and roster")
{
    CohortDatabase db;
    createCohort(db, QStringLiteral("Sudbury winter"), QDate(2027, 2, 1),
        {QStringLiteral("Ana Côté"), QStringLiteral("Ben Roy"), QStringLiteral("Chloé Martin")});
    createCohort(db, QStringLiteral("Sudbury spring"), QDate(2027, 4, 5), {QStringLiteral("Dan Lee")});

    gui::CohortsWorkspace workspace(*db.database, QStringLiteral("en"));
    workspace.resize(1100, 700);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));

    auto* list = child<QTableView>(&workspace, "cohort-list");
    REQUIRE(list->model()->rowCount() == 2);
    const int winter = rowWithTitle(list, QStringLiteral("Sudbury winter"));
    REQUIRE(winter == 0); // sorted by start date
    CHECK(list->model()->index(winter, 1).data().toString() == QStringLiteral("PCS for Staff"));

    auto* sessions = child<QTableWidget>(&workspace, "cohort-sessions");
    auto* roster = child<QListWidget>(&workspace, "cohort-roster");
    CHECK(sessions->rowCount() == 0);

    // Keyboard: Down on the list makes the first cohort current and shows it.
    QTest::keyClick(list, Qt::Key_Down);
    REQUIRE_FALSE(workspace.selectedCohortId().isEmpty());
    REQUIRE(sessions->rowCount() == 2);
    const QLocale locale;
    CHECK(sessions->item(0, 1)->text() == locale.toString(QDate(2027, 2, 1), QLocale::ShortFormat));
    CHECK(sessions->item(1, 1)->text() == locale.toString(QDate(2027, 2, 2), QLocale::ShortFormat));
    CHECK(sessions->item(0, 2)->text().startsWith(locale.toString(QTime(9, 0), QLocale::ShortFormat)));
    CHECK(sessions->item(0, 2)->text().endsWith(locale.toString(QTime(12, 0), QLocale::ShortFormat)));
    CHECK(sessions->item(0, 3)->text() == QStringLiteral("Room 101"));
    QStringList names = rosterNames(roster);
    names.sort();
    CHECK(names.size() == 3);
    CHECK(names.join(QLatin1Char('|')).contains(QStringLiteral("Côté")));

    // The other cohort.
    list->setCurrentIndex(list->model()->index(rowWithTitle(list, QStringLiteral("Sudbury spring")), 0));
    CHECK(rosterNames(roster).size() == 1);
    CHECK(rosterNames(roster).constFirst().contains(QStringLiteral("Lee")));

    // Reloading keeps the selection and reads the cohort again.
    const QString spring = workspace.selectedCohortId();
    auto added
        = storage::PeopleStore(*db.database).add(makePerson(QStringLiteral("Eve"), QStringLiteral("Roy")));
    REQUIRE(added.has_value());
    REQUIRE(storage::CohortStore(*db.database).addLearner(spring, added->id).has_value());
    workspace.reload();
    CHECK(workspace.selectedCohortId() == spring);
    CHECK(rosterNames(roster).size() == 2);

    // Searching the list narrows it.
    QTest::keyClicks(child<QLineEdit>(&workspace, "cohort-search"), QStringLiteral("WINTER"));
    CHECK(list->model()->rowCount() == 1);
}

TEST_CASE("The cohorts workspace searches people and every focusable control has an accessible name")
{
    CohortDatabase db;
    createCohort(db, QStringLiteral("Sudbury winter"), QDate(2027, 2, 1),
        {QStringLiteral("Ana Côté"), QStringLiteral("Ben Roy")});
    gui::CohortsWorkspace workspace(*db.database, QStringLiteral("en"));
    workspace.resize(1100, 700);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));

    auto* tabs = child<QTabWidget>(&workspace, "cohort-views");
    tabs->setCurrentIndex(1);
    auto* people = child<QTableView>(&workspace, "people-table");
    CHECK(people->model()->rowCount() == 2);
    QTest::keyClicks(child<QLineEdit>(&workspace, "people-search"), QStringLiteral("cote"));
    QTRY_COMPARE(people->model()->rowCount(), 1);
    CHECK(people->model()->index(0, 0).data().toString().contains(QStringLiteral("Côté")));

    // Keyboard path: Tab goes from the cohort search to the cohort list, then into the tabs.
    workspace.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&workspace));
    auto* search = child<QLineEdit>(&workspace, "cohort-search");
    search->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(search, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QTableView>(&workspace, "cohort-list"));

    QStringList unnamed;
    for (QWidget* widget : workspace.findChildren<QWidget*>())
        if (widget->focusPolicy() & Qt::TabFocus && widget->accessibleName().isEmpty()
            && !(qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                && !widget->parentWidget()->accessibleName().isEmpty()))
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(':')
                    + widget->objectName();
    CHECK(unnamed == QStringList{});
}

TEST_CASE("The main window's Cohorts page holds the cohorts workspace")
{
    CohortDatabase db;
    createCohort(db, QStringLiteral("Sudbury winter"), QDate(2027, 2, 1), {});
    gui::MainWindow window(*db.database);
    auto* workspace = window.findChild<gui::CohortsWorkspace*>(QStringLiteral("cohorts-workspace"));
    REQUIRE(workspace);
    CHECK(child<QTableView>(workspace, "cohort-list")->model()->rowCount() == 1);
}
