// The learner-facing self-assessment kiosk: a whole pre-assessment by keyboard, what the hand-off
// leaves behind (nothing), resuming after a crash, then-ratings, verbatim comments, leaving the
// kiosk, submitted learners, PINs, search, a window closed under the kiosk, and the language.
#include "KioskFixture.h"
#include "KioskTestSupport.h"
#include "TestSupport.h"

#include "pcs/gui/KioskWindow.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/LearnerPinStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QtWidgets>

#include <catch2/catch.hpp>

using namespace pcs;
using test::chosen;
using test::focused;
using test::press;
using test::settle;
using test::type;
using test::visibleGroups;
using test::visibleLabel;

namespace {

LearnerAssessment stored(test::KioskFixture& f, const Person& learner, AssessmentPhase phase)
{
    const auto progress = storage::AssessmentStore(*f.database).progress(f.cohort.id, learner.id, phase);
    REQUIRE(progress.has_value());
    return *progress;
}

QString headerProgress(const QWidget* kiosk)
{
    return test::visibleLabel(kiosk, QStringLiteral("learner-progress"));
}

QString savedIndicator(const QWidget* kiosk)
{
    return test::visibleLabel(kiosk, QStringLiteral("saved-indicator"));
}

bool idleWarningShown(const QWidget* kiosk)
{
    const auto* warning = kiosk->findChild<QWidget*>(QStringLiteral("idle-warning"));
    return warning && warning->isVisible();
}

} // namespace

TEST_CASE("A learner completes a whole pre-assessment with the keyboard alone")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    const Person& ben = f.learner(QStringLiteral("Okafor"));

    REQUIRE(focused()->objectName() == QStringLiteral("hand-off-search"));
    type(QStringLiteral("ben ok"));
    press(Qt::Key_Down);
    REQUIRE(focused()->objectName() == QStringLiteral("hand-off-results"));
    press(Qt::Key_Return);
    REQUIRE(kiosk->hasLearner());
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("confirm-name")) == QStringLiteral("Ben Okafor"));
    REQUIRE(focused()->objectName() == QStringLiteral("confirm-yes"));
    press(Qt::Key_Return);

    const std::vector<AssessmentItem> items = f.items();
    const std::vector<int> itemsPerTopic{2, 3, 1};
    int index = 0;
    for (std::size_t topic = 0; topic < itemsPerTopic.size(); ++topic) {
        CHECK(visibleLabel(kiosk.get(), QStringLiteral("learner-name")) == QStringLiteral("Ben Okafor"));
        CHECK(headerProgress(kiosk.get()).startsWith(QStringLiteral("Topic %1 of 3 · ").arg(topic + 1)));
        for (int i = 0; i < itemsPerTopic[topic]; ++i, ++index) {
            const QString before = savedIndicator(kiosk.get());
            test::answerWithKeys(
                index % 5 + 1, index % 4 + 1, index == 0 ? QStringLiteral("Examples help me") : QString());
            CHECK(savedIndicator(kiosk.get()).startsWith(QStringLiteral("✓ Saved")));
            if (index == 0)
                CHECK(savedIndicator(kiosk.get()) != before);
        }
        CHECK(headerProgress(kiosk.get()).endsWith(QStringLiteral("%1 of 6 answered").arg(index)));
        press(Qt::Key_PageDown);
    }

    CHECK(headerProgress(kiosk.get()) == QStringLiteral("Review · 6 of 6 answered"));
    REQUIRE(focused()->objectName() == QStringLiteral("submit"));
    press(Qt::Key_Return);
    REQUIRE(focused()->objectName() == QStringLiteral("submit-yes"));
    CHECK(stored(f, ben, AssessmentPhase::Pre).state == SubmissionState::InProgress); // not before "Yes"
    press(Qt::Key_Return);
    REQUIRE(focused()->objectName() == QStringLiteral("result-done"));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("result-thanks")).contains(QStringLiteral("Ben")));

    const LearnerAssessment assessment = stored(f, ben, AssessmentPhase::Pre);
    CHECK(assessment.state == SubmissionState::Submitted);
    REQUIRE(assessment.answers.size() == items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ItemAnswer* answer = assessment.answer(items[i].id);
        REQUIRE(answer);
        CHECK(answer->competence == int(i % 5 + 1));
        CHECK(answer->desire == int(i % 4 + 1));
        CHECK_FALSE(answer->thenCompetence);
        CHECK(answer->comment == (i == 0 ? QStringLiteral("Examples help me") : QString()));
    }

    press(Qt::Key_Return); // Done
    CHECK_FALSE(kiosk->hasLearner());
    CHECK(focused()->objectName() == QStringLiteral("hand-off-search"));
}

