// One learner's turn at the kiosk and the hand-off to the next: the SAW plan saved as it is typed
// (Done, the idle reset, the next turn, removing a part), a blank submission, the clipboard, what
// the hand-off list tells about others, and a close request from outside.
#include "KioskFixture.h"
#include "KioskTestSupport.h"

#include "../../modules/gui/src/assessment/SawPlanEditor.h"

#include "pcs/gui/KioskWindow.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/LearnerPinStore.h"
#include "pcs/storage/SawPlanStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QtWidgets>

#include <catch2/catch.hpp>

using namespace pcs;
using test::focused;
using test::press;
using test::settle;
using test::type;
using test::visibleLabel;

namespace {

void submitDirectly(test::KioskFixture& f, const Person& learner, AssessmentPhase phase)
{
    storage::AssessmentStore store(*f.database);
    REQUIRE(store.saveAnswer(f.cohort.id, learner.id, phase, {QStringLiteral("listen-1"), 3, 2, {}, {}}, 0));
    REQUIRE(store.submit(f.cohort.id, learner.id, phase));
}

std::vector<SawPlanEntry> planOf(test::KioskFixture& f, const Person& learner)
{
    const auto plan = storage::SawPlanStore(*f.database).sawPlan(f.cohort.id, learner.id);
    REQUIRE(plan);
    return *plan;
}

// Two minutes without input: the warning, then back to the hand-off screen.
void idleOut(test::KioskFixture& f, gui::KioskWindow& kiosk)
{
    f.clock.advanceSeconds(100);
    kiosk.checkIdle();
    f.clock.advanceSeconds(20);
    kiosk.checkIdle();
    settle();
}

QPlainTextEdit* applicationField(gui::KioskWindow& kiosk)
{
    auto* editor = kiosk.findChild<gui::SawPlanEditor*>();
    REQUIRE(editor);
    auto* field = qobject_cast<QPlainTextEdit*>(editor->fieldEditor(QStringLiteral("application")));
    REQUIRE(field);
    return field;
}

} // namespace

TEST_CASE("SAW plan text is saved as it is typed and the learner reopens their plan at the next turn")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Post, true);
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    REQUIRE(storage::LearnerPinStore(*f.database, test::kCheapHash)
                .setPin(ben.id, QStringLiteral("9876"), QStringLiteral("sam"), 4));
    submitDirectly(f, ben, AssessmentPhase::Post);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Post);

    // Ben has submitted: after his PIN, his SAW plan (he is not turned away).
    test::startWithKeys(QStringLiteral("ben"));
    REQUIRE(focused()->objectName() == QStringLiteral("pin"));
    type(QStringLiteral("9876"));
    press(Qt::Key_Return);
    REQUIRE(kiosk->findChild<gui::SawPlanEditor*>());
    const QString plan = QStringLiteral("Ask one open question in every intake meeting");
    applicationField(*kiosk)->setFocus();
    type(plan);
    // Done without "Save this part": what was typed is stored.
    kiosk->findChild<QPushButton*>(QStringLiteral("plan-done"))->click();
    settle();
    CHECK_FALSE(kiosk->hasLearner());
    auto stored = planOf(f, ben);
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().fields.value(QStringLiteral("application")) == plan);
    CHECK_FALSE(test::everythingReadable().contains(plan));

    // The next turn: his plan is there, and he goes on with it; the idle reset keeps it too.
    test::startWithKeys(QStringLiteral("ben"));
    type(QStringLiteral("9876"));
    press(Qt::Key_Return);
    auto* editor = kiosk->findChild<gui::SawPlanEditor*>();
    REQUIRE(editor);
    REQUIRE(editor->partsList()->count() == 1);
    CHECK(editor->partsList()->currentRow() == 0); // opened on his part, as he left it
    QPlainTextEdit* field = applicationField(*kiosk);
    CHECK(field->toPlainText() == plan);
    field->setFocus();
    field->moveCursor(QTextCursor::End);
    type(QStringLiteral(", then note what I heard"));
    idleOut(f, *kiosk);
    CHECK_FALSE(kiosk->hasLearner());
    CHECK(
        visibleLabel(kiosk.get(), QStringLiteral("hand-off-notice")).contains(QStringLiteral("were saved")));
    stored = planOf(f, ben);
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().fields.value(QStringLiteral("application"))
        == plan + QStringLiteral(", then note what I heard"));

    // A text the store refuses (too long): the notice does not claim it was saved.
    test::startWithKeys(QStringLiteral("ben"));
    type(QStringLiteral("9876"));
    press(Qt::Key_Return);
    editor = kiosk->findChild<gui::SawPlanEditor*>();
    REQUIRE(editor);
    editor->partsList()->setCurrentRow(0);
    applicationField(*kiosk)->setPlainText(QString(storage::SawPlanStore::kMaximumTextLength + 1, u'x'));
    idleOut(f, *kiosk);
    const QString notice = visibleLabel(kiosk.get(), QStringLiteral("hand-off-notice"));
    CHECK(notice.contains(QStringLiteral("could not be saved")));
    CHECK_FALSE(notice.contains(QStringLiteral("were saved")));
    stored = planOf(f, ben);
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().fields.value(QStringLiteral("application")).startsWith(plan));

    // Remove part asks first; Enter keeps the part.
    test::startWithKeys(QStringLiteral("ben"));
    type(QStringLiteral("9876"));
    press(Qt::Key_Return);
    editor = kiosk->findChild<gui::SawPlanEditor*>();
    REQUIRE(editor);
    editor->partsList()->setCurrentRow(0);
    auto* remove = kiosk->findChild<QPushButton*>(QStringLiteral("saw-remove-part"));
    REQUIRE(remove);
    remove->click();
    settle();
    auto* confirmation = editor->findChild<QWidget*>(QStringLiteral("saw-remove-confirmation"));
    REQUIRE(confirmation);
    REQUIRE(confirmation->isVisible());
    CHECK(focused()->objectName() == QStringLiteral("saw-remove-keep"));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("saw-remove-question"))
              .contains(QStringLiteral("Remove the part")));
    press(Qt::Key_Return);
    CHECK_FALSE(confirmation->isVisible());
    CHECK(planOf(f, ben).size() == 1);
    // Asked again and answered "Remove": gone.
    remove->click();
    settle();
    kiosk->findChild<QPushButton*>(QStringLiteral("saw-remove-yes"))->click();
    settle();
    CHECK(planOf(f, ben).empty());
}

