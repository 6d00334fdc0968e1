// The Reports workspace: the form, the preview of real PDFs written by the report writers, saving
// with an audit entry, cancelling a batch of certificates and printing, on the bundled curriculum.
#include "AccessibilityTestSupport.h"
#include "DialogTestSupport.h"
#include "PdfTestSupport.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include "../../modules/gui/src/reports/ReportPreview.h"
#include "../../modules/gui/src/reports/ReportPrinter.h"
#include "../../modules/gui/src/reports/ReportRequestPanel.h"
#include "pcs/curriculum/PackageLoader.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MainWindow.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/gui/ReportsWorkspace.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CertificateStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <QPdfDocument>
#include <QPdfView>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTest>
#include <QtWidgets>

#include <catch2/catch.hpp>

using namespace pcs;

namespace {

// A database with the bundled curriculum and a completed PCS for Staff cohort, "Timmins winter"
// (January 2026), of three learners who attended every session and submitted their pre and post
// self-assessments; Amélie Tremblay works for the Cochrane District Social Services Board.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;
    Cohort cohort;
    std::vector<Person> learners; // Tremblay, Morningstar, Haddad

    Fixture()
    {
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("reports.sqlite")));
        REQUIRE(opened);
        database = std::move(*opened);
        auto package = curriculum::PackageLoader::load(
            QString::fromUtf8(test::kSourceDir) + QStringLiteral("/curricula/pcs"));
        REQUIRE(package);
        const auto imported = storage::CurriculumStore(*database).import(*package);
        REQUIRE(imported);
        const Program* staff = package->program(QStringLiteral("staff"));
        REQUIRE(staff);
        cohort.programId = staff->id;
        cohort.curriculumVersionId = imported->versionId;
        cohort.title = QStringLiteral("Timmins winter");
        cohort.location = QStringLiteral("Timmins");
        cohort.startDate = QDate(2026, 1, 12);
        cohort.sessions = planSessions(*staff, cohort.startDate, QStringLiteral("Timmins"));
        storage::CohortStore cohorts(*database);
        const auto created = cohorts.create(cohort);
        REQUIRE(created);
        cohort = *created;

        storage::PeopleStore people(*database);
        const auto board = people.organization(QStringLiteral("Cochrane District Social Services Board"));
        REQUIRE(board);
        std::vector<Person> wanted;
        for (const char* name : {"Amélie Tremblay", "Kai Morningstar", "Noor Haddad"}) {
            Person p;
            p.firstName = QString::fromUtf8(name).section(u' ', 0, 0);
            p.lastName = QString::fromUtf8(name).section(u' ', 1);
            if (wanted.empty())
                p.organizationId = board->id;
            wanted.push_back(p);
        }
        const auto added = people.add(wanted);
        REQUIRE(added);
        learners = *added;
        QStringList ids;
        std::vector<AttendanceMark> marks;
        for (const Person& p : learners) {
            ids << p.id;
            for (const CohortSession& session : cohort.sessions)
                marks.push_back({session.id, p.id, AttendanceStatus::Present, 0});
        }
        REQUIRE(cohorts.addLearners(cohort.id, ids));
        REQUIRE(cohorts.setAttendance(marks));

        const auto items = package->assessment.itemsFor(staff->id, staff->topics);
        REQUIRE_FALSE(items.empty());
        for (AssessmentPhase phase : {AssessmentPhase::Pre, AssessmentPhase::Post}) {
            storage::AssessmentWindowStore windows(*database);
            const auto window = windows.openWindow(cohort.id, phase, false, false, QStringLiteral("test"));
            REQUIRE(window);
            std::vector<storage::LearnerAnswer> answers;
            for (size_t l = 0; l < learners.size(); ++l)
                for (const AssessmentItem& item : items) {
                    const int rating = phase == AssessmentPhase::Pre ? 2 : 3 + int(l % 2);
                    answers.push_back({learners[l].id, ItemAnswer{item.id, rating, 3, {}, {}}});
                }
            REQUIRE(storage::AssessmentStore(*database).saveAnswers(cohort.id, phase, answers, true));
            REQUIRE(windows.closeWindow(window->id, QStringLiteral("test")));
        }
        REQUIRE(cohorts.setStatus(cohort.id, CohortStatus::Completed));
    }
};

} // namespace