TEST_CASE("After submit and after the idle timeout nothing of the previous learner stays on screen or in the "
          "accessibility tree")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    const QString firstSecret = QStringLiteral("Worried about the Xylophone case");
    const QString secondSecret = QStringLiteral("My supervisor Quigley never listens");

    // Zoë Quenneville answers with a comment and submits.
    test::startWithKeys(QStringLiteral("quen"));
    test::answerWithKeys(2, 4, firstSecret);
    REQUIRE(test::everythingReadable().contains(QStringLiteral("Quenneville")));
    REQUIRE(test::everythingReadable().contains(firstSecret));
    for (int page = 0; page < 3; ++page)
        press(Qt::Key_PageDown);
    press(Qt::Key_Return); // Submit
    REQUIRE(focused()->objectName() == QStringLiteral("submit-not-yet")); // 5 questions unanswered
    press(Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(focused()->objectName() == QStringLiteral("submit-yes"));
    press(Qt::Key_Return); // Yes, submit
    REQUIRE(test::everythingReadable().contains(QString::fromUtf8("Thank you, Zoë")));
    press(Qt::Key_Return); // Done
    settle();
    QString readable = test::everythingReadable();
    CHECK_FALSE(readable.contains(QStringLiteral("Quenneville")));
    CHECK_FALSE(readable.contains(QString::fromUtf8("Zoë")));
    CHECK_FALSE(readable.contains(firstSecret));
    CHECK(kiosk->findChild<QLineEdit*>(QStringLiteral("hand-off-search"))->text().isEmpty());

    // Chloé Tremblay types a comment and walks away without leaving the box.
    test::startWithKeys(QStringLiteral("chl"));
    press(Qt::Key_3);
    press(Qt::Key_Tab);
    press(Qt::Key_Home);
    press(Qt::Key_Tab);
    type(secondSecret);
    REQUIRE(test::everythingReadable().contains(QStringLiteral("Tremblay")));

    f.clock.advanceSeconds(99);
    kiosk->checkIdle();
    CHECK_FALSE(idleWarningShown(kiosk.get()));
    f.clock.advanceSeconds(1);
    kiosk->checkIdle();
    REQUIRE(idleWarningShown(kiosk.get()));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("idle-text")).contains(QStringLiteral("in 20 seconds")));
    CHECK(focused()->objectName() == QStringLiteral("idle-continue"));
    press(Qt::Key_Shift); // any key: still here
    CHECK_FALSE(idleWarningShown(kiosk.get()));
    CHECK(kiosk->hasLearner());
    CHECK(focused()->objectName() == QStringLiteral("comment")); // back where the learner was

    f.clock.advanceSeconds(100);
    kiosk->checkIdle();
    REQUIRE(idleWarningShown(kiosk.get()));
    f.clock.advanceSeconds(15);
    kiosk->checkIdle();
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("idle-text")).contains(QStringLiteral("in 5 seconds")));
    f.clock.advanceSeconds(5);
    kiosk->checkIdle();
    settle();
    CHECK_FALSE(kiosk->hasLearner());
    CHECK_FALSE(idleWarningShown(kiosk.get()));
    readable = test::everythingReadable();
    CHECK_FALSE(readable.contains(QStringLiteral("Tremblay")));
    CHECK_FALSE(readable.contains(QString::fromUtf8("Chloé")));
    CHECK_FALSE(readable.contains(secondSecret));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("hand-off-notice"))
              .contains(QStringLiteral("went back to the start")));
    CHECK(focused()->objectName() == QStringLiteral("hand-off-search"));
    // What she typed was saved before her pages were destroyed.
    const ItemAnswer* answer = stored(f, f.learner(QStringLiteral("Tremblay")), AssessmentPhase::Pre)
                                   .answer(QStringLiteral("listen-1"));
    REQUIRE(answer);
    CHECK(answer->comment == secondSecret);
}

