#include "CurriculumFixture.h"
#include "TestSupport.h"

#include "pcs/gui/CurriculumWorkspace.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace pcs;

namespace {

QString shortTime(int hour, int minute, const char* locale = "en_CA")
{
    return QLocale(QString::fromLatin1(locale)).toString(QTime(hour, minute), QLocale::ShortFormat);
}

QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& id)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole + 1).toString() == id)
            return *it;
    return nullptr;
}

QStringList visibleTools(QListWidget* list)
{
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        if (!list->item(row)->isHidden())
            shown << list->item(row)->text();
    return shown;
}

template <typename T> T* child(QWidget* root, const char* name)
{
    auto* found = root->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The curriculum workspace shows programs, workshops and blocks with their planned times")
{
    gui::CurriculumWorkspace workspace(test::curriculumFixture(), QStringLiteral("en"));
    workspace.resize(1100, 700);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    auto* tree = child<QTreeWidget>(&workspace, "program-tree");

    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("PCS for Staff"));
    CHECK(tree->topLevelItem(0)->text(1).isEmpty()); // programs have no time of day
    CHECK(tree->topLevelItem(0)->toolTip(2) == QStringLiteral("7 hours (recommended minimum)"));
    CHECK(tree->topLevelItem(0)->text(2).contains(QStringLiteral("5.75"))); // 345 contact minutes
    CHECK(tree->topLevelItem(1)->text(0) == QStringLiteral("PCS for Trainers and Champions"));
    CHECK(tree->topLevelItem(0)->childCount() == 2);

    // The half day starts at 09:30 and lasts 3 h: review 09:30, break 10:30, agreement 10:45.
    QTreeWidgetItem* half = findItem(tree, QStringLiteral("staff-half-day"));
    REQUIRE(half);
    CHECK(half->text(1).contains(shortTime(9, 30)));
    CHECK(half->text(1).contains(shortTime(12, 30)));
    CHECK(half->text(2).contains(QStringLiteral("Half day")));
    REQUIRE(half->childCount() == 3);
    CHECK(half->child(0)->text(1) == shortTime(9, 30));
    CHECK(half->child(1)->text(1) == shortTime(10, 30));
    CHECK(half->child(1)->text(2).contains(QStringLiteral("break")));
    CHECK_FALSE(half->child(0)->text(2).contains(QStringLiteral("break")));
    CHECK(half->child(2)->text(1) == shortTime(10, 45));
    CHECK(half->child(2)->text(2) == QStringLiteral("1 h 45 min"));
    QTreeWidgetItem* practice = findItem(tree, QStringLiteral("trainers-block-practice"));
    REQUIRE(practice);
    CHECK(practice->text(1) == shortTime(13, 45));

    // The program's details: audience (escaped), delivery, overview, every objective, topics.
    auto* details = child<QTextBrowser>(&workspace, "program-details");
    tree->setCurrentItem(tree->topLevelItem(0));
    const QString programText = details->toPlainText();
    CHECK(programText.contains(QStringLiteral("Front-line staff & case workers <all offices>")));
    CHECK(programText.contains(QStringLiteral("Facilitator-led workshops")));
    CHECK(programText.contains(QStringLiteral("Then they practise.")));
    CHECK(programText.contains(QStringLiteral("Describe behaviour without labels.")));
    CHECK(programText.contains(QStringLiteral("Build consensus in a team meeting.")));
    CHECK(programText.contains(QStringLiteral("Collaboration")));

    // A workshop's agenda table, and a block whose tools are links to the tool library.
    tree->setCurrentItem(half);
    CHECK(details->toPlainText().contains(QStringLiteral("Team agreement")));
    CHECK(details->toHtml().contains(QStringLiteral("tool:team-agreement")));
    QTreeWidgetItem* practiceDay = findItem(tree, QStringLiteral("staff-day-1-practice"));
    REQUIRE(practiceDay);
    tree->setCurrentItem(practiceDay);
    CHECK(details->toPlainText().contains(QStringLiteral("2. Consensus Building")));
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("tool:consensus-building")));
    CHECK(workspace.currentView() == gui::CurriculumWorkspace::View::Tools);
    auto* list = child<QListWidget>(&workspace, "tool-list");
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->text() == QStringLiteral("2. Consensus Building"));
}

