#include "AccessibilityTestSupport.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/gui/CurriculumWorkspace.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/gui/Workspace.h"
#include "pcs/reports/JobAidPdf.h"
#include "pcs/services/AppSettings.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Database.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <SQLiteCpp/SQLiteCpp.h>

using namespace pcs;

namespace {

std::unique_ptr<storage::Database> openDatabase(const QTemporaryDir& dir)
{
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("gui.sqlite")));
    REQUIRE(opened.has_value());
    return std::move(*opened);
}

QString describe(const QWidget* widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() + u' '
        + (qobject_cast<const QAbstractButton*>(widget) ? qobject_cast<const QAbstractButton*>(widget)->text()
                                                        : QString());
}

} // namespace

TEST_CASE("The main window shows the five workspaces in the sidebar and switches between them")
{
    QTemporaryDir dir;
    auto database = openDatabase(dir);
    auto* window = new gui::MainWindow(*database);
    QPointer<gui::MainWindow> guard(window);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    // The file alone: the window system adds the application's name ("x.sqlite — PCS Studio"), so a
    // title holding it too showed it twice.
    CHECK(window->windowTitle() == QFileInfo(database->path()).fileName());

    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("workspace-sidebar"));
    REQUIRE(sidebar);
    REQUIRE(sidebar->count() == 5);
    const QStringList expected{QStringLiteral("Curriculum"), QStringLiteral("Cohorts"),
        QStringLiteral("Self-assessment"), QStringLiteral("Reports"), QStringLiteral("Settings")};
    for (int row = 0; row < 5; ++row) {
        CHECK(sidebar->item(row)->text() == expected.at(row));
        CHECK_FALSE(sidebar->item(row)->icon().pixmap(24, 24).isNull());
    }

    auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("workspace-pages"));
    REQUIRE(pages);
    CHECK(pages->count() == 5);
    CHECK(window->currentWorkspace() == gui::Workspace::Curriculum);

    // Keyboard: the sidebar takes focus and the arrow keys move between workspaces.
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    CHECK(window->currentWorkspace() == gui::Workspace::Cohorts);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("cohorts-page"));

    // Ctrl+5 jumps to Settings, whose page shows this database.
    QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
    CHECK(window->currentWorkspace() == gui::Workspace::Settings);
    CHECK(sidebar->currentRow() == 4);
    auto* path = pages->currentWidget()->findChild<QLineEdit*>(QStringLiteral("database-path"));
    REQUIRE(path);
    CHECK(path->text() == QDir::toNativeSeparators(database->path()));

    window->close();
    delete window;
    CHECK(guard.isNull());
}

TEST_CASE("Every focusable control of the main window has an accessible name")
{
    QTemporaryDir dir;
    auto database = openDatabase(dir);
    gui::MainWindow window(*database);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget*> focusable = test::focusableWidgets(&window);
    REQUIRE(focusable.size() >= 8); // sidebar plus the Settings controls at least
    for (QWidget* widget : focusable) {
        INFO(describe(widget).toStdString());
        CHECK_FALSE(widget->accessibleName().trimmed().isEmpty());
    }
}

TEST_CASE("The About dialog gives the version and the licences")
{
    QTemporaryDir dir;
    auto database = openDatabase(dir);
    gui::MainWindow window(*database);
    window.show();

    QString aboutText;
    QString licencesText;
    QStringList unnamed;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        aboutText = dialog->findChild<QTextBrowser*>(QStringLiteral("about-text"))->toPlainText();
        licencesText = dialog->findChild<QTextBrowser*>(QStringLiteral("licences-text"))->toPlainText();
        for (QWidget* widget : test::focusableWidgets(dialog))
            if (widget->accessibleName().isEmpty())
                unnamed << describe(widget);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    window.findChild<QAction*>(QStringLiteral("action-about"))->trigger();

    CHECK(aboutText.contains(QStringLiteral("PCS Studio " PCS_VERSION)));
    CHECK(aboutText.contains(QString::fromLatin1(qVersion())));
    CHECK(aboutText.contains(storage::Database::sqliteVersion()));
    CHECK(licencesText.contains(QStringLiteral("GPL 3.0 or later")));
    CHECK(licencesText.contains(QStringLiteral("SQLite")));
    CHECK(unnamed == QStringList{});
}