TEST_CASE("A learner resumes on the same page with the same answers after the kiosk was destroyed")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    const Person& amina = f.learner(QStringLiteral("Haddad"));
    {
        auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
        test::startWithKeys(QStringLiteral("amina"));
        test::answerWithKeys(4, 3);
        test::answerWithKeys(2, 4);
        press(Qt::Key_PageDown);
        test::answerWithKeys(5, 1);
        press(Qt::Key_3); // the next item: competence only
        REQUIRE(headerProgress(kiosk.get()).startsWith(QStringLiteral("Topic 2 of 3")));
        // Destroyed without a word, as a crash would: every answer was committed when given.
    }
    settle();
    CHECK(stored(f, amina, AssessmentPhase::Pre).page == 1);

    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    type(QStringLiteral("hadd"));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    CHECK(test::everythingReadable().contains(QStringLiteral("You will continue where you left off.")));
    press(Qt::Key_Return);
    CHECK(headerProgress(kiosk.get()) == QStringLiteral("Topic 2 of 3 · 3 of 6 answered"));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("topic-title")) == QStringLiteral("Forces")); // in French
    auto competence = visibleGroups(kiosk.get(), QStringLiteral("competence"));
    auto desire = visibleGroups(kiosk.get(), QStringLiteral("desire"));
    REQUIRE(competence.size() == 3);
    CHECK(chosen(competence[0]) == 5);
    CHECK(chosen(desire[0]) == 1);
    CHECK(chosen(competence[1]) == 3);
    CHECK_FALSE(chosen(desire[1]));
    CHECK_FALSE(chosen(competence[2]));
    // The focus is on the page, ready for the keyboard.
    CHECK(focused()->parentWidget() == competence[0]);

    press(Qt::Key_PageUp);
    competence = visibleGroups(kiosk.get(), QStringLiteral("competence"));
    desire = visibleGroups(kiosk.get(), QStringLiteral("desire"));
    REQUIRE(competence.size() == 2);
    CHECK(chosen(competence[0]) == 4);
    CHECK(chosen(desire[0]) == 3);
    CHECK(chosen(competence[1]) == 2);
    CHECK(chosen(desire[1]) == 4);
    CHECK(stored(f, amina, AssessmentPhase::Pre).page == 0);
}

TEST_CASE("Then-ratings are asked only in a post-assessment whose window collects them")
{
    test::KioskFixture f;
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    const auto thenGroups = [&](AssessmentPhase phase) {
        auto kiosk = test::openKiosk(f, phase);
        test::startWithKeys(QStringLiteral("ben"));
        REQUIRE(visibleGroups(kiosk.get(), QStringLiteral("competence")).size() == 2);
        return visibleGroups(kiosk.get(), QStringLiteral("then-competence")).size();
    };

    const AssessmentWindow pre = f.openWindow(AssessmentPhase::Pre);
    CHECK(thenGroups(AssessmentPhase::Pre) == 0);
    f.closeWindow(pre);
    const AssessmentWindow post = f.openWindow(AssessmentPhase::Post, false, false);
    CHECK(thenGroups(AssessmentPhase::Post) == 0);
    f.closeWindow(post);
    f.openWindow(AssessmentPhase::Post, false, true);
    CHECK(thenGroups(AssessmentPhase::Post) == 2);

    auto kiosk = test::openKiosk(f, AssessmentPhase::Post);
    test::startWithKeys(QStringLiteral("ben"));
    const auto then = visibleGroups(kiosk.get(), QStringLiteral("then-competence"));
    REQUIRE(then.size() == 2);
    CHECK(then[0]->accessibleName()
        == QStringLiteral("Before the program, for: I can reflect back what a person told me."));
    press(Qt::Key_4);
    press(Qt::Key_Tab);
    press(Qt::Key_End);
    press(Qt::Key_Tab);
    REQUIRE(focused()->parentWidget() == then[0]);
    press(Qt::Key_2);
    const ItemAnswer* answer = stored(f, ben, AssessmentPhase::Post).answer(QStringLiteral("listen-1"));
    REQUIRE(answer);
    CHECK(answer->competence == 4);
    CHECK(answer->desire == 4);
    CHECK(answer->thenCompetence == 2);
}

