// Editing cohorts in the Cohorts workspace: new cohorts, details, sessions (agenda and notes), the
// roster and attendance, each edit undone and redone through the workspace's undo stack.
#include "CohortTestSupport.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "../../modules/gui/src/cohorts/AttendanceModel.h"
#include "../../modules/gui/src/cohorts/AttendancePanel.h"
#include "../../modules/gui/src/cohorts/CohortDetailPanel.h"
#include "../../modules/gui/src/cohorts/CohortDialog.h"
#include "../../modules/gui/src/cohorts/CohortEditor.h"
#include "../../modules/gui/src/cohorts/PeopleModel.h"
#include "../../modules/gui/src/cohorts/PeoplePanel.h"
#include "../../modules/gui/src/cohorts/PersonDialog.h"
#include "../../modules/gui/src/cohorts/PersonPickerDialog.h"
#include "../../modules/gui/src/cohorts/RosterImportDialog.h"
#include "../../modules/gui/src/cohorts/SessionDialog.h"
#include "pcs/gui/CohortsWorkspace.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/PeopleStore.h"

#include <QAbstractItemModelTester>
#include <QPdfDocument>
#include <QTest>
#include <QUndoStack>
#include <QtWidgets>

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <functional>

using namespace pcs;

namespace {

// Runs `fill` on the next modal dialog once it is shown (exec() blocks the caller meanwhile).

QStringList rosterNames(storage::Database& database, const QString& cohortId)
{
    QStringList names;
    for (const Person& person : *storage::CohortStore(database).roster(cohortId))
        names << person.displayName();
    return names;
}

std::vector<AttendanceMark> marksOf(storage::Database& database, const QString& cohortId)
{
    return *storage::CohortStore(database).attendance(cohortId);
}

} // namespace

TEST_CASE("Adding and removing learners can be undone and redone — removal brings their attendance back")
{
    test::CohortDatabase db;
    const Cohort cohort = test::createCohort(db, QStringLiteral("Sudbury spring"), QDate(2027, 3, 1),
        {QStringLiteral("Amélie Tremblay"), QStringLiteral("Kai Morningstar")});
    gui::CohortEditor editor(*db.database);
    const auto newcomer = storage::PeopleStore(*db.database)
                              .add(test::makePerson(QStringLiteral("Noor"), QStringLiteral("Haddad")));
    REQUIRE(newcomer);

    REQUIRE(editor.addLearner(cohort.id, *newcomer));
    CHECK(rosterNames(*db.database, cohort.id).contains(QStringLiteral("Noor Haddad")));
    CHECK(editor.undoStack()->undoText() == QStringLiteral("Add Noor Haddad to the roster"));
    editor.undoStack()->undo();
    CHECK_FALSE(rosterNames(*db.database, cohort.id).contains(QStringLiteral("Noor Haddad")));
    editor.undoStack()->redo();
    CHECK(rosterNames(*db.database, cohort.id).contains(QStringLiteral("Noor Haddad")));

    // The same person again is refused with a clear message, and nothing is put on the stack.
    QStringList errors;
    QObject::connect(&editor, &gui::CohortEditor::errorOccurred, [&](const QString& m) { errors << m; });
    const int depth = editor.undoStack()->count();
    CHECK_FALSE(editor.addLearner(cohort.id, *newcomer));
    CHECK(editor.undoStack()->count() == depth);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front() == QStringLiteral("Noor Haddad is already on the roster of this cohort."));

    // Removing someone with attendance, then undoing, restores both.
    const auto roster = *storage::CohortStore(*db.database).roster(cohort.id);
    const Person kai = *std::find_if(
        roster.begin(), roster.end(), [](const Person& p) { return p.firstName == QStringLiteral("Kai"); });
    const std::vector<AttendanceMark> marks = {{cohort.sessions[0].id, kai.id, AttendanceStatus::Late, 25},
        {cohort.sessions[1].id, kai.id, AttendanceStatus::Present, 0}};
    REQUIRE(storage::CohortStore(*db.database).setAttendance(marks));
    REQUIRE(editor.removeLearner(cohort.id, kai));
    CHECK_FALSE(rosterNames(*db.database, cohort.id).contains(QStringLiteral("Kai Morningstar")));
    CHECK(marksOf(*db.database, cohort.id).empty());
    editor.undoStack()->undo();
    CHECK(rosterNames(*db.database, cohort.id).contains(QStringLiteral("Kai Morningstar")));
    CHECK(marksOf(*db.database, cohort.id) == marks);
    editor.undoStack()->redo();
    CHECK(marksOf(*db.database, cohort.id).empty());
}

