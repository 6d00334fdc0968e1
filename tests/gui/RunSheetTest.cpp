#include "CurriculumFixture.h"
#include "TestSupport.h"

#include "../../modules/gui/src/cohorts/CohortDetailPanel.h"
#include "../../modules/gui/src/cohorts/CohortEditor.h"
#include "../../modules/gui/src/cohorts/RunSheetWindow.h"
#include "../../modules/gui/src/curriculum/PresentationWindow.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pcs;

TEST_CASE("The run-sheet counts down the current block by the injected clock and warns in amber then red")
{
    const CurriculumPackage package = test::curriculumFixture();
    const Workshop& day = package.programs.at(0).workshops.at(0); // 30, 90, break, 60 minutes
    FixedClock clock(QDateTime(QDate(2027, 2, 1), QTime(14, 0), Qt::UTC));
    gui::RunSheetWindow window(day, QTime(9, 0), package, QStringLiteral("en"), clock);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();

    CHECK(window.runSheet().plannedStart(1) == QTime(9, 30));
    CHECK(window.timerText() == QStringLiteral("30:00"));
    CHECK(window.timerLevel() == BlockTimer::Level::Normal);

    clock.advanceSeconds(24 * 60); // 6 minutes of 30 left: 20 %
    window.tick();
    CHECK(window.timerText() == QStringLiteral("06:00"));
    CHECK(window.timerLevel() == BlockTimer::Level::Amber);
    clock.advanceSeconds(4 * 60 + 30); // 90 seconds left: 5 %
    window.tick();
    CHECK(window.timerLevel() == BlockTimer::Level::Red);
    clock.advanceSeconds(105);
    window.tick();
    CHECK(window.timerText() == QStringLiteral("+00:15"));
    CHECK(window.timerLevel() == BlockTimer::Level::Over);

    // Keyboard: next block restarts the timer; J opens the block's job aid; Esc closes.
    QTest::keyClick(&window, Qt::Key_Right);
    CHECK(window.runSheet().current() == 1);
    CHECK(window.timerText() == QStringLiteral("90:00"));
    CHECK(window.timerLevel() == BlockTimer::Level::Normal);
    QTest::keyClick(&window, Qt::Key_J);
    const auto presentations = window.findChildren<gui::PresentationWindow*>();
    REQUIRE(presentations.size() == 1);
    presentations.front()->close();
    QTest::keyClick(&window, Qt::Key_Left);
    CHECK(window.runSheet().current() == 0);
    CHECK_FALSE(window.openJobAid()); // the welcome block uses no tool

    for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
        CHECK_FALSE(button->accessibleName().isEmpty());
    QSignalSpy closed(&window, &gui::RunSheetWindow::closed);
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK(closed.count() == 1);
}

TEST_CASE("A cohort's session opens the run-sheet of its workshop")
{
    QTemporaryDir dir;
    auto database = storage::Database::open(dir.filePath(QStringLiteral("run.sqlite")));
    REQUIRE(database.has_value());
    CurriculumPackage package = test::curriculumFixture();
    package.id = QStringLiteral("fixture");
    package.version = 1;
    const auto imported = storage::CurriculumStore(**database).import(package);
    REQUIRE(imported.has_value());
    const Program& program = package.programs.at(0);
    Cohort cohort;
    cohort.programId = program.id;
    cohort.curriculumVersionId = imported->versionId;
    cohort.title = QStringLiteral("Run-sheet cohort");
    cohort.startDate = QDate(2027, 2, 1);
    cohort.sessions = planSessions(program, cohort.startDate, QStringLiteral("Room 1"));
    const auto created = storage::CohortStore(**database).create(cohort);
    REQUIRE(created.has_value());

    gui::CohortEditor editor(**database);
    gui::CohortDetailPanel panel(editor, QStringLiteral("en"));
    REQUIRE(panel.showCohort(created->id));
    auto* open = panel.findChild<QPushButton*>(QStringLiteral("open-run-sheet"));
    REQUIRE(open);
    CHECK_FALSE(open->isEnabled());
    panel.findChild<QTableWidget*>(QStringLiteral("cohort-sessions"))->selectRow(1);
    CHECK(open->isEnabled());
    gui::RunSheetWindow* window = panel.openRunSheet();
    REQUIRE(window);
    CHECK(window->runSheet().workshop().id == program.workshops.at(1).id);
    CHECK(window->runSheet().plannedStart(0) == created->sessions.at(1).start);
    window->close();
}