TEST_CASE("Comments with SQL and emoji are stored verbatim")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    test::startWithKeys(QStringLiteral("ben"));
    const QString sql = QStringLiteral("'); DROP TABLE assessment_answers;--");
    const QString emoji
        = QString::fromUtf8("Très utile 👍🏽 — 日本語 🧑‍🤝‍🧑 \"quoted\"\nsecond line");
    test::answerWithKeys(3, 2, sql);

    press(Qt::Key_2);
    press(Qt::Key_Tab);
    press(Qt::Key_Home);
    press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == QStringLiteral("comment"));
    // Emoji come from an input method or the emoji picker, as committed text.
    QInputMethodEvent commit;
    commit.setCommitString(emoji);
    QApplication::sendEvent(focused(), &commit);
    press(Qt::Key_Tab); // leaving the box saves it

    const LearnerAssessment assessment = stored(f, ben, AssessmentPhase::Pre);
    REQUIRE(assessment.answer(QStringLiteral("listen-1")));
    REQUIRE(assessment.answer(QStringLiteral("listen-2")));
    CHECK(assessment.answer(QStringLiteral("listen-1"))->comment == sql);
    CHECK(assessment.answer(QStringLiteral("listen-2"))->comment == emoji);
    const auto all = storage::AssessmentStore(*f.database).answers(f.cohort.id);
    REQUIRE(all.has_value());
    CHECK(all->size() == 2);
}

TEST_CASE("Close requests and Escape do not leave the kiosk and only a staff password does")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    QSignalSpy exitRequested(kiosk.get(), &gui::KioskWindow::exitRequested);

    CHECK_FALSE(kiosk->close());
    QCloseEvent closeRequest;
    QApplication::sendEvent(kiosk.get(), &closeRequest);
    CHECK_FALSE(closeRequest.isAccepted());
    test::startWithKeys(QStringLiteral("ben"));
    press(Qt::Key_Escape);
    press(Qt::Key_F4, Qt::AltModifier);
    press(Qt::Key_W, Qt::ControlModifier);
    press(Qt::Key_Q, Qt::ControlModifier);
    CHECK(kiosk->isVisible());
    CHECK(kiosk->hasLearner());
    CHECK(focused()->parentWidget()->objectName() == QStringLiteral("competence"));

    press(Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    REQUIRE(focused()->objectName() == QStringLiteral("exit-user-name"));
    type(QStringLiteral("sam"));
    press(Qt::Key_Tab);
    type(QStringLiteral("not the password"));
    press(Qt::Key_Return);
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("exit-error"))
        == QStringLiteral("The user name or password is not right."));
    CHECK(kiosk->findChild<QLineEdit*>(QStringLiteral("exit-password"))->text().isEmpty());
    CHECK(exitRequested.isEmpty());
    CHECK(kiosk->isVisible());
    press(Qt::Key_Escape); // back to the learner's page
    CHECK(kiosk->hasLearner());
    CHECK(focused()->parentWidget()->objectName() == QStringLiteral("competence"));

    // The unobtrusive button reaches the same screen.
    auto* staffButton = kiosk->findChild<QPushButton*>(QStringLiteral("kiosk-staff-exit"));
    REQUIRE(staffButton);
    QTest::mouseClick(staffButton, Qt::LeftButton);
    settle();
    REQUIRE(focused()->objectName() == QStringLiteral("exit-user-name"));
    CHECK(kiosk->findChild<QLineEdit*>(QStringLiteral("exit-user-name"))->text().isEmpty());
    type(QStringLiteral("sam"));
    press(Qt::Key_Tab);
    type(test::kStaffPassword);
    press(Qt::Key_Return);
    CHECK(exitRequested.count() == 1);
    CHECK(kiosk->isExitAuthorised());
    CHECK_FALSE(kiosk->isVisible());
    CHECK_FALSE(kiosk->hasLearner());
}

TEST_CASE("A learner who has submitted cannot start again and is told so only once they said it is them")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    storage::AssessmentStore store(*f.database);
    REQUIRE(store.saveAnswer(
        f.cohort.id, ben.id, AssessmentPhase::Pre, {QStringLiteral("listen-1"), 3, 2, {}, {}}, 0));
    REQUIRE(store.submit(f.cohort.id, ben.id, AssessmentPhase::Pre));

    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    type(QStringLiteral("okaf"));
    auto* results = kiosk->findChild<QListWidget*>(QStringLiteral("hand-off-results"));
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text() == QStringLiteral("Ben Okafor")); // nothing of his progress
    press(Qt::Key_Return); // from the search: the first name found
    REQUIRE(focused()->objectName() == QStringLiteral("confirm-yes"));
    press(Qt::Key_Return); // "Yes, this is me"
    CHECK_FALSE(kiosk->hasLearner());
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("hand-off-notice"))
              .contains(QStringLiteral("already been submitted")));
    // Nothing was reopened or changed.
    CHECK(stored(f, ben, AssessmentPhase::Pre).state == SubmissionState::Submitted);
}