TEST_CASE("Generating a cohort report previews its pages with the cohort and its learners")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.resize(1100, 700);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    CHECK(workspace.state() == gui::ReportsWorkspace::State::Empty);
    gui::ReportRequestPanel* form = workspace.requestPanel();
    form->setKind(pcs::services::ReportKind::Cohort);
    REQUIRE(form->selectCohort(f.cohort.id));

    QTest::mouseClick(form->generateButton(), Qt::LeftButton);
    REQUIRE(workspace.state() == gui::ReportsWorkspace::State::Ready);
    auto* view = workspace.findChild<QPdfView*>(QStringLiteral("report-view"));
    REQUIRE(view);
    QPdfDocument* pdf = view->document();
    REQUIRE(pdf == workspace.document());
    REQUIRE(pdf->pageCount() > 0);
    CHECK(view->isVisible());
    CHECK(view->pageMode() == QPdfView::PageMode::MultiPage);
    const QString text = test::allText(*pdf);
    CHECK(text.contains(QStringLiteral("Timmins winter")));
    CHECK(text.contains(QStringLiteral("Noor Haddad")));
    CHECK(text.contains(QStringLiteral("Kai Morningstar")));

    gui::ReportPreview* preview = workspace.preview();
    CHECK(preview->pageText() == QStringLiteral("Page 1 of %1").arg(pdf->pageCount()));
    if (pdf->pageCount() > 1) {
        preview->goToPage(pdf->pageCount() - 1);
        CHECK(preview->currentPage() == pdf->pageCount() - 1);
        CHECK(preview->pageText() == QStringLiteral("Page %1 of %1").arg(pdf->pageCount()));
    }
    preview->zoomIn();
    CHECK(view->zoomMode() == QPdfView::ZoomMode::Custom);
    const double zoomed = view->zoomFactor();
    preview->zoomOut();
    CHECK(view->zoomFactor() < zoomed);
    preview->fitWidth();
    CHECK(view->zoomMode() == QPdfView::ZoomMode::FitToWidth);
}

TEST_CASE("A learner progress report holds the chosen learner and no other")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.show();
    gui::ReportRequestPanel* form = workspace.requestPanel();
    form->setKind(pcs::services::ReportKind::Learner);
    REQUIRE(form->selectCohort(f.cohort.id));
    CHECK(form->learnerBox()->count() == 3);
    REQUIRE(form->selectLearner(f.learners[1].id)); // Kai Morningstar
    REQUIRE(workspace.generatePreview());
    const QString text = test::allText(*workspace.document());
    CHECK(text.contains(QStringLiteral("Kai Morningstar")));
    CHECK_FALSE(text.contains(QStringLiteral("Noor Haddad")));
    CHECK_FALSE(text.contains(QStringLiteral("Tremblay")));

    // Another learner: a new preview with that learner instead.
    REQUIRE(form->selectLearner(f.learners[2].id));
    REQUIRE(workspace.generatePreview());
    const QString noor = test::allText(*workspace.document());
    CHECK(noor.contains(QStringLiteral("Noor Haddad")));
    CHECK_FALSE(noor.contains(QStringLiteral("Kai Morningstar")));
}

TEST_CASE("Saving the preview writes the PDF where the file dialog says and audits the export")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.setActor(QStringLiteral("trainer-sam"));
    workspace.show();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cohort.pdf"));
    gui::FileDialog::setNextSaveFileName(path);
    CHECK_FALSE(workspace.saveAs()); // nothing previewed yet: the dialog is not even asked
    gui::FileDialog::setNextSaveFileName(QString()); // drop the unused answer
    CHECK_FALSE(workspace.saveAs());

    workspace.requestPanel()->setKind(pcs::services::ReportKind::Cohort);
    REQUIRE(workspace.requestPanel()->selectCohort(f.cohort.id));
    REQUIRE(workspace.generatePreview());
    gui::FileDialog::setNextSaveFileName(QString()); // Cancel
    CHECK_FALSE(workspace.saveAs());
    CHECK_FALSE(QFileInfo::exists(path));

    gui::FileDialog::setNextSaveFileName(path);
    REQUIRE(workspace.saveAs());
    QPdfDocument saved;
    REQUIRE(saved.load(path) == QPdfDocument::Error::None);
    CHECK(saved.pageCount() == workspace.document()->pageCount());
    CHECK(test::allText(saved).contains(QStringLiteral("Timmins winter")));
    CHECK(test::fileChecksum(path) == test::fileChecksum(workspace.previewPath()));

    const auto audit = storage::AuditLogStore(*f.database).latest(5);
    REQUIRE(audit);
    CHECK(std::any_of(audit->begin(), audit->end(), [&](const AuditEntry& e) {
        return e.action == QStringLiteral("export.report-cohort") && e.actor == QStringLiteral("trainer-sam")
            && e.subject == f.cohort.id && e.details == QStringLiteral("cohort.pdf");
    }));
}