TEST_CASE("Attendance is marked from the keyboard in the grid and each change undoes as one")
{
    test::CohortDatabase db;
    const Cohort cohort = test::createCohort(db, QStringLiteral("Sudbury spring"), QDate(2027, 3, 1),
        {QStringLiteral("Amélie Tremblay"), QStringLiteral("Kai Morningstar"),
            QStringLiteral("Noor Haddad")});
    gui::CohortEditor editor(*db.database);
    gui::AttendancePanel panel(editor, QStringLiteral("en"));
    panel.resize(900, 500);
    panel.show();
    REQUIRE(panel.showCohort(cohort.id));
    gui::AttendanceModel* model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 3);
    REQUIRE(model->columnCount() == 1 + 2 + 2);
    // Rows are the roster by last name: Haddad, Morningstar, Tremblay.
    CHECK(model->learner(0)->lastName == QStringLiteral("Haddad"));

    QTableView* table = panel.table();
    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    table->setFocus(Qt::OtherFocusReason);
    const int s1 = gui::AttendanceModel::FirstSessionColumn;
    // Everyone in session 1: select the column's three cells and press P.
    table->selectionModel()->select(
        QItemSelection(model->index(0, s1), model->index(2, s1)), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_P);
    CHECK(marksOf(*db.database, cohort.id).size() == 3);
    CHECK(model->index(1, s1).data().toString() == QStringLiteral("Present"));

    // Morningstar was 40 minutes late to session 2.
    panel.minutesBox()->setValue(40);
    table->selectionModel()->select(model->index(1, s1 + 1), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_L);
    const auto late = model->mark(1, s1 + 1);
    REQUIRE(late);
    CHECK(late->status == AttendanceStatus::Late);
    CHECK(late->minutesMissed == 40);
    CHECK(model->index(1, s1 + 1).data(Qt::AccessibleTextRole).toString()
        == QStringLiteral("Kai Morningstar, session 2: Late, 40 min missed"));
    // 180 + 140 of the program's 360 contact minutes: 320 ≥ 80 % of 360 (288).
    CHECK(model->index(1, model->earnedColumn()).data().toString() == QStringLiteral("5 h 20 min"));
    CHECK(model->index(1, model->eligibleColumn()).data().toString() == QStringLiteral("Eligible"));
    CHECK(model->index(0, model->eligibleColumn()).data().toString() == QStringLiteral("Not yet"));

    editor.undoStack()->undo();
    CHECK_FALSE(model->mark(1, s1 + 1));
    CHECK(marksOf(*db.database, cohort.id).size() == 3);
    editor.undoStack()->undo();
    CHECK(marksOf(*db.database, cohort.id).empty());
    CHECK(model->index(0, s1).data().toString() == QStringLiteral("—"));
    editor.undoStack()->redo();
    editor.undoStack()->redo();
    CHECK(marksOf(*db.database, cohort.id).size() == 4);

    // Delete clears a mark; it is an edit of its own.
    table->selectionModel()->select(model->index(1, s1 + 1), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(marksOf(*db.database, cohort.id).size() == 3);
    CHECK(editor.undoStack()->undoText() == QStringLiteral("Mark Kai Morningstar as not recorded"));

    // "Everyone present" marks the whole current session.
    table->setCurrentIndex(model->index(0, s1 + 1));
    REQUIRE(panel.markEveryonePresent());
    CHECK(marksOf(*db.database, cohort.id).size() == 6);
    const QString summary = panel.findChild<QLabel*>(QStringLiteral("attendance-summary"))->text();
    CHECK(summary.startsWith(QStringLiteral("3 learners · 3 eligible")));
}