TEST_CASE("A learner sets a PIN on first use and a wrong PIN is refused")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre, true);
    const Person& amina = f.learner(QStringLiteral("Haddad"));
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    REQUIRE(storage::LearnerPinStore(*f.database, test::kCheapHash)
                .setPin(ben.id, QStringLiteral("9876"), QStringLiteral("sam"), 4));
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    const auto onQuestions
        = [&] { return !visibleGroups(kiosk.get(), QStringLiteral("competence")).empty(); };

    // First use: choose a PIN, typed twice, of the 6 digits Settings ask for unless told otherwise.
    test::startWithKeys(QStringLiteral("amina"));
    REQUIRE(focused()->objectName() == QStringLiteral("pin"));
    REQUIRE(kiosk->findChild<QLineEdit*>(QStringLiteral("pin-repeat")));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("pin-explanation"))
              .startsWith(QStringLiteral("Choose a PIN of 6 digits.")));
    type(QStringLiteral("258013"));
    press(Qt::Key_Return);
    REQUIRE(focused()->objectName() == QStringLiteral("pin-repeat"));
    type(QStringLiteral("258014"));
    press(Qt::Key_Return);
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("pin-error"))
        == QStringLiteral("The two PINs are not the same. Type your new PIN twice."));
    CHECK(kiosk->findChild<QLineEdit*>(QStringLiteral("pin"))->text().isEmpty());
    CHECK_FALSE(onQuestions());
    type(QStringLiteral("2580"));
    press(Qt::Key_Tab);
    type(QStringLiteral("2580"));
    press(Qt::Key_Return);
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("pin-error")) == QStringLiteral("A new PIN is 6 digits."));
    CHECK(focused()->objectName() == QStringLiteral("pin"));
    type(QStringLiteral("258013"));
    press(Qt::Key_Tab);
    type(QStringLiteral("258013"));
    press(Qt::Key_Return);
    REQUIRE(onQuestions());
    CHECK(storage::LearnerPinStore(*f.database).hasPin(amina.id).value_or(false));

    // Next time: the PIN is asked for, and a wrong one keeps the questions closed.
    kiosk->returnToHandOff();
    settle();
    test::startWithKeys(QStringLiteral("amina"));
    REQUIRE(focused()->objectName() == QStringLiteral("pin"));
    CHECK_FALSE(kiosk->findChild<QLineEdit*>(QStringLiteral("pin-repeat")));
    type(QStringLiteral("111111"));
    press(Qt::Key_Return);
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("pin-error")) == QStringLiteral("That PIN is not right."));
    CHECK_FALSE(onQuestions());
    type(QStringLiteral("258013"));
    press(Qt::Key_Return);
    CHECK(onQuestions());

    // A PIN the facilitator set works the same way.
    kiosk->returnToHandOff();
    settle();
    test::startWithKeys(QStringLiteral("ben"));
    REQUIRE(focused()->objectName() == QStringLiteral("pin"));
    type(QStringLiteral("9876"));
    press(Qt::Key_Return);
    CHECK(onQuestions());
}

TEST_CASE(
    "The hand-off search finds a name among 40 ignoring accents and case and shows nobody before typing")
{
    QStringList names{QString::fromUtf8("Chloé Tremblay"), QString::fromUtf8("Chloé Bouchard"),
        QString::fromUtf8("Zoé Tremblay"), QString::fromUtf8("Marc-André Côté")};
    const QStringList firsts{QStringLiteral("Alex"), QStringLiteral("Jordan"), QStringLiteral("Sam"),
        QStringLiteral("Priya"), QStringLiteral("Nadia"), QStringLiteral("Omar")};
    const QStringList lasts{QStringLiteral("Singh"), QStringLiteral("Martin"), QStringLiteral("Roy"),
        QStringLiteral("Gagnon"), QStringLiteral("Wong"), QStringLiteral("Smith")};
    for (const QString& first : firsts)
        for (const QString& last : lasts)
            if (names.size() < 40)
                names << first + u' ' + last;
    REQUIRE(names.size() == 40);
    test::KioskFixture f(names);
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    auto* results = kiosk->findChild<QListWidget*>(QStringLiteral("hand-off-results"));
    CHECK(results->count() == 0);

    const auto found = [&](const QString& typed) {
        auto* search = kiosk->findChild<QLineEdit*>(QStringLiteral("hand-off-search"));
        search->setFocus();
        search->selectAll();
        press(Qt::Key_Backspace);
        type(typed);
        QStringList shown;
        for (int row = 0; row < results->count(); ++row)
            shown << results->item(row)->text();
        return shown;
    };
    CHECK(found(QStringLiteral("CHLOE TREM")) == QStringList{QString::fromUtf8("Chloé Tremblay")});
    CHECK(found(QStringLiteral("trem")).size() == 2);
    CHECK(found(QStringLiteral("andre")) == QStringList{QString::fromUtf8("Marc-André Côté")});
    CHECK(found(QStringLiteral("cote marc")) == QStringList{QString::fromUtf8("Marc-André Côté")});
    CHECK(found(QStringLiteral("priya s"))
        == QStringList{QStringLiteral("Priya Singh"), QStringLiteral("Priya Smith")});
    CHECK(found(QStringLiteral("xyz")).isEmpty());
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("hand-off-hint"))
              .startsWith(QStringLiteral("No name matches")));
    press(Qt::Key_Return); // nothing to choose
    CHECK_FALSE(kiosk->hasLearner());
}