TEST_CASE("Saving over the open database's own files is refused with a message and writes nothing")
{
    Fixture f;
    gui::MainWindow window(*f.database); // the window protects the database it opens
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.show();
    workspace.requestPanel()->setKind(pcs::services::ReportKind::Cohort);
    REQUIRE(workspace.requestPanel()->selectCohort(f.cohort.id));
    REQUIRE(workspace.generatePreview());
    const QString database = f.database->path();
    const QString link = f.dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(QFile::link(database, link));
    const QByteArray before = test::fileChecksum(database);
    for (const QString& target : QStringList{database, database + QStringLiteral("-wal"), link}) {
        INFO(target.toStdString());
        gui::FileDialog::setNextSaveFileName(target);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK_FALSE(workspace.saveAs());
        CHECK(gui::MessageBox::lastText().contains(QStringLiteral("nothing was written")));
        CHECK(gui::MessageBox::lastText().contains(QDir::toNativeSeparators(target)));
        CHECK(test::fileChecksum(database) == before);
    }
    CHECK(QFileInfo(link).isSymLink());
    // Nor does "Print to file" write over it.
    test::onNextDialog<QPrintDialog>(&workspace, [&](QPrintDialog* dialog) {
        dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog->printer()->setOutputFileName(link);
        dialog->done(QDialog::Accepted);
    });
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(workspace.print());
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("nothing was written")));
    CHECK(test::fileChecksum(database) == before);
    // Any other file is saved as before.
    const QString fine = f.dir.filePath(QStringLiteral("cohort.pdf"));
    gui::FileDialog::setNextSaveFileName(fine);
    CHECK(workspace.saveAs());
    CHECK(QFileInfo(fine).size() > 0);
}

TEST_CASE("Printing to a PDF file from the print dialog writes every page and records it first")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.setActor(QStringLiteral("trainer-sam"));
    workspace.show();
    workspace.requestPanel()->setKind(pcs::services::ReportKind::Cohort);
    REQUIRE(workspace.requestPanel()->selectCohort(f.cohort.id));
    REQUIRE(workspace.generatePreview());

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("printed.pdf"));
    // Cancelling the print dialog prints nothing and records nothing.
    test::onNextDialog<QPrintDialog>(&workspace, [](QPrintDialog* dialog) { dialog->reject(); });
    CHECK_FALSE(workspace.print());
    // The dialog's printer is sent to a PDF file, as "Print to file" does.
    test::onNextDialog<QPrintDialog>(&workspace, [&](QPrintDialog* dialog) {
        dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog->printer()->setOutputFileName(path);
        dialog->done(QDialog::Accepted);
    });
    REQUIRE(workspace.print());
    QPdfDocument printed;
    REQUIRE(printed.load(path) == QPdfDocument::Error::None);
    CHECK(printed.pageCount() == workspace.document()->pageCount());

    const auto audit = storage::AuditLogStore(*f.database).latest(5);
    REQUIRE(audit);
    CHECK(std::count_if(audit->begin(), audit->end(), [&](const AuditEntry& e) {
        return e.action == QStringLiteral("export.report-cohort") && e.subject == f.cohort.id
            && e.details == QStringLiteral("printed.pdf");
    }) == 1);
}

