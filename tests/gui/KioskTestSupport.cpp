#include "KioskTestSupport.h"

#include <QTest>
#include <QtWidgets>

#include <catch2/catch.hpp>

namespace pcs::test {

std::unique_ptr<gui::KioskWindow> openKiosk(KioskFixture& fixture, AssessmentPhase phase)
{
    auto kiosk
        = std::make_unique<gui::KioskWindow>(*fixture.database, fixture.cohort.id, phase, fixture.clock);
    kiosk->setPinHashParameters(kCheapHash);
    kiosk->showKiosk();
    REQUIRE(QTest::qWaitForWindowActive(kiosk.get()));
    REQUIRE(kiosk->loadError().isEmpty());
    settle();
    return kiosk;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focused(), key, modifiers);
    settle();
}

void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
    settle();
}

void startWithKeys(const QString& search)
{
    REQUIRE(focused()->objectName() == QStringLiteral("hand-off-search"));
    type(search);
    press(Qt::Key_Down);
    REQUIRE(focused()->objectName() == QStringLiteral("hand-off-results"));
    press(Qt::Key_Return);
    REQUIRE(focused()->objectName() == QStringLiteral("confirm-yes"));
    press(Qt::Key_Return);
}

void answerWithKeys(int competence, int desire, const QString& comment)
{
    REQUIRE(focused()->parentWidget()->objectName() == QStringLiteral("competence"));
    press(Qt::Key(Qt::Key_0 + competence));
    press(Qt::Key_Tab);
    REQUIRE(focused()->parentWidget()->objectName() == QStringLiteral("desire"));
    press(Qt::Key_Home);
    for (int i = 1; i < desire; ++i)
        press(Qt::Key_Right);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QStringLiteral("comment"));
    if (!comment.isEmpty())
        type(comment);
    press(Qt::Key_Tab);
}

QString visibleLabel(const QWidget* root, const QString& objectName)
{
    for (const QLabel* label : root->findChildren<QLabel*>(objectName))
        if (label->isVisible())
            return label->text();
    return {};
}

std::vector<QGroupBox*> visibleGroups(const QWidget* root, const QString& objectName)
{
    std::vector<QGroupBox*> groups;
    for (QGroupBox* group : root->findChildren<QGroupBox*>(objectName))
        if (group->isVisible())
            groups.push_back(group);
    return groups;
}

std::optional<int> chosen(const QGroupBox* group)
{
    for (const QRadioButton* radio : group->findChildren<QRadioButton*>())
        if (radio->isChecked())
            return radio->objectName().section(u'-', 1).toInt();
    return std::nullopt;
}

} // namespace pcs::test
