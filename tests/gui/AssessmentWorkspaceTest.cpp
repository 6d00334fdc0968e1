// The staff side of self-assessment: the answering window, learner states, reopening, PINs, SAW
// plans and follow-ups, on the bundled curriculum.
#include "DialogTestSupport.h"
#include "TestPaths.h"

#include "../../modules/gui/src/assessment/FollowUpDialog.h"
#include "../../modules/gui/src/assessment/LearnerPlanDialog.h"
#include "../../modules/gui/src/assessment/SawPlanEditor.h"
#include "pcs/curriculum/PackageLoader.h"
#include "pcs/domain/Clock.h"
#include "pcs/gui/AssessmentWorkspace.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/LearnerPinStore.h"
#include "pcs/storage/PeopleStore.h"
#include "pcs/storage/SawPlanStore.h"

#include <QTest>
#include <QtWidgets>

#include <catch2/catch.hpp>

#include <functional>

using namespace pcs;

namespace {

// A database with the bundled curriculum and a PCS for Staff cohort of three learners whose
// sessions ended in January 2026.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;
    CurriculumPackage package;
    Cohort cohort;
    std::vector<Person> learners;

    Fixture()
    {
        REQUIRE(storage::LearnerPinStore::setInstallationKey(QByteArray(32, 'k')));
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("assessment.sqlite")));
        REQUIRE(opened);
        database = std::move(*opened);
        auto loaded = curriculum::PackageLoader::load(
            QString::fromUtf8(test::kSourceDir) + QStringLiteral("/curricula/pcs"));
        REQUIRE(loaded);
        package = *loaded;
        const auto imported = storage::CurriculumStore(*database).import(package);
        REQUIRE(imported);
        const Program* staff = package.program(QStringLiteral("staff"));
        REQUIRE(staff);
        cohort.programId = staff->id;
        cohort.curriculumVersionId = imported->versionId;
        cohort.title = QStringLiteral("Timmins winter");
        cohort.startDate = QDate(2026, 1, 12);
        cohort.sessions = planSessions(*staff, cohort.startDate, QStringLiteral("Timmins"));
        const auto created = storage::CohortStore(*database).create(cohort);
        REQUIRE(created);
        cohort = *created;
        std::vector<Person> people;
        for (const char* name : {"Amélie Tremblay", "Kai Morningstar", "Noor Haddad"}) {
            Person p;
            p.firstName = QString::fromUtf8(name).section(u' ', 0, 0);
            p.lastName = QString::fromUtf8(name).section(u' ', 1);
            people.push_back(p);
        }
        const auto added = storage::PeopleStore(*database).add(people);
        REQUIRE(added);
        learners = *added; // Tremblay, Morningstar, Haddad
        QStringList ids;
        for (const Person& p : learners)
            ids << p.id;
        REQUIRE(storage::CohortStore(*database).addLearners(cohort.id, ids));
    }

    int rowOf(gui::AssessmentWorkspace& workspace, const QString& lastName) const
    {
        for (int row = 0; row < int(workspace.statuses().size()); ++row)
            if (workspace.statuses()[size_t(row)].person.lastName == lastName)
                return row;
        return -1;
    }
};

} // namespace

TEST_CASE("Staff open the self-assessment see who has submitted reopen one and close it again")
{
    Fixture f;
    gui::AssessmentWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.setActor(QStringLiteral("facilitator-jo"));
    workspace.show();
    REQUIRE(workspace.selectCohort(f.cohort.id));
    workspace.setPhase(AssessmentPhase::Pre);
    CHECK_FALSE(workspace.openWindow());
    CHECK(workspace.statuses().size() == 3);

    test::onNextDialog<QDialog>(&workspace, [](QDialog* dialog) {
        dialog->findChild<QCheckBox*>(QStringLiteral("uses-pins"))->setChecked(true);
        CHECK_FALSE(dialog->findChild<QCheckBox*>(QStringLiteral("collect-then"))->isVisibleTo(dialog));
        dialog->accept();
    });
    REQUIRE(workspace.askAndOpen());
    REQUIRE(workspace.openWindow());
    CHECK(workspace.openWindow()->usesPins);
    CHECK_FALSE(workspace.openWindow()->collectThen);
    CHECK(
        workspace.findChild<QLabel*>(QStringLiteral("window-state"))->text().contains(QStringLiteral("PIN")));

    // Noor answers one item and submits; the table says so.
    const auto items
        = f.package.assessment.itemsFor(f.cohort.programId, f.package.program(f.cohort.programId)->topics);
    REQUIRE_FALSE(items.empty());
    storage::AssessmentStore answers(*f.database);
    const Person& noor = f.learners[2];
    REQUIRE(answers.saveAnswer(f.cohort.id, noor.id, AssessmentPhase::Pre, {items[0].id, 2, 4, {}, {}}, 0));
    REQUIRE(answers.submit(f.cohort.id, noor.id, AssessmentPhase::Pre));
    workspace.reload();
    const int row = f.rowOf(workspace, QStringLiteral("Haddad"));
    REQUIRE(row >= 0);
    QTableWidget* table = workspace.learnersTable();
    CHECK(table->item(row, 1)->text() == QStringLiteral("Submitted"));
    CHECK(table->item(row, 2)->text() == QStringLiteral("1"));
    CHECK(table->item(f.rowOf(workspace, QStringLiteral("Tremblay")), 1)->text()
        == QStringLiteral("Not started"));
    CHECK(workspace.findChild<QLabel*>(QStringLiteral("assessment-status"))->text()
        == QStringLiteral("1 of 3 learners have submitted."));

    // Reopen: back in progress, and the audit log says who.
    table->selectRow(row);
    REQUIRE(workspace.reopenSelected());
    CHECK(workspace.statuses()[size_t(row)].state == SubmissionState::InProgress);
    const auto audit = storage::AuditLogStore(*f.database).latest(5);
    REQUIRE(audit);
    CHECK(std::any_of(audit->begin(), audit->end(), [](const AuditEntry& e) {
        return e.action == QStringLiteral("assessment.reopened")
            && e.actor == QStringLiteral("facilitator-jo");
    }));

    // Closed: the store refuses answers again.
    REQUIRE(workspace.closeForLearners());
    CHECK_FALSE(workspace.openWindow());
    CHECK_FALSE(
        answers.saveAnswer(f.cohort.id, noor.id, AssessmentPhase::Pre, {items[1].id, 3, 3, {}, {}}, 0));
}