TEST_CASE(
    "A window closed under the kiosk refuses the next answer and returns to the hand-off with the reason")
{
    test::KioskFixture f;
    const AssessmentWindow window = f.openWindow(AssessmentPhase::Pre);
    const Person& ben = f.learner(QStringLiteral("Okafor"));
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    test::startWithKeys(QStringLiteral("ben"));
    press(Qt::Key_3);
    REQUIRE(savedIndicator(kiosk.get()).startsWith(QStringLiteral("✓ Saved")));
    f.closeWindow(window);
    press(Qt::Key_Tab);
    press(Qt::Key_2); // refused by the store
    settle();
    CHECK_FALSE(kiosk->hasLearner());
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("hand-off-notice"))
        == QStringLiteral("The self-assessment is closed. Ask your facilitator to open it."));
    CHECK_FALSE(kiosk->findChild<QLineEdit*>(QStringLiteral("hand-off-search"))->isEnabled());
    const ItemAnswer* answer = stored(f, ben, AssessmentPhase::Pre).answer(QStringLiteral("listen-1"));
    REQUIRE(answer);
    CHECK(answer->competence == 3);
    CHECK_FALSE(answer->desire);
}

TEST_CASE(
    "Questions show in the learner's language and switch between French and English with the answers kept")
{
    test::KioskFixture f;
    f.openWindow(AssessmentPhase::Pre);
    auto kiosk = test::openKiosk(f, AssessmentPhase::Pre);
    test::startWithKeys(QStringLiteral("amina")); // prefers French
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("topic-title")) == QString::fromUtf8("Écoute"));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("item-text"))
        == QStringLiteral("Je peux reformuler ce qu'une personne m'a dit."));
    auto competence = visibleGroups(kiosk.get(), QStringLiteral("competence"));
    REQUIRE_FALSE(competence.empty());
    CHECK(competence[0]->title() == QString::fromUtf8("Ma compétence actuelle"));
    CHECK(competence[0]
              ->findChild<QRadioButton*>(QStringLiteral("rating-1"))
              ->text()
              .contains(QStringLiteral("Pas encore")));
    CHECK(competence[0]->accessibleName()
        == QStringLiteral("Competence for: Je peux reformuler ce qu'une personne m'a dit."));
    press(Qt::Key_4);

    press(Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(focused()->objectName() == QStringLiteral("learner-language"));
    CHECK(qobject_cast<QPushButton*>(focused())->text() == QStringLiteral("English"));
    press(Qt::Key_Space);
    settle();
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("topic-title")) == QStringLiteral("Listening"));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("item-text"))
        == QStringLiteral("I can reflect back what a person told me."));
    REQUIRE(focused()->objectName() == QStringLiteral("learner-language"));
    CHECK(qobject_cast<QPushButton*>(focused())->text() == QString::fromUtf8("Français"));
    competence = visibleGroups(kiosk.get(), QStringLiteral("competence"));
    REQUIRE_FALSE(competence.empty());
    CHECK(chosen(competence[0]) == 4);
    CHECK(headerProgress(kiosk.get()).startsWith(QStringLiteral("Topic 1 of 3")));
    CHECK(visibleLabel(kiosk.get(), QStringLiteral("learner-name")) == QStringLiteral("Amina Haddad"));
}