TEST_CASE("A session dialog's title names the workshop once and the date")
{
    Workshop workshop;
    workshop.id = QStringLiteral("users-2");
    workshop.title = {QStringLiteral("Session 2: Getting the most from my coach"),
        QStringLiteral("Séance 2 : Tirer le meilleur de mon coach")};
    CohortSession session;
    session.position = 2;
    session.date = QDate(2027, 3, 9);
    const QString date = QLocale().toString(session.date, QLocale::LongFormat);
    CHECK(gui::SessionDialog(session, workshop, QStringLiteral("en")).windowTitle()
        == QStringLiteral("Session 2: Getting the most from my coach — ") + date);
    CHECK(gui::SessionDialog(session, workshop, QStringLiteral("fr")).windowTitle()
        == QStringLiteral("Séance 2 : Tirer le meilleur de mon coach — ") + date);
    workshop.title = {};
    CHECK(gui::SessionDialog(session, workshop, QStringLiteral("en")).windowTitle()
        == QStringLiteral("Session 2 — ") + date);
}

TEST_CASE("A session's date, place, notes and agenda are edited in its dialog and undone as one edit")
{
    test::CohortDatabase db;
    const Cohort cohort = test::createCohort(
        db, QStringLiteral("Sudbury spring"), QDate(2027, 3, 1), {QStringLiteral("Amélie Tremblay")});
    gui::CohortEditor editor(*db.database);
    gui::CohortDetailPanel panel(editor, QStringLiteral("en"));
    panel.show();
    REQUIRE(panel.showCohort(cohort.id));
    QTableWidget* sessions = panel.sessionsTable();
    sessions->selectRow(1);

    test::onNextDialog<gui::SessionDialog>(&panel, [](gui::SessionDialog* dialog) {
        dialog->findChild<QDateEdit*>(QStringLiteral("session-date"))->setDate(QDate(2027, 3, 9));
        dialog->findChild<QLineEdit*>(QStringLiteral("session-place"))->setText(QStringLiteral("Salle 2"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("session-notes"))
            ->setPlainText(
                QStringLiteral("Projector bulb is weak — bring the spare.\nFollow up with Amélie."));
        QTableWidget* agenda = dialog->agendaTable();
        agenda->setCurrentCell(0, 0);
        dialog->addBlock(); // after the first block
        agenda->item(1, 0)->setText(QStringLiteral("Lunch"));
        agenda->item(1, 1)->setData(Qt::EditRole, 45);
        agenda->item(1, 2)->setCheckState(Qt::Checked);
        dialog->addBlock();
        agenda->item(2, 0)->setText(QStringLiteral("Local resources"));
        agenda->item(2, 1)->setData(Qt::EditRole, 30);
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("session-summary"))->text()
            == QStringLiteral("Ends at %1 · 3 h 30 min of contact time (breaks excluded)")
                   .arg(QLocale().toString(QTime(13, 15), QLocale::ShortFormat)));
        dialog->accept();
    });
    REQUIRE(panel.editSession());

    const auto edited = storage::CohortStore(*db.database).byId(cohort.id);
    const CohortSession& session = (*edited)->sessions[1];
    CHECK(session.date == QDate(2027, 3, 9));
    CHECK(session.place == QStringLiteral("Salle 2"));
    CHECK(session.notes.startsWith(QStringLiteral("Projector bulb")));
    REQUIRE(session.agenda.size() == 3);
    CHECK(session.agenda[1].isBreak);
    CHECK(session.contactMinutes == 210);
    CHECK(session.end == QTime(13, 15));
    CHECK(sessions->item(1, 4)->text() == QStringLiteral("Projector bulb is weak — bring the spare."));
    CHECK(editor.undoStack()->undoText() == QStringLiteral("Edit session 2"));

    editor.undoStack()->undo();
    CHECK((*storage::CohortStore(*db.database).byId(cohort.id))->sessions[1] == cohort.sessions[1]);
    CHECK(sessions->item(1, 4)->text().isEmpty());
    editor.undoStack()->redo();
    CHECK((*storage::CohortStore(*db.database).byId(cohort.id))->sessions[1] == session);

    // Back to the workshop's agenda: the session's own blocks are dropped.
    test::onNextDialog<gui::SessionDialog>(&panel, [](gui::SessionDialog* dialog) {
        dialog->resetAgenda();
        dialog->accept();
    });
    REQUIRE(panel.editSession(1));
    const CohortSession reset = (*storage::CohortStore(*db.database).byId(cohort.id))->sessions[1];
    CHECK(reset.agenda.empty());
    CHECK(reset.contactMinutes == 180);
    CHECK(reset.notes == session.notes);
}