TEST_CASE("With questions unanswered the submit question says how many and Enter keeps answering")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    test::startWithKeys(QStringLiteral("ben"));
    for (int page = 0; page < 3; ++page)
        press(Qt::Key_PageDown);
    REQUIRE(focused()->objectName() == QStringLiteral("submit"));
    press(Qt::Key_Return); // Submit
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("submit-question"))
              .startsWith(QStringLiteral("6 questions have no answer.")));
    CHECK(focused()->objectName() == QStringLiteral("submit-not-yet"));
    press(Qt::Key_Return); // the second Enter: not a blank submission
    CHECK(kiosk->hasLearner());
    const auto progress
        = storage::AssessmentStore(*f.database).progress(f.cohort.id, ben.id, AssessmentPhase::Pre);
    REQUIRE(progress);
    CHECK(progress->state != SubmissionState::Submitted);

    // One answer short: "1 question", and still "Not yet" first.
    press(Qt::Key_PageUp);
    press(Qt::Key_PageUp);
    press(Qt::Key_PageUp);
    for (int i = 0; i < 2; ++i)
        test::answerWithKeys(3, 2);
    press(Qt::Key_PageDown);
    for (int i = 0; i < 3; ++i)
        test::answerWithKeys(3, 2);
    press(Qt::Key_PageDown);
    press(Qt::Key_PageDown);
    REQUIRE(focused()->objectName() == QStringLiteral("submit"));
    press(Qt::Key_Return);
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("submit-question"))
              .startsWith(QStringLiteral("1 question has no answer.")));
    CHECK(focused()->objectName() == QStringLiteral("submit-not-yet"));
}

TEST_CASE("The clipboard is emptied at every hand-off")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    QGuiApplication::clipboard()->setText(QStringLiteral("A staff note about Ben Okafor"));
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    CHECK(QGuiApplication::clipboard()->text().isEmpty()); // nothing of the staff's copying

    test::startWithKeys(QStringLiteral("chl"));
    QGuiApplication::clipboard()->setText(QStringLiteral("My supervisor Quigley never listens"));
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(QStringLiteral("Quigley"), QClipboard::Selection);
    REQUIRE(QGuiApplication::clipboard()->text() == QStringLiteral("My supervisor Quigley never listens"));
    idleOut(f, *kiosk);
    CHECK_FALSE(kiosk->hasLearner());
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    CHECK(QGuiApplication::clipboard()->text(QClipboard::Selection).isEmpty());

    test::startWithKeys(QStringLiteral("ben"));
    QGuiApplication::clipboard()->setText(QStringLiteral("copied by Ben"));
    kiosk->returnToHandOff();
    settle();
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
}

