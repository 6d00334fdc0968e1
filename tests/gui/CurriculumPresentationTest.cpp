#include "CurriculumFixture.h"
#include "TestSupport.h"

#include "pcs/gui/CurriculumWorkspace.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MessageBox.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace pcs;

namespace {

template <typename T> T* child(QWidget* root, const char* name)
{
    auto* found = root->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QWidget* openPresentation(gui::CurriculumWorkspace& workspace, int toolRow)
{
    workspace.showView(gui::CurriculumWorkspace::View::Tools);
    child<QListWidget>(&workspace, "tool-list")->setCurrentRow(toolRow);
    QTest::mouseClick(child<QPushButton>(&workspace, "present-button"), Qt::LeftButton);
    auto* window = child<QWidget>(&workspace, "presentation-window");
    REQUIRE(QTest::qWaitForWindowExposed(window));
    return window;
}

} // namespace

TEST_CASE("Presentation mode shows one prompting question at a time and is driven by the keyboard")
{
    gui::CurriculumWorkspace workspace(test::curriculumFixture(), QStringLiteral("en"));
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    QWidget* window = openPresentation(workspace, 0);
    QPointer<QWidget> guard(window);
    CHECK(window->isWindow());
    CHECK(window->isFullScreen());

    auto* title = child<QLabel>(window, "presentation-title");
    auto* caption = child<QLabel>(window, "presentation-caption");
    auto* text = child<QLabel>(window, "presentation-text");
    auto* progress = child<QLabel>(window, "presentation-progress");
    CHECK(title->text() == QStringLiteral("1. Understanding Behaviour"));
    // First the summary (short enough for one screen here), then the questions one at a time.
    CHECK(caption->text() == QStringLiteral("Summary"));
    CHECK(text->text()
        == QStringLiteral("Behaviour almost always makes sense from where the person is standing."));
    CHECK(progress->text() == QStringLiteral("6 questions follow"));
    CHECK(window->accessibleDescription().contains(text->text()));

    // Large type for the projector.
    const auto checkLargeType = [&] {
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if (qobject_cast<QLabel*>(widget) || qobject_cast<QPushButton*>(widget)) {
                INFO(widget->objectName().toStdString());
                CHECK(widget->font().pointSize() >= 28);
            }
        }
    };
    checkLargeType();

    QTest::keyClick(window, Qt::Key_Right);
    CHECK(title->isVisible());
    CHECK(caption->text() == QStringLiteral("Prompting question"));
    CHECK(progress->text() == QStringLiteral("1 / 6"));
    CHECK(text->text() == QStringLiteral("Behaviour question 1: what matters to the person?"));
    CHECK(text->accessibleDescription() == text->text());
    checkLargeType();
    QTest::keyClick(window, Qt::Key_Right);
    CHECK(progress->text() == QStringLiteral("2 / 6"));
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Space);
    CHECK(progress->text() == QStringLiteral("4 / 6"));
    QTest::keyClick(window, Qt::Key_PageUp);
    CHECK(progress->text() == QStringLiteral("3 / 6"));
    CHECK(text->text() == QStringLiteral("Is the landlord pressing for the rent this week?"));
    CHECK(text->accessibleDescription() == text->text());
    CHECK(window->accessibleDescription().contains(text->text()));
    QTest::keyClick(window, Qt::Key_End);
    CHECK(progress->text() == QStringLiteral("6 / 6"));
    QTest::keyClick(window, Qt::Key_PageDown); // stays on the last one
    CHECK(progress->text() == QStringLiteral("6 / 6"));
    QTest::keyClick(window, Qt::Key_Up);
    CHECK(progress->text() == QStringLiteral("5 / 6"));
    QTest::keyClick(window, Qt::Key_Home); // back to the summary
    CHECK(caption->text() == QStringLiteral("Summary"));
    CHECK(progress->text() == QStringLiteral("6 questions follow"));
    QTest::keyClick(window, Qt::Key_Left); // stays there
    CHECK(caption->text() == QStringLiteral("Summary"));
    QTest::keyClick(window, Qt::Key_PageDown);
    QTest::keyClick(window, Qt::Key_Right);
    QTest::keyClick(window, Qt::Key_Backspace);
    CHECK(progress->text() == QStringLiteral("1 / 6"));
    CHECK(text->text() == QStringLiteral("Behaviour question 1: what matters to the person?"));

    // The buttons do the same for the mouse.
    QTest::mouseClick(child<QPushButton>(window, "presentation-next"), Qt::LeftButton);
    CHECK(progress->text() == QStringLiteral("2 / 6"));
    QTest::mouseClick(child<QPushButton>(window, "presentation-previous"), Qt::LeftButton);
    CHECK(progress->text() == QStringLiteral("1 / 6"));

    // Every focusable widget of the presentation is named; none takes the arrows away from it.
    CHECK_FALSE(window->accessibleName().isEmpty());
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        INFO(widget->objectName().toStdString());
        if (widget->focusPolicy() & Qt::TabFocus)
            CHECK_FALSE(widget->accessibleName().trimmed().isEmpty());
        if (qobject_cast<QLabel*>(widget) || qobject_cast<QPushButton*>(widget))
            CHECK_FALSE(widget->accessibleName().trimmed().isEmpty());
    }

    // Esc closes it and gives the focus back to the tool list.
    QTest::keyClick(window, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(guard.isNull());
    auto* list = child<QListWidget>(&workspace, "tool-list");
    CHECK(QTest::qWaitFor([&] { return list->hasFocus(); }, 2000));
}