TEST_CASE("A facilitator sets a learner's PIN typed twice and can remove it")
{
    Fixture f;
    gui::AssessmentWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.show();
    REQUIRE(workspace.selectCohort(f.cohort.id));
    const int row = f.rowOf(workspace, QStringLiteral("Morningstar"));
    workspace.learnersTable()->selectRow(row);

    int attempts = 0;
    std::function<void(QDialog*)> fill = [&](QDialog* dialog) {
        ++attempts;
        auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("pin"));
        auto* again = dialog->findChild<QLineEdit*>(QStringLiteral("pin-again"));
        CHECK(pin->maxLength() == 6); // the default length of a new PIN
        pin->setText(QStringLiteral("246813"));
        again->setText(attempts == 1 ? QStringLiteral("246814") : QStringLiteral("246813"));
        if (attempts == 1) {
            gui::MessageBox::setNextAnswer(QMessageBox::Ok); // "The two PINs are not the same."
            test::onNextDialog<QDialog>(dialog, fill); // the dialog comes back for another try
        }
        dialog->accept();
    };
    test::onNextDialog<QDialog>(&workspace, fill);
    REQUIRE(workspace.setPinForSelected());
    CHECK(attempts == 2);
    storage::LearnerPinStore pins(*f.database);
    CHECK(pins.checkPin(f.learners[1].id, QStringLiteral("246813")));
    CHECK(workspace.learnersTable()->item(row, 4)->text() == QStringLiteral("Set"));

    workspace.learnersTable()->selectRow(row);
    REQUIRE(workspace.removePinForSelected());
    CHECK_FALSE(*pins.hasPin(f.learners[1].id));
}

TEST_CASE("A learner's SAW plan is written from the template and a follow-up is recorded")
{
    Fixture f;
    gui::AssessmentWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.setActor(QStringLiteral("champion-sam"));
    workspace.show();
    REQUIRE(workspace.selectCohort(f.cohort.id));
    // The sessions ended in January 2026: every 30-day follow-up is overdue and listed.
    CHECK(workspace.dueTable()->rowCount() >= 3);
    CHECK(workspace.dueTable()->item(0, 0)->text().contains(QStringLiteral("overdue")));

    workspace.learnersTable()->selectRow(f.rowOf(workspace, QStringLiteral("Tremblay")));
    test::onNextDialog<gui::LearnerPlanDialog>(&workspace, [&](gui::LearnerPlanDialog* dialog) {
        gui::SawPlanEditor* plan = dialog->planEditor();
        plan->topicBox()->setCurrentIndex(2);
        qobject_cast<QPlainTextEdit*>(plan->fieldEditor(QStringLiteral("application")))
            ->setPlainText(
                QStringLiteral("Use the four-step problem solving at intake — « réunion » 🙂"));
        qobject_cast<QDateEdit*>(plan->fieldEditor(QStringLiteral("by-when")))->setDate(QDate(2026, 3, 31));
        CHECK(plan->saveCurrent());
        CHECK(plan->entries().size() == 1);

        test::onNextDialog<gui::FollowUpDialog>(dialog, [](gui::FollowUpDialog* form) {
            form->statusBox()->setCurrentIndex(form->statusBox()->findData(QStringLiteral("started")));
            form->reflectionEdit()->setPlainText(
                QStringLiteral("'); DROP TABLE follow_ups;-- tried it twice"));
            form->nextStepEdit()->setPlainText(QStringLiteral("Ask the team lead for a case review slot"));
            form->accept();
        });
        CHECK(dialog->recordFollowUp(0));
        CHECK(dialog->followUpsTable()->item(0, 2)->text() == QStringLiteral("Started"));
        dialog->reject();
    });
    REQUIRE(workspace.openPlanForSelected());

    const Person& amelie = f.learners[0];
    const auto plan = storage::SawPlanStore(*f.database).sawPlan(f.cohort.id, amelie.id);
    REQUIRE(plan);
    REQUIRE(plan->size() == 1);
    CHECK(plan->front().fields.value(QStringLiteral("application")).endsWith(QStringLiteral("🙂")));
    CHECK(plan->front().fields.value(QStringLiteral("by-when")) == QStringLiteral("2026-03-31"));
    const auto followUps = storage::SawPlanStore(*f.database).followUps(f.cohort.id, amelie.id);
    REQUIRE(followUps);
    CHECK(followUps->front().status == FollowUpStatus::Started);
    CHECK(followUps->front().reflection == QStringLiteral("'); DROP TABLE follow_ups;-- tried it twice"));
    CHECK(followUps->front().recordedBy == QStringLiteral("champion-sam"));
    // Recorded: no longer due.
    for (int row = 0; row < workspace.dueTable()->rowCount(); ++row)
        CHECK_FALSE((workspace.dueTable()->item(row, 1)->text() == QStringLiteral("Amélie Tremblay")
            && workspace.dueTable()->item(row, 2)->text() == QStringLiteral("30 days")));
}