TEST_CASE("A new cohort is created from a program with its sessions, then its details are edited and undone")
{
    test::CohortDatabase db;
    const auto facilitator
        = storage::PeopleStore(*db.database)
              .add(test::makePerson(QStringLiteral("Marie-Claude"), QStringLiteral("Gagnon")));
    REQUIRE(facilitator);
    gui::CohortsWorkspace workspace(*db.database, QStringLiteral("en"));
    workspace.resize(1200, 800);
    workspace.show();

    test::onNextDialog<gui::CohortDialog>(&workspace, [&](gui::CohortDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("cohort-location"))->setText(QStringLiteral("Timmins"));
        dialog->findChild<QDateEdit*>(QStringLiteral("cohort-start"))->setDate(QDate(2027, 4, 2)); // a Friday
        dialog->findChild<QSpinBox*>(QStringLiteral("cohort-completion"))->setValue(75);
        dialog->addFacilitators({*facilitator});
        const QString hint = dialog->findChild<QLabel*>(QStringLiteral("cohort-hint"))->text();
        CHECK(hint.startsWith(QStringLiteral("2 sessions will be planned")));
        dialog->accept();
    });
    const QString id = workspace.createCohort();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(workspace.selectedCohortId() == id);
    const Cohort created = **storage::CohortStore(*db.database).byId(id);
    CHECK(created.location == QStringLiteral("Timmins"));
    CHECK(created.completionPercent == 75);
    CHECK(created.facilitatorIds == QStringList{facilitator->id});
    REQUIRE(created.sessions.size() == 2);
    CHECK(created.sessions[0].date == QDate(2027, 4, 2));
    CHECK(created.sessions[1].date == QDate(2027, 4, 5)); // the weekend skipped
    CHECK(created.sessions[1].place == QStringLiteral("Timmins"));
    CHECK(created.title.contains(QStringLiteral("Timmins")));

    test::onNextDialog<gui::CohortDialog>(&workspace, [](gui::CohortDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("cohort-title"))
            ->setText(QStringLiteral("Timmins — spring"));
        auto* status = dialog->findChild<QComboBox*>(QStringLiteral("cohort-status-choice"));
        status->setCurrentIndex(status->findData(QStringLiteral("running")));
        dialog->accept();
    });
    REQUIRE(workspace.detailPanel()->editDetails());
    CHECK((*storage::CohortStore(*db.database).byId(id))->status == CohortStatus::Running);
    CHECK(workspace.findChild<QLabel*>(QStringLiteral("cohort-heading"))->text()
        == QStringLiteral("Timmins — spring (Timmins)"));
    // The list shows the new title at once.
    const QModelIndex listed
        = workspace.findChild<QTableView*>(QStringLiteral("cohort-list"))->currentIndex();
    CHECK(listed.siblingAtColumn(0).data().toString() == QStringLiteral("Timmins — spring"));

    workspace.undoAction()->trigger();
    CHECK((*storage::CohortStore(*db.database).byId(id))->title == created.title);
    CHECK((*storage::CohortStore(*db.database).byId(id))->status == CohortStatus::Planned);
    CHECK(workspace.redoAction()->isEnabled());
    CHECK(workspace.redoAction()->toolTip() == QStringLiteral("Redo: Edit cohort “Timmins — spring”"));
    CHECK_FALSE(workspace.undoAction()->isEnabled());
}