TEST_CASE("Cancelling the certificates batch from its progress dialog leaves no file")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.show();
    gui::ReportRequestPanel* form = workspace.requestPanel();
    REQUIRE(form->selectCohort(f.cohort.id));
    form->setKind(pcs::services::ReportKind::Cohort);
    REQUIRE(workspace.generatePreview()); // a preview that the cancelled batch replaces
    const QString folder = QFileInfo(workspace.previewPath()).absolutePath();
    CHECK(test::folderEntries(folder).size() == 1);

    form->setKind(pcs::services::ReportKind::Certificates);
    form->setCertificatesInRange(false);
    workspace.setProgressDelay(0);
    bool pressed = false;
    QTimer cancel;
    cancel.setInterval(0);
    QObject::connect(&cancel, &QTimer::timeout, &workspace, [&] {
        auto* dialog = workspace.findChild<QProgressDialog*>(QStringLiteral("report-progress"));
        auto* button = dialog ? dialog->findChild<QPushButton*>() : nullptr;
        if (!button)
            return;
        button->click();
        pressed = true;
        cancel.stop();
    });
    cancel.start();
    CHECK_FALSE(workspace.generatePreview());
    cancel.stop();
    CHECK(pressed);
    CHECK(workspace.state() == gui::ReportsWorkspace::State::Cancelled);
    CHECK(workspace.preview()->message().contains(QStringLiteral("cancelled")));
    CHECK(workspace.previewPath().isEmpty());
    CHECK(workspace.document()->pageCount() == 0);
    CHECK(test::folderEntries(folder).isEmpty());
    CHECK_FALSE(workspace.findChild<QProgressDialog*>());
    gui::FileDialog::setNextSaveFileName(folder + QStringLiteral("/nothing.pdf"));
    CHECK_FALSE(workspace.saveAs());
    gui::FileDialog::setNextSaveFileName(QString());
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/nothing.pdf")));

    // Not cancelled: one landscape page per learner, each with a verification code.
    REQUIRE(workspace.generatePreview());
    QPdfDocument* pdf = workspace.document();
    REQUIRE(pdf->pageCount() == 3);
    CHECK(pdf->pagePointSize(0).width() > pdf->pagePointSize(0).height());
    const QString text = test::allText(*pdf);
    for (const char* name : {"Amélie Tremblay", "Kai Morningstar", "Noor Haddad"})
        CHECK(text.contains(QString::fromUtf8(name)));
}

TEST_CASE("An organization summary over a period previews the organizations of the cohorts ending in it")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.setActor(QStringLiteral("trainer-sam"));
    workspace.show();
    gui::ReportRequestPanel* form = workspace.requestPanel();
    form->setKind(pcs::services::ReportKind::OrganizationSummary);
    form->setPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(workspace.generatePreview());
    // The organization column wraps long names: compare with the line breaks as spaces.
    const QString text = test::allText(*workspace.document()).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Cochrane District Social Services Board")));

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("organizations.pdf"));
    gui::FileDialog::setNextSaveFileName(path);
    REQUIRE(workspace.saveAs());
    const auto audit = storage::AuditLogStore(*f.database).latest(3);
    REQUIRE(audit);
    CHECK(std::any_of(audit->begin(), audit->end(), [](const AuditEntry& e) {
        return e.action == QStringLiteral("export.report-organization")
            && e.subject == QStringLiteral("2026-01-01..2026-12-31")
            && e.details == QStringLiteral("organizations.pdf");
    }));

    // A period the cohort does not end in: no organization of it.
    form->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(workspace.generatePreview());
    CHECK_FALSE(test::allText(*workspace.document()).contains(QStringLiteral("Cochrane District")));

    // The certificates of the cohorts ending in a period: issued to the three learners.
    form->setKind(pcs::services::ReportKind::Certificates);
    form->setCertificatesInRange(true);
    form->setPeriod(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(workspace.generatePreview());
    CHECK(workspace.document()->pageCount() == 3);
    CHECK(test::allText(*workspace.document()).contains(QStringLiteral("Kai Morningstar")));
    form->setPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31));
    CHECK_FALSE(workspace.generatePreview());
    CHECK(workspace.state() == gui::ReportsWorkspace::State::Failed);
    CHECK(workspace.preview()->message().contains(QStringLiteral("eligible")));
}