TEST_CASE("The hand-off list shows names alone and says nothing of anyone's progress")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre, true);
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    REQUIRE(storage::LearnerPinStore(*f.database, test::kCheapHash)
                .setPin(ben.id, QStringLiteral("9876"), QStringLiteral("sam"), 4));
    submitDirectly(f, ben, AssessmentPhase::Pre);
    storage::AssessmentStore store(*f.database);
    const Person& chloe = f.learner(QStringLiteral("Tremblay"));
    REQUIRE(store.saveAnswer(
        f.cohort.id, chloe.id, AssessmentPhase::Pre, {QStringLiteral("listen-1"), 3, 2, {}, {}}, 0));
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);

    type(QStringLiteral("o")); // starts a word of Ben Okafor only
    auto* results = kiosk->findChild<QListWidget*>(QStringLiteral("hand-off-results"));
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text() == QStringLiteral("Ben Okafor"));
    CHECK(results->item(0)->foreground() == QListWidgetItem().foreground()); // not greyed out
    QString readable = test::everythingReadable();
    for (const QString& word : {QStringLiteral("done"), QStringLiteral("submitted"),
             QStringLiteral("started"), QStringLiteral("progress")})
        CHECK_FALSE(readable.contains(word, Qt::CaseInsensitive));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("hand-off-hint")).contains(QStringLiteral("PIN")));
    kiosk->findChild<QLineEdit*>(QStringLiteral("hand-off-search"))->setText(QStringLiteral("chl"));
    settle();
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text() == QString::fromUtf8("Chloé Tremblay"));

    // Choosing Ben: "Is this you?", then his PIN, and only then that it is already submitted.
    kiosk->findChild<QLineEdit*>(QStringLiteral("hand-off-search"))->setText(QString());
    settle();
    test::startWithKeys(QStringLiteral("okaf"));
    REQUIRE(focused()->objectName() == QStringLiteral("pin"));
    CHECK_FALSE(test::everythingReadable().contains(QStringLiteral("submitted")));
    type(QStringLiteral("9876"));
    press(Qt::Key_Return);
    CHECK_FALSE(kiosk->hasLearner());
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("hand-off-notice"))
              .contains(QStringLiteral("already been submitted")));
    const auto progress = store.progress(f.cohort.id, ben.id, AssessmentPhase::Pre);
    REQUIRE(progress);
    CHECK(progress->state == SubmissionState::Submitted);
}

TEST_CASE("A close or minimise from outside leaves the kiosk on screen and working")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    test::startWithKeys(QStringLiteral("ben"));
    REQUIRE(kiosk->hasLearner());

    // The window manager's close (xdotool windowclose, a title bar's X): refused, still there.
    CHECK_FALSE(kiosk->close());
    QCloseEvent request;
    QApplication::sendEvent(kiosk.get(), &request);
    CHECK_FALSE(request.isAccepted());
    settle();
    CHECK(kiosk->isVisible());
    CHECK(kiosk->isFullScreen());
    CHECK(kiosk->hasLearner());

    // Taken off the screen anyway (minimised): straight back, full screen, and the learner goes on.
    kiosk->showMinimized();
    settle();
    CHECK(kiosk->isVisible());
    CHECK_FALSE(kiosk->isMinimized());
    CHECK(kiosk->isFullScreen());
    REQUIRE(QTest::qWaitForWindowActive(kiosk.get()));
    test::answerWithKeys(3, 2); // the focus is where the learner left it
    const auto progress
        = storage::AssessmentStore(*f.database)
              .progress(f.cohort.id, f.learner(QStringLiteral("Okafor")).id, AssessmentPhase::Pre);
    REQUIRE(progress);
    CHECK(progress->answers.size() == 1);
}

TEST_CASE("When the window system destroys the kiosk window the turn is saved and the kiosk closes")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    QSignalSpy exitRequested(kiosk.get(), &gui::KioskWindow::exitRequested);
    test::startWithKeys(QStringLiteral("chl"));
    press(Qt::Key_3);
    press(Qt::Key_Tab);
    press(Qt::Key_Home);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QStringLiteral("comment"));
    const QString comment = QStringLiteral("Typed just before the window went away");
    type(comment);

    // What the presence check does when the X server no longer has the window, under the event
    // loop of `pcs-studio kiosk`: the loop ends by itself, its last window closed (the guard only
    // keeps a broken build from hanging).
    QTimer::singleShot(0, kiosk.get(), [&] { kiosk->endWithoutWindow(); });
    bool quitByItself = true;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, qApp, [&] {
        quitByItself = false;
        QCoreApplication::quit();
    });
    guard.start(20000);
    QApplication::exec();
    guard.stop();
    CHECK(quitByItself);
    settle();
    CHECK(kiosk->isEnding());
    CHECK_FALSE(kiosk->isVisible());
    CHECK_FALSE(kiosk->hasLearner());
    CHECK(exitRequested.isEmpty()); // not a staff exit
    const auto progress
        = storage::AssessmentStore(*f.database)
              .progress(f.cohort.id, f.learner(QStringLiteral("Tremblay")).id, AssessmentPhase::Pre);
    REQUIRE(progress);
    const ItemAnswer* answer = progress->answer(QStringLiteral("listen-1"));
    REQUIRE(answer);
    CHECK(answer->comment == comment);
}