TEST_CASE("Backing up from the File menu writes a copy and records it in the audit log")
{
    QTemporaryDir dir;
    auto database = openDatabase(dir);
    gui::MainWindow window(*database);
    const QString target = dir.filePath(QStringLiteral("menu-backup.sqlite"));

    gui::FileDialog::setNextSaveFileName(target);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("action-backup"))->trigger();

    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("menu-backup.sqlite")));
    SQLite::Database copy(target.toStdString(), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA integrity_check").getString() == "ok");
    auto latest = storage::AuditLogStore(*database).latest(1);
    REQUIRE(latest.has_value());
    REQUIRE(latest->size() == 1);
    CHECK(latest->front().action == QStringLiteral("database.backed-up"));

    SECTION("cancelling the dialog writes nothing")
    {
        const QStringList before = test::folderEntries(dir.path());
        gui::FileDialog::setNextSaveFileName(QString());
        window.backUpDatabase();
        CHECK(test::folderEntries(dir.path()) == before);
    }
}

TEST_CASE("Importing a curriculum package from the File menu shows it in the Curriculum workspace")
{
    QTemporaryDir dir;
    auto database = openDatabase(dir);
    gui::MainWindow window(*database);
    REQUIRE(window.curriculumWorkspace() == nullptr); // a new database has no curriculum yet
    auto* import = window.findChild<QPushButton*>(QStringLiteral("import-curriculum-button"));
    REQUIRE(import);

    SECTION("a broken package is refused with its problems, nothing imported")
    {
        gui::FileDialog::setNextDirectory(dir.filePath(QStringLiteral("no-such-package")));
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        import->click();
        CHECK(gui::MessageBox::lastText().contains(QStringLiteral("manifest.json")));
        CHECK(gui::MessageBox::lastText().contains(QStringLiteral("nothing was imported")));
        CHECK(window.curriculumWorkspace() == nullptr);
    }
    SECTION("the bundled package is previewed, confirmed and shown")
    {
        gui::FileDialog::setNextDirectory(
            QString::fromUtf8(test::kSourceDir) + QStringLiteral("/curricula/pcs"));
        gui::MessageBox::setNextAnswer(QMessageBox::Yes); // the preview question
        gui::MessageBox::setNextAnswer(QMessageBox::Ok); // "Curriculum imported"
        window.findChild<QAction*>(QStringLiteral("action-import-curriculum"))->trigger();
        CHECK(gui::MessageBox::lastText().contains(QStringLiteral("is now the current curriculum")));
        REQUIRE(window.curriculumWorkspace() != nullptr);
        CHECK(window.curriculumWorkspace()->package().tools.size() == 13);
        CHECK(window.curriculumWorkspace()->isVisibleTo(&window));

        // A fresh window on the same database shows it straight away.
        gui::MainWindow again(*database);
        REQUIRE(again.curriculumWorkspace() != nullptr);
        CHECK(again.curriculumWorkspace()->package().programs.size() == 5);
    }
}

TEST_CASE("The paper size chosen in Settings is the one reports are laid out on")
{
    QTemporaryDir dir;
    auto database = openDatabase(dir);
    gui::MainWindow window(*database);
    auto* paper = window.findChild<QComboBox*>(QStringLiteral("paper-choice"));
    REQUIRE(paper);
    CHECK_FALSE(paper->accessibleName().isEmpty());
    paper->setCurrentIndex(paper->findData(QStringLiteral("a4")));
    CHECK(pcs::services::AppSettings::paper() == QStringLiteral("a4"));
    CHECK(pcs::services::AppSettings::reportPageSize() == QPageSize::A4);
    paper->setCurrentIndex(paper->findData(QStringLiteral("letter")));
    CHECK(pcs::services::AppSettings::reportPageSize() == QPageSize::Letter);
    paper->setCurrentIndex(0); // as the system: restore the user's settings file for the other tests
    CHECK(pcs::services::AppSettings::paper().isEmpty());
    CHECK(pcs::services::AppSettings::reportPageSize() == reports::JobAidPdf::paperFor(QLocale()));
}