TEST_CASE("Switching the report kind shows only the controls that apply")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("fr"));
    workspace.show();
    gui::ReportRequestPanel* form = workspace.requestPanel();
    const auto shown = [&](QWidget* w) { return w->isVisibleTo(&workspace); };
    auto* scope = form->findChild<QComboBox*>(QStringLiteral("certificate-scope"));
    auto* sheet = form->findChild<QComboBox*>(QStringLiteral("report-sheet"));
    REQUIRE(scope);
    REQUIRE(sheet);

    form->setKind(pcs::services::ReportKind::Cohort);
    CHECK(shown(form->cohortBox()));
    CHECK_FALSE(shown(form->learnerBox()));
    CHECK_FALSE(shown(form->sessionBox()));
    CHECK_FALSE(shown(form->fromEdit()));
    CHECK_FALSE(shown(scope));

    form->setKind(pcs::services::ReportKind::Learner);
    CHECK(shown(form->cohortBox()));
    CHECK(shown(form->learnerBox()));
    CHECK_FALSE(shown(form->fromEdit()));

    form->setKind(pcs::services::ReportKind::SignInSheet);
    CHECK(shown(form->sessionBox()));
    CHECK(shown(sheet));
    CHECK_FALSE(shown(form->learnerBox()));
    CHECK(form->sessionBox()->count() == int(f.cohort.sessions.size()));
    CHECK(sheet->currentData().toBool()); // attendance was taken: filled by default

    form->setKind(pcs::services::ReportKind::Certificates);
    form->setCertificatesInRange(false);
    CHECK(shown(scope));
    CHECK(shown(form->cohortBox()));
    CHECK_FALSE(shown(form->fromEdit()));
    form->setCertificatesInRange(true);
    CHECK_FALSE(shown(form->cohortBox()));
    CHECK(shown(form->fromEdit()));
    CHECK(shown(form->toEdit()));

    form->setKind(pcs::services::ReportKind::OrganizationSummary);
    CHECK_FALSE(shown(form->cohortBox()));
    CHECK_FALSE(shown(scope));
    CHECK(shown(form->fromEdit()));
    CHECK(shown(form->toEdit()));
    CHECK(form->fromEdit()->date() == QDate(QDate::currentDate().year(), 1, 1));
    CHECK(form->toEdit()->date() == QDate::currentDate());
    CHECK(form->request().language == QStringLiteral("fr"));

    // A period that ends before it starts is refused before anything is written.
    form->setPeriod(QDate(2026, 6, 1), QDate(2026, 1, 1));
    CHECK_FALSE(workspace.generatePreview());
    CHECK(workspace.state() == gui::ReportsWorkspace::State::Failed);
    CHECK(workspace.preview()->message().contains(QStringLiteral("ends before it starts")));

    // The cohort is found by typing part of its title.
    form->setKind(pcs::services::ReportKind::Cohort);
    CHECK(form->cohortBox()->completer()->filterMode() == Qt::MatchContains);
    form->cohortBox()->completer()->setCompletionPrefix(QStringLiteral("winter"));
    CHECK(form->cohortBox()->completer()->completionCount() == 1);
}

TEST_CASE("Printing paints every page of the preview onto the paper")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.show();
    CHECK_FALSE(workspace.print()); // nothing to print yet: no print dialog
    workspace.requestPanel()->setKind(pcs::services::ReportKind::Certificates);
    REQUIRE(workspace.requestPanel()->selectCohort(f.cohort.id));
    REQUIRE(workspace.generatePreview());
    QPdfDocument* pdf = workspace.document();

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("printed.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(150);
        gui::ReportPrinter::prepare(writer, *pdf);
        int steps = 0;
        const auto painted = gui::ReportPrinter::paint(*pdf, writer, [&](int done, int total) {
            ++steps;
            CHECK(total == pdf->pageCount());
            return done > 0;
        });
        REQUIRE(painted);
        CHECK(steps == pdf->pageCount());
    }
    QPdfDocument printed;
    REQUIRE(printed.load(path) == QPdfDocument::Error::None);
    REQUIRE(printed.pageCount() == pdf->pageCount());
    CHECK(printed.pagePointSize(0).width()
        > printed.pagePointSize(0).height()); // landscape, as the certificates
    // Something was drawn: the page is not blank.
    const QImage page = printed.render(0, QSize(396, 306));
    int dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 && qAlpha(page.pixel(x, y)) > 0;
    CHECK(dark > 200);

    // Cancelling stops after the page in hand.
    const QString cancelledPath = out.filePath(QStringLiteral("cancelled.pdf"));
    QPdfWriter writer(cancelledPath);
    const auto cancelled = gui::ReportPrinter::paint(*pdf, writer, [](int, int) { return false; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message == reports::ReportCommon::cancelledMessage());
}

TEST_CASE("Every focusable control of the reports workspace has an accessible name")
{
    Fixture f;
    gui::ReportsWorkspace workspace(*f.database, QStringLiteral("en"));
    workspace.show();
    const QList<QWidget*> focusable = test::focusableWidgets(&workspace);
    REQUIRE(focusable.size() >= 12);
    for (QWidget* widget : focusable) {
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().trimmed().isEmpty());
    }
    for (auto* button : workspace.findChildren<QToolButton*>()) {
        INFO(button->objectName().toStdString());
        CHECK_FALSE(button->toolTip().isEmpty());
    }
}

TEST_CASE("The main window's Reports page holds the reports workspace")
{
    Fixture f;
    gui::MainWindow window(*f.database);
    window.showWorkspace(gui::Workspace::Reports);
    auto* page = window.findChild<QWidget*>(QStringLiteral("reports-page"));
    REQUIRE(page);
    auto* workspace = page->findChild<gui::ReportsWorkspace*>();
    REQUIRE(workspace);
    CHECK(workspace->requestPanel()->cohortBox()->count() == 1);
}