TEST_CASE("The tool library searches titles, summaries and prompts, ignoring case and accents")
{
    gui::CurriculumWorkspace workspace(test::curriculumFixture(), QStringLiteral("en"));
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.showView(gui::CurriculumWorkspace::View::Tools);
    auto* search = child<QLineEdit>(&workspace, "tool-search");
    auto* list = child<QListWidget>(&workspace, "tool-list");
    auto* jobAid = child<QTextBrowser>(&workspace, "job-aid-view");

    REQUIRE(list->count() == 3);
    CHECK(visibleTools(list)
        == QStringList{QStringLiteral("1. Understanding Behaviour"), QStringLiteral("2. Consensus Building"),
            QStringLiteral("3. Team Agreement")});

    // Typed, as a person would; matched on the title, case-insensitively.
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("AGREEMENT"));
    CHECK(visibleTools(list) == QStringList{QStringLiteral("3. Team Agreement")});
    CHECK(list->currentItem()->text() == QStringLiteral("3. Team Agreement"));

    // Only a prompting question mentions the landlord.
    search->setText(QStringLiteral("landlord"));
    CHECK(visibleTools(list) == QStringList{QStringLiteral("1. Understanding Behaviour")});
    search->setText(QStringLiteral("nothing like this"));
    CHECK(visibleTools(list).isEmpty());
    CHECK(child<QLabel>(&workspace, "tool-no-match")->isVisibleTo(&workspace));
    search->clear();
    CHECK(visibleTools(list).size() == 3);

    // French, without accents: "reunion" finds "réunion" (summary), "etablir" finds "Établir" (title),
    // "proprietaire" a prompt only.
    workspace.setPackage(test::curriculumFixture(), QStringLiteral("fr"));
    search->setText(QStringLiteral("reunion"));
    CHECK(visibleTools(list) == QStringList{QStringLiteral("2. Établir un consensus")});
    search->setText(QStringLiteral("ETABLIR"));
    CHECK(visibleTools(list) == QStringList{QStringLiteral("2. Établir un consensus")});
    search->setText(QStringLiteral("proprietaire loyer"));
    CHECK(visibleTools(list) == QStringList{QStringLiteral("1. Comprendre le comportement")});
    search->setText(QStringLiteral("d'équipe"));
    CHECK(visibleTools(list) == QStringList{QStringLiteral("3. Entente d’équipe")});

    // The selected tool's job aid is the rendered Markdown, starting with its heading.
    search->clear();
    list->setCurrentRow(1);
    const QTextBlock first = jobAid->document()->firstBlock();
    CHECK(first.blockFormat().headingLevel() == 1);
    CHECK(first.text() == QStringLiteral("Établir un consensus"));
    CHECK(jobAid->toPlainText().contains(QStringLiteral("Questions d’amorce")));
    CHECK(child<QLabel>(&workspace, "tool-topics")->text().contains(QStringLiteral("Collaboration")));
}

TEST_CASE("Switching the curriculum language shows the French titles and keeps the selection")
{
    gui::CurriculumWorkspace workspace(test::curriculumFixture(), QStringLiteral("en"));
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    auto* tree = child<QTreeWidget>(&workspace, "program-tree");
    auto* list = child<QListWidget>(&workspace, "tool-list");
    tree->setCurrentItem(findItem(tree, QStringLiteral("staff-half-day")));
    list->setCurrentRow(2);

    workspace.setPackage(workspace.package(), QStringLiteral("fr"));
    CHECK(workspace.language() == QStringLiteral("fr"));
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("SCP pour le personnel"));
    REQUIRE(tree->currentItem());
    CHECK(tree->currentItem()->text(0) == QStringLiteral("Demi-journée : travailler ensemble"));
    CHECK(tree->currentItem()->child(0)->text(1) == shortTime(9, 30, "fr_CA"));
    CHECK(child<QTextBrowser>(&workspace, "program-details")
              ->toPlainText()
              .contains(QStringLiteral("Entente d’équipe")));
    CHECK(list->item(0)->text() == QStringLiteral("1. Comprendre le comportement"));
    CHECK(list->currentItem()->text() == QStringLiteral("3. Entente d’équipe"));
    CHECK(child<QTextBrowser>(&workspace, "job-aid-view")->document()->firstBlock().text()
        == QStringLiteral("Entente d’équipe"));
}

TEST_CASE("Every focusable control of the curriculum workspace has an accessible name")
{
    gui::CurriculumWorkspace workspace(test::curriculumFixture(), QStringLiteral("en"));
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    int focusable = 0;
    for (auto view : {gui::CurriculumWorkspace::View::Programs, gui::CurriculumWorkspace::View::Tools}) {
        workspace.showView(view);
        for (QWidget* widget : workspace.findChildren<QWidget*>()) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(&workspace))
                continue;
            ++focusable;
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK_FALSE(widget->accessibleName().trimmed().isEmpty());
        }
    }
    CHECK(focusable >= 8);
}
