// Pictures of every kiosk page at 1280x800 with the bundled PCS curriculum, for a person to look
// at: ./test_kiosk "[.render]" writes them to $PCS_KIOSK_PNG_DIR (default /tmp) as kiosk-*.png.
// Hidden from the normal run.
#include "KioskFixture.h"
#include "KioskTestSupport.h"
#include "TestPaths.h"

#include "pcs/curriculum/PackageLoader.h"
#include "pcs/gui/KioskWindow.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/PeopleStore.h"

#include <QTest>
#include <QtWidgets>

#include <catch2/catch.hpp>

using namespace pcs;
using test::press;
using test::type;

namespace {

void picture(QWidget& kiosk, const char* name)
{
    test::settle();
    const QString folder = qEnvironmentVariableIsEmpty("PCS_KIOSK_PNG_DIR")
        ? QStringLiteral("/tmp")
        : qEnvironmentVariable("PCS_KIOSK_PNG_DIR");
    const QString path
        = folder + QStringLiteral("/kiosk-") + QString::fromUtf8(name) + QStringLiteral(".png");
    REQUIRE(kiosk.grab().save(path));
}

} // namespace

TEST_CASE("Kiosk pages rendered for review", "[.render]")
{
    auto loaded = curriculum::PackageLoader::load(
        QString::fromUtf8(test::kSourceDir) + QStringLiteral("/curricula/pcs"));
    REQUIRE(loaded.has_value());
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(14, 0), Qt::UTC));
    storage::OpenOptions options;
    options.clock = &clock;
    auto database = storage::Database::open(dir.filePath(QStringLiteral("render.sqlite")), options);
    REQUIRE(database.has_value());
    auto imported = storage::CurriculumStore(**database).import(*loaded);
    REQUIRE(imported.has_value());
    const Program* program = loaded->program(QStringLiteral("staff"));
    REQUIRE(program);
    Cohort cohort;
    cohort.programId = program->id;
    cohort.curriculumVersionId = imported->versionId;
    cohort.title = QStringLiteral("PCS for Staff — Sudbury, spring 2027");
    cohort.startDate = QDate(2027, 3, 1);
    cohort.sessions = planSessions(*program, cohort.startDate, QStringLiteral("Room 101"));
    auto created = storage::CohortStore(**database).create(cohort);
    REQUIRE(created.has_value());
    std::vector<Person> people;
    const QStringList firsts{QString::fromUtf8("Chloé"), QStringLiteral("Charles"), QStringLiteral("Amina"),
        QStringLiteral("Ben"), QStringLiteral("Priya"), QStringLiteral("Omar"), QStringLiteral("Nadia"),
        QStringLiteral("Jordan")};
    const QStringList lasts{QStringLiteral("Tremblay"), QStringLiteral("Haddad"), QStringLiteral("Okafor"),
        QStringLiteral("Singh"), QStringLiteral("Gagnon")};
    for (const QString& first : firsts)
        for (const QString& last : lasts) {
            Person person;
            person.firstName = first;
            person.lastName = last;
            people.push_back(person);
        }
    auto added = storage::PeopleStore(**database).add(people);
    REQUIRE(added.has_value());
    QStringList ids;
    for (const Person& person : *added)
        ids << person.id;
    REQUIRE(storage::CohortStore(**database).addLearners(created->id, ids));
    REQUIRE(storage::AssessmentWindowStore(**database)
                .openWindow(created->id, AssessmentPhase::Post, true, true, QStringLiteral("sam")));

    gui::KioskWindow kiosk(**database, created->id, AssessmentPhase::Post, clock);
    kiosk.setPinHashParameters(test::kCheapHash);
    kiosk.show();
    kiosk.resize(1280, 800);
    REQUIRE(QTest::qWaitForWindowExposed(&kiosk));
    kiosk.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&kiosk));
    REQUIRE(kiosk.loadError().isEmpty());
    kiosk.findChild<QLineEdit*>(QStringLiteral("hand-off-search"))->setFocus();
    picture(kiosk, "1-hand-off-empty");
    type(QStringLiteral("ch"));
    press(Qt::Key_Down);
    picture(kiosk, "2-hand-off-search");
    press(Qt::Key_Return);
    picture(kiosk, "3-confirm");
    press(Qt::Key_Return);
    picture(kiosk, "4-pin-set");
    type(QStringLiteral("2580"));
    press(Qt::Key_Tab);
    type(QStringLiteral("2580"));
    press(Qt::Key_Return);
    press(Qt::Key_3);
    press(Qt::Key_Tab);
    press(Qt::Key_End);
    press(Qt::Key_Tab);
    press(Qt::Key_2);
    press(Qt::Key_Tab);
    type(QStringLiteral("I want more practice with this."));
    picture(kiosk, "5-topic");
    const auto switchLanguage = [&] {
        for (QPushButton* button : kiosk.findChildren<QPushButton*>(QStringLiteral("learner-language")))
            if (button->isVisible()) {
                QTest::mouseClick(button, Qt::LeftButton);
                break;
            }
        test::settle();
    };
    switchLanguage();
    picture(kiosk, "5-topic-fr");
    switchLanguage();
    press(Qt::Key_PageDown);
    press(Qt::Key_1); // topic 2: not yet, high priority
    press(Qt::Key_Tab);
    press(Qt::Key_4);
    press(Qt::Key_PageDown);
    picture(kiosk, "6-topic-3");
    press(Qt::Key_2); // topic 3: getting started, some priority
    press(Qt::Key_Tab);
    press(Qt::Key_3);
    for (int page = 0; page < 30; ++page)
        press(Qt::Key_PageDown);
    picture(kiosk, "7-review");
    press(Qt::Key_Return);
    picture(kiosk, "8-review-confirm");
    press(Qt::Key_Return);
    picture(kiosk, "9-result");
    press(Qt::Key_Return);
    test::settle();
    type(QStringLiteral("amina ha"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    type(QStringLiteral("1234"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1234"));
    press(Qt::Key_Return);
    clock.advanceSeconds(105);
    kiosk.checkIdle();
    picture(kiosk, "10-idle-warning");
    press(Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    type(QStringLiteral("sam"));
    press(Qt::Key_Tab);
    type(QStringLiteral("wrong"));
    press(Qt::Key_Return);
    picture(kiosk, "11-exit");
}