TEST_CASE("A summary too long for the screen is split between sentences, never cut off")
{
    CurriculumPackage package = test::curriculumFixture();
    QStringList sentences;
    for (int i = 1; i <= 40; ++i)
        sentences << QStringLiteral("Sentence %1 of a long summary that a facilitator reads aloud.").arg(i);
    package.tools[2].summary.en = sentences.join(u' ');
    gui::CurriculumWorkspace workspace(package, QStringLiteral("en"));
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    QWidget* window = openPresentation(workspace, 2);
    auto* caption = child<QLabel>(window, "presentation-caption");
    auto* text = child<QLabel>(window, "presentation-text");
    auto* progress = child<QLabel>(window, "presentation-progress");

    QStringList shown;
    int pages = 0;
    while (caption->text().startsWith(QStringLiteral("Summary")) && pages < 40) {
        ++pages;
        INFO(caption->text().toStdString());
        CHECK(text->font().pointSize() >= 28);
        const QRect needed = text->fontMetrics().boundingRect(
            QRect(0, 0, text->contentsRect().width(), 1 << 20), Qt::TextWordWrap, text->text());
        CHECK(needed.height() <= text->contentsRect().height());
        CHECK(progress->text() == QStringLiteral("6 questions follow"));
        shown << text->text();
        QTest::keyClick(window, Qt::Key_Right);
    }
    CHECK(pages >= 2);
    CHECK(shown.join(u' ') == sentences.join(u' '));
    CHECK(progress->text() == QStringLiteral("1 / 6"));
    QTest::keyClick(window, Qt::Key_Home);
    CHECK(caption->text() == QStringLiteral("Summary (1 of %1)").arg(pages));
    QTest::keyClick(window, Qt::Key_Right);
    CHECK(caption->text() == QStringLiteral("Summary (2 of %1)").arg(pages));
    window->close();
}

TEST_CASE("Presentation mode shows the French tool when the curriculum language is French")
{
    gui::CurriculumWorkspace workspace(test::curriculumFixture(), QStringLiteral("fr"));
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    QWidget* window = openPresentation(workspace, 1);
    CHECK(child<QLabel>(window, "presentation-title")->text() == QStringLiteral("2. Établir un consensus"));
    QTest::keyClick(window, Qt::Key_Right);
    CHECK(child<QLabel>(window, "presentation-text")->text()
        == QStringLiteral("Question de consensus 1 : qui n’a pas encore parlé?"));
    window->close();
}

TEST_CASE("Exporting all job aids writes one PDF with every tool — a failed export says which file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    gui::CurriculumWorkspace workspace(test::curriculumFixture(), QStringLiteral("fr"));
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.showView(gui::CurriculumWorkspace::View::Tools);

    const QString path = dir.filePath(QStringLiteral("aides.pdf"));
    gui::FileDialog::setNextSaveFileName(path);
    QTest::mouseClick(child<QPushButton>(&workspace, "export-all-job-aids-button"), Qt::LeftButton);
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    CHECK(document.pageCount() >= 3);
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    for (const MicroCoachingTool& tool : workspace.package().tools) {
        INFO(tool.title.fr.toStdString());
        CHECK(text.contains(tool.title.fr));
    }
    CHECK(child<QLabel>(&workspace, "export-status")->text().contains(QDir::toNativeSeparators(path)));

    // One job aid.
    const QString one = dir.filePath(QStringLiteral("une.pdf"));
    child<QListWidget>(&workspace, "tool-list")->setCurrentRow(2);
    gui::FileDialog::setNextSaveFileName(one);
    QTest::mouseClick(child<QPushButton>(&workspace, "export-job-aid-button"), Qt::LeftButton);
    QPdfDocument single;
    REQUIRE(single.load(one) == QPdfDocument::Error::None);
    CHECK(single.pageCount() == 1);
    CHECK(single.getAllText(0).text().contains(QStringLiteral("Entente d’équipe")));

    // Cancel: nothing happens.
    const QStringList before = test::folderEntries(dir.path());
    gui::FileDialog::setNextSaveFileName(QString());
    QTest::mouseClick(child<QPushButton>(&workspace, "export-all-job-aids-button"), Qt::LeftButton);
    CHECK(test::folderEntries(dir.path()) == before);

    // A folder that does not exist: the error names the file, and no file is left.
    const QString missing = dir.filePath(QStringLiteral("absent/aides.pdf"));
    gui::FileDialog::setNextSaveFileName(missing);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(&workspace, "export-all-job-aids-button"), Qt::LeftButton);
    CHECK(gui::MessageBox::lastText().contains(QDir::toNativeSeparators(missing)));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(test::folderEntries(dir.path()) == before);
}