TEST_CASE("Undoing an edit to a cohort that is not shown selects it first")
{
    test::CohortDatabase db;
    const Cohort first
        = test::createCohort(db, QStringLiteral("First"), QDate(2027, 3, 1), {QStringLiteral("Ana Silva")});
    const Cohort second
        = test::createCohort(db, QStringLiteral("Second"), QDate(2027, 5, 3), {QStringLiteral("Ben Okafor")});
    gui::CohortsWorkspace workspace(*db.database, QStringLiteral("en"));
    workspace.show();
    REQUIRE(workspace.selectCohort(first.id));
    const Person ana = (*storage::CohortStore(*db.database).roster(first.id))[0];
    REQUIRE(workspace.editor()->removeLearner(first.id, ana));
    REQUIRE(workspace.selectCohort(second.id));
    workspace.undoAction()->trigger();
    CHECK(workspace.selectedCohortId() == first.id);
    CHECK(workspace.detailPanel()->roster().size() == 1);
}

TEST_CASE("Learners are picked from everyone or created on the spot, and a removal asks first")
{
    test::CohortDatabase db;
    const Cohort cohort = test::createCohort(db, QStringLiteral("Sudbury spring"), QDate(2027, 3, 1), {});
    REQUIRE(storage::PeopleStore(*db.database)
                .add({test::makePerson(QStringLiteral("Élodie"), QStringLiteral("Bélanger")),
                    test::makePerson(QStringLiteral("Samir"), QStringLiteral("Nadeau"))}));
    gui::CohortEditor editor(*db.database);
    gui::CohortDetailPanel panel(editor, QStringLiteral("en"));
    panel.show();
    REQUIRE(panel.showCohort(cohort.id));

    test::onNextDialog<gui::PersonPickerDialog>(&panel, [](gui::PersonPickerDialog* picker) {
        picker->people()->searchEdit()->setText(QStringLiteral("elodie"));
        picker->people()->applySearch();
        QTableView* table = picker->people()->table();
        CHECK(table->model()->rowCount() == 1);
        table->selectRow(0);
        picker->accept();
    });
    REQUIRE(panel.addLearners());
    CHECK(rosterNames(*db.database, cohort.id) == QStringList{QStringLiteral("Élodie Bélanger")});

    test::onNextDialog<gui::PersonPickerDialog>(&panel, [&](gui::PersonPickerDialog* picker) {
        test::onNextDialog<gui::PersonDialog>(picker, [](gui::PersonDialog* form) {
            form->firstNameEdit()->setText(QStringLiteral("Zoë"));
            form->lastNameEdit()->setText(QStringLiteral("O'Brien"));
            form->organizationBox()->setEditText(QStringLiteral("Ontario Works Sudbury"));
            form->accept();
        });
        picker->createPerson();
    });
    REQUIRE(panel.addLearners());
    CHECK(rosterNames(*db.database, cohort.id).contains(QStringLiteral("Zoë O'Brien")));
    const auto organizations = *storage::PeopleStore(*db.database).organizations();
    REQUIRE(organizations.size() == 1);
    CHECK(organizations[0].name == QStringLiteral("Ontario Works Sudbury"));

    QListWidget* roster = panel.rosterList();
    roster->setCurrentRow(0);
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(panel.removeSelectedLearner());
    CHECK(rosterNames(*db.database, cohort.id).size() == 2);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(panel.removeSelectedLearner());
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("You can undo this.")));
    CHECK(rosterNames(*db.database, cohort.id).size() == 1);
}

TEST_CASE("The sign-in sheet of the current session is saved as a PDF, blank or filled")
{
    test::CohortDatabase db;
    const Cohort cohort = test::createCohort(db, QStringLiteral("Sudbury spring"), QDate(2027, 3, 1),
        {QStringLiteral("Amélie Tremblay"), QStringLiteral("Kai Morningstar")});
    const auto roster = *storage::CohortStore(*db.database).roster(cohort.id);
    REQUIRE(storage::CohortStore(*db.database)
                .setAttendance({{cohort.sessions[1].id, roster[0].id, AttendanceStatus::Absent, 0}}));
    gui::CohortEditor editor(*db.database);
    gui::AttendancePanel panel(editor, QStringLiteral("en"));
    panel.show();
    REQUIRE(panel.showCohort(cohort.id));
    panel.table()->setCurrentIndex(panel.model()->index(0, gui::AttendanceModel::FirstSessionColumn + 1));

    QTemporaryDir out;
    const QString blank = out.filePath(QStringLiteral("blank.pdf"));
    const QString filled = out.filePath(QStringLiteral("filled.pdf"));
    gui::FileDialog::setNextSaveFileName(blank);
    REQUIRE(panel.saveSignInSheet(false));
    gui::FileDialog::setNextSaveFileName(filled);
    REQUIRE(panel.saveSignInSheet(true));

    for (const QString& path : {blank, filled}) {
        QPdfDocument pdf;
        REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        CHECK(text.contains(QStringLiteral("Sudbury spring")));
        CHECK(text.contains(QStringLiteral("Session 2 of 2")));
        CHECK(text.contains(QStringLiteral("Kai Morningstar")));
        CHECK(text.contains(QStringLiteral("Absent")) == (path == filled));
    }
    // Cancelling the file dialog writes nothing.
    gui::FileDialog::setNextSaveFileName(QString());
    CHECK_FALSE(panel.saveSignInSheet(false));
}

