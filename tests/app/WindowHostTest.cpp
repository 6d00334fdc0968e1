#include "TestSupport.h"

#include "Translations.h"
#include "WindowHost.h"
#include "pcs/gui/CurriculumWorkspace.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/services/AppSettings.h"
#include "pcs/services/Bootstrap.h"
#include "pcs/storage/Database.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QListWidget>
#include <QPointer>

namespace {

void chooseLanguage(pcs::gui::MainWindow* window, const QString& language)
{
    auto* choice = window->findChild<QComboBox*>(QStringLiteral("language-choice"));
    REQUIRE(choice);
    choice->setCurrentIndex(choice->findData(language));
}

pcs::gui::MainWindow* waitForNewWindow(pcs::app::WindowHost& host, pcs::gui::MainWindow* old)
{
    QDeadlineTimer deadline(5000);
    while (host.window() == old && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return host.window();
}

} // namespace

TEST_CASE("Choosing French in Settings rebuilds the window in French, curriculum included, and back")
{
    QTemporaryDir dir;
    auto database = pcs::storage::Database::open(dir.filePath(QStringLiteral("lang.sqlite")));
    REQUIRE(database.has_value());
    REQUIRE(pcs::services::Bootstrap::importBundledCurriculumIfNone(**database).value());
    pcs::app::installTranslations(*qApp, QStringLiteral("en"));

    pcs::app::WindowHost host(*qApp, **database);
    QPointer<pcs::gui::MainWindow> first = host.window();
    CHECK(first->findChild<QListWidget*>(QStringLiteral("workspace-sidebar"))->item(1)->text()
        == QStringLiteral("Cohorts"));
    REQUIRE(first->curriculumWorkspace());
    CHECK(first->curriculumWorkspace()->language() == QStringLiteral("en"));

    chooseLanguage(first, QStringLiteral("fr"));
    pcs::gui::MainWindow* french = waitForNewWindow(host, first);
    REQUIRE(french != nullptr);
    CHECK(first.isNull()); // the English window is gone
    CHECK(pcs::services::AppSettings::language() == QStringLiteral("fr"));
    CHECK(french->findChild<QListWidget*>(QStringLiteral("workspace-sidebar"))->item(1)->text()
        == QStringLiteral("Cohortes"));
    CHECK(french->currentWorkspace() == pcs::gui::Workspace::Settings);
    REQUIRE(french->curriculumWorkspace());
    CHECK(french->curriculumWorkspace()->language() == QStringLiteral("fr"));

    chooseLanguage(french, QStringLiteral("en"));
    pcs::gui::MainWindow* english = waitForNewWindow(host, french);
    CHECK(english->findChild<QListWidget*>(QStringLiteral("workspace-sidebar"))->item(1)->text()
        == QStringLiteral("Cohorts"));
    CHECK(english->curriculumWorkspace()->language() == QStringLiteral("en"));
    pcs::services::AppSettings::setLanguage(QString());
}