TEST_CASE("A person's details are edited from the People tab and saved")
{
    test::CohortDatabase db;
    storage::PeopleStore people(*db.database);
    const auto organization = people.organization(QStringLiteral("ODSP Thunder Bay"));
    REQUIRE(organization);
    Person person = test::makePerson(QStringLiteral("Samir"), QStringLiteral("Nadeau"));
    person.organizationId = organization->id;
    const auto saved = people.add(person);
    REQUIRE(saved);
    gui::PeoplePanel panel(*db.database);
    panel.enableEditing();
    panel.show();
    REQUIRE(panel.model()->rowCount() == 1);
    panel.table()->selectRow(0);
    auto* edit = panel.findChild<QPushButton*>(QStringLiteral("edit-person"));
    REQUIRE(edit);
    CHECK(edit->isEnabled());

    test::onNextDialog<gui::PersonDialog>(&panel, [](gui::PersonDialog* form) {
        CHECK(form->firstNameEdit()->text() == QStringLiteral("Samir"));
        CHECK(form->organizationBox()->currentText() == QStringLiteral("ODSP Thunder Bay"));
        form->emailEdit()->setText(QStringLiteral("samir.nadeau@example.ca"));
        form->organizationBox()->setEditText(QString());
        auto* language = form->findChild<QComboBox*>(QStringLiteral("preferred-language"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        form->accept();
    });
    REQUIRE(panel.editSelectedPerson());
    const auto read = people.byId(saved->id);
    REQUIRE(read);
    REQUIRE(read->has_value());
    CHECK((*read)->email == QStringLiteral("samir.nadeau@example.ca"));
    CHECK((*read)->organizationId.isEmpty());
    CHECK((*read)->preferredLanguage == QStringLiteral("fr"));
    CHECK(panel.model()->index(0, 1).data().toString() == QStringLiteral("samir.nadeau@example.ca"));

    // An empty name is refused and nothing changes.
    test::onNextDialog<gui::PersonDialog>(&panel, [](gui::PersonDialog* form) {
        form->firstNameEdit()->clear();
        form->lastNameEdit()->clear();
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        form->accept();
        CHECK(form->isVisible());
        form->reject();
    });
    CHECK_FALSE(panel.editSelectedPerson());
    CHECK(gui::MessageBox::lastText() == QStringLiteral("Enter a first or a last name."));
    CHECK((*people.byId(saved->id))->lastName == QStringLiteral("Nadeau"));
}

TEST_CASE("A roster file is previewed with its problems and imported all or none then undone")
{
    test::CohortDatabase db;
    const Cohort cohort = test::createCohort(
        db, QStringLiteral("Sudbury spring"), QDate(2027, 3, 1), {QStringLiteral("Amélie Tremblay")});
    gui::CohortEditor editor(*db.database);
    gui::CohortDetailPanel panel(editor, QStringLiteral("en"));
    panel.show();
    REQUIRE(panel.showCohort(cohort.id));
    QTemporaryDir files;

    // A file with one bad line: the preview lists it and offers no import.
    const QString broken = files.filePath(QStringLiteral("broken.csv"));
    test::writeFile(broken,
        QStringLiteral("Prénom;Nom;Courriel\nNoor;Haddad;noor@example.ca\n;;\"unclosed\nZoë;O'Brien;\n")
            .toUtf8());
    gui::FileDialog::setNextOpenFileName(broken);
    QStringList problems;
    bool offered = true;
    test::onNextDialog<gui::RosterImportDialog>(&panel, [&](gui::RosterImportDialog* preview) {
        for (int row = 0; row < preview->problemsTable()->rowCount(); ++row)
            problems << preview->problemsTable()->item(row, 0)->text() + u':'
                    + preview->problemsTable()->item(row, 1)->text();
        offered = preview->canImport();
        preview->reject();
    });
    CHECK_FALSE(panel.importRoster());
    CHECK_FALSE(offered);
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.front().startsWith(QStringLiteral("3:")));
    CHECK(rosterNames(*db.database, cohort.id) == QStringList{QStringLiteral("Amélie Tremblay")});

    // A pipe (or a device, or a huge file) is refused with a message before anything is read.
    const QString pipe = files.filePath(QStringLiteral("roster-pipe.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    gui::FileDialog::setNextOpenFileName(pipe);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(panel.importRoster());
    CHECK(gui::MessageBox::lastText().contains(QDir::toNativeSeparators(pipe)));
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("not a regular file")));

    // A good file: the preview says what will happen, the import adds, undo takes them off again.
    const QString good = files.filePath(QStringLiteral("good.csv"));
    test::writeFile(good,
        QStringLiteral(
            "first_name,last_name,email,organization\nAmélie,Tremblay,,\nNoor,Haddad,noor@example.ca,"
            "ODSP Sudbury\n\"Zoë\",\"O'Brien, Jr.\",,ODSP Sudbury\n")
            .toUtf8());
    gui::FileDialog::setNextOpenFileName(good);
    QString summary;
    test::onNextDialog<gui::RosterImportDialog>(&panel, [&](gui::RosterImportDialog* preview) {
        summary = preview->summary();
        CHECK(preview->rowsTable()->rowCount() == 3);
        CHECK(preview->canImport());
        preview->accept();
    });
    REQUIRE(panel.importRoster());
    CHECK(summary
        == QStringLiteral(
            "2 learners will be added to the roster (2 of them new to PCS Studio); 1 are on it already."));
    CHECK(rosterNames(*db.database, cohort.id).size() == 3);
    CHECK(panel.rosterList()->count() == 3);
    CHECK(editor.undoStack()->undoText() == QStringLiteral("Import 2 learners"));
    editor.undoStack()->undo();
    CHECK(rosterNames(*db.database, cohort.id) == QStringList{QStringLiteral("Amélie Tremblay")});
    editor.undoStack()->redo();
    CHECK(rosterNames(*db.database, cohort.id).size() == 3);

    // Exported and imported again: nothing changes.
    const QString exported = files.filePath(QStringLiteral("exported.csv"));
    gui::FileDialog::setNextSaveFileName(exported);
    REQUIRE(panel.exportRoster());
    CHECK(QString::fromUtf8(test::readFile(exported)).contains(QStringLiteral("\"O'Brien, Jr.\"")));
    const auto exportAudit = storage::AuditLogStore(*db.database).latest(1);
    REQUIRE(exportAudit);
    CHECK(exportAudit->front().action == QStringLiteral("export.roster"));
    CHECK(exportAudit->front().subject == cohort.id);
    CHECK(exportAudit->front().details == QStringLiteral("exported.csv"));
    gui::FileDialog::setNextOpenFileName(exported);
    test::onNextDialog<gui::RosterImportDialog>(&panel, [&](gui::RosterImportDialog* preview) {
        summary = preview->summary();
        offered = preview->canImport();
        preview->reject();
    });
    panel.importRoster();
    CHECK_FALSE(offered);
    CHECK(summary.startsWith(QStringLiteral("0 learners will be added")));

    // The schedule goes out as iCalendar with a UID per session.
    const QString ics = files.filePath(QStringLiteral("schedule.ics"));
    gui::FileDialog::setNextSaveFileName(ics);
    REQUIRE(panel.exportSchedule());
    const QString calendar = QString::fromUtf8(test::readFile(ics));
    CHECK(calendar.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    CHECK(calendar.count(QStringLiteral("BEGIN:VEVENT")) == 2);
    CHECK(calendar.contains(cohort.sessions[0].id + QStringLiteral("@pcs-studio")));
}
