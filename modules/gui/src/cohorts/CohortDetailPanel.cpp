#include "CohortDetailPanel.h"

#include "CohortDialog.h"
#include "CohortEditor.h"
#include "CohortListModel.h"
#include "PersonPickerDialog.h"
#include "RosterImportDialog.h"
#include "RunSheetWindow.h"
#include "SessionDialog.h"
#include "pcs/domain/Clock.h"
#include "pcs/exchange/RosterCsv.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/services/CohortFiles.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/PeopleStore.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pcs::gui {

namespace {

enum SessionColumn { NumberColumn, DateColumn, TimeColumn, PlaceColumn, NotesColumn, SessionColumnCount };

QPushButton* addButton(QWidget* parent, QHBoxLayout* row, const QString& text, const QString& name)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
    row->addWidget(button);
    return button;
}

} // namespace

CohortDetailPanel::CohortDetailPanel(CohortEditor& editor, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_language(language)
{
    setObjectName(QStringLiteral("cohort-detail"));
    auto* layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("cohort-heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    auto* detailsRow = new QHBoxLayout;
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("cohort-summary"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    detailsRow->addWidget(m_details, 1);
    m_editDetails = addButton(this, detailsRow, tr("Edit c&ohort details…"), QStringLiteral("edit-cohort"));
    layout->addLayout(detailsRow);

    auto* sessionsLabel = new QLabel(tr("&Sessions:"), this);
    m_sessions = new QTableWidget(0, SessionColumnCount, this);
    m_sessions->setObjectName(QStringLiteral("cohort-sessions"));
    m_sessions->setAccessibleName(tr("Sessions of the cohort"));
    m_sessions->setAccessibleDescription(tr(
        "Date, start and end time, place and facilitator notes of each session. Enter edits the session."));
    m_sessions->setHorizontalHeaderLabels({tr("#"), tr("Date"), tr("Time"), tr("Place"), tr("Notes")});
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->setTabKeyNavigation(false);
    m_sessions->setWordWrap(false);
    m_sessions->verticalHeader()->setVisible(false);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    sessionsLabel->setBuddy(m_sessions);
    layout->addWidget(sessionsLabel);
    layout->addWidget(m_sessions, 2);
    auto* sessionButtons = new QHBoxLayout;
    m_editSession = addButton(this, sessionButtons, tr("&Edit session…"), QStringLiteral("edit-session"));
    m_runSheet = addButton(this, sessionButtons, tr("Open the r&un-sheet"), QStringLiteral("open-run-sheet"));
    m_runSheet->setAccessibleName(tr("Open the run-sheet of the selected session"));
    m_exportSchedule
        = addButton(this, sessionButtons, tr("E&xport schedule (.ics)…"), QStringLiteral("export-schedule"));
    sessionButtons->addStretch();
    layout->addLayout(sessionButtons);

    auto* rosterLabel = new QLabel(tr("&Roster:"), this);
    m_rosterList = new QListWidget(this);
    m_rosterList->setObjectName(QStringLiteral("cohort-roster"));
    m_rosterList->setAccessibleName(tr("Roster of the cohort"));
    m_rosterList->setAccessibleDescription(tr("The learners of the cohort, by name"));
    rosterLabel->setBuddy(m_rosterList);
    layout->addWidget(rosterLabel);
    layout->addWidget(m_rosterList, 1);
    auto* rosterButtons = new QHBoxLayout;
    m_addLearners = addButton(this, rosterButtons, tr("&Add learners…"), QStringLiteral("add-learners"));
    m_removeLearner
        = addButton(this, rosterButtons, tr("Remo&ve from roster"), QStringLiteral("remove-learner"));
    m_importRoster = addButton(this, rosterButtons, tr("&Import CSV…"), QStringLiteral("import-roster"));
    m_importRoster->setAccessibleName(tr("Import learners from a CSV file"));
    m_exportRoster = addButton(this, rosterButtons, tr("Ex&port CSV…"), QStringLiteral("export-roster"));
    m_exportRoster->setAccessibleName(tr("Export the roster as a CSV file"));
    rosterButtons->addStretch();
    layout->addLayout(rosterButtons);

    connect(m_editDetails, &QPushButton::clicked, this, &CohortDetailPanel::editDetails);
    connect(m_editSession, &QPushButton::clicked, this, [this] { editSession(); });
    connect(m_sessions, &QTableWidget::cellActivated, this, [this](int row) { editSession(row); });
    connect(m_runSheet, &QPushButton::clicked, this, [this] { openRunSheet(); });
    connect(m_addLearners, &QPushButton::clicked, this, &CohortDetailPanel::addLearners);
    connect(m_importRoster, &QPushButton::clicked, this, &CohortDetailPanel::importRoster);
    connect(m_exportRoster, &QPushButton::clicked, this, &CohortDetailPanel::exportRoster);
    connect(m_exportSchedule, &QPushButton::clicked, this, &CohortDetailPanel::exportSchedule);
    connect(m_removeLearner, &QPushButton::clicked, this, &CohortDetailPanel::removeSelectedLearner);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &CohortDetailPanel::updateButtons);
    connect(m_rosterList, &QListWidget::itemSelectionChanged, this, &CohortDetailPanel::updateButtons);
    connect(&m_editor, &CohortEditor::cohortChanged, this, [this](const QString& id) {
        if (id == m_cohortId)
            showCohort(id);
    });

    clear();
}

void CohortDetailPanel::clear()
{
    m_cohortId.clear();
    m_cohort.reset();
    m_package.reset();
    m_roster.clear();
    m_heading->setText(tr("Select a cohort to see its sessions and roster."));
    m_details->clear();
    m_sessions->setRowCount(0);
    m_rosterList->clear();
    updateButtons();
}

void CohortDetailPanel::updateButtons()
{
    const bool shown = m_cohort.has_value();
    const bool session = shown && m_sessions->currentRow() >= 0 && !m_sessions->selectedItems().isEmpty();
    m_editDetails->setEnabled(shown);
    m_editSession->setEnabled(session);
    m_runSheet->setEnabled(session);
    m_addLearners->setEnabled(shown);
    m_importRoster->setEnabled(shown);
    m_exportRoster->setEnabled(shown);
    m_exportSchedule->setEnabled(shown);
    m_removeLearner->setEnabled(shown && m_rosterList->currentItem()
        && !m_rosterList->currentItem()->data(Qt::UserRole).toString().isEmpty()
        && m_rosterList->currentItem()->isSelected());
}

const Workshop* CohortDetailPanel::workshopOf(const CohortSession& session) const
{
    const Program* program = m_package && m_cohort ? m_package->program(m_cohort->programId) : nullptr;
    if (program)
        for (const Workshop& candidate : program->workshops)
            if (candidate.id == session.workshopId)
                return &candidate;
    return nullptr;
}

RunSheetWindow* CohortDetailPanel::openRunSheet(int row)
{
    if (row < 0)
        row = m_sessions->currentRow();
    if (!m_cohort || row < 0 || row >= int(m_cohort->sessions.size()))
        return nullptr;
    const CohortSession& session = m_cohort->sessions.at(size_t(row));
    const Workshop* workshop = workshopOf(session);
    if (!workshop) {
        Q_EMIT errorOccurred(tr("The workshop of this session is not in the cohort's curriculum."));
        return nullptr;
    }
    auto* window = new RunSheetWindow(sessionWorkshop(session, *workshop), session.start, *m_package,
        m_language, SystemClock::instance(), this);
    window->showMaximized();
    return window;
}

bool CohortDetailPanel::editDetails()
{
    if (!m_cohort)
        return false;
    const Program* program = m_package ? m_package->program(m_cohort->programId) : nullptr;
    CohortDialog dialog(m_editor.database(), *m_cohort, program, m_language, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_editor.editDetails(*m_cohort, dialog.cohort());
}

bool CohortDetailPanel::editSession(int row)
{
    if (row < 0)
        row = m_sessions->currentRow();
    if (!m_cohort || row < 0 || row >= int(m_cohort->sessions.size()))
        return false;
    const CohortSession before = m_cohort->sessions.at(size_t(row));
    const Workshop* workshop = workshopOf(before);
    if (!workshop) {
        Q_EMIT errorOccurred(tr("The workshop of this session is not in the cohort's curriculum."));
        return false;
    }
    SessionDialog dialog(before, *workshop, m_language, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString cohortId = m_cohortId;
    const bool edited = m_editor.editSession(cohortId, before, dialog.session());
    m_sessions->selectRow(row);
    return edited;
}

bool CohortDetailPanel::addLearners()
{
    if (!m_cohort)
        return false;
    PersonPickerDialog picker(m_editor.database(), tr("Add Learners to “%1”").arg(m_cohort->title), this);
    if (picker.exec() != QDialog::Accepted)
        return false;
    const QString cohortId = m_cohortId;
    bool added = false;
    for (const Person& person : picker.picked())
        added = m_editor.addLearner(cohortId, person) || added;
    return added;
}

bool CohortDetailPanel::removeSelectedLearner()
{
    QListWidgetItem* item = m_rosterList->currentItem();
    const QString personId = item ? item->data(Qt::UserRole).toString() : QString();
    const auto person
        = std::find_if(m_roster.begin(), m_roster.end(), [&](const Person& p) { return p.id == personId; });
    if (!m_cohort || person == m_roster.end())
        return false;
    const auto answer = MessageBox::question(this, tr("Remove from roster"),
        tr("Remove %1 from “%2”? Their attendance in this cohort goes with them. You can undo this.")
            .arg(person->displayName(), m_cohort->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const Person removed = *person;
    return m_editor.removeLearner(m_cohortId, removed);
}

bool CohortDetailPanel::importRoster()
{
    if (!m_cohort)
        return false;
    const QString path = FileDialog::getOpenFileName(this, tr("Import a roster"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Spreadsheet CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    // Read as a stream within the roster limits, as `roster import` reads it: a huge file, a device
    // or a pipe is refused with a message, never read whole.
    const auto read = services::CohortFiles::readRoster(path);
    if (!read) {
        MessageBox::critical(this, tr("Import a roster"), read.error().message);
        return false;
    }
    const exchange::RosterParse& parsed = *read;
    RosterImportDialog preview(m_editor.database(), m_cohortId, path, parsed, this);
    if (preview.exec() != QDialog::Accepted)
        return false;
    QStringList organizations;
    const std::vector<Person> people = services::CohortFiles::people(parsed.rows, organizations);
    return m_editor.importRoster(m_cohortId, people, organizations);
}

bool CohortDetailPanel::exportRoster()
{
    if (!m_cohort)
        return false;
    const QString path = FileDialog::getSaveFileName(this, tr("Export the roster"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("roster") + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    // Recorded in the audit log before the file is written: nothing leaves without its record.
    if (const auto audited = services::CohortFiles::recordExport(
            m_editor.database(), StaffSession::currentActor(), QStringLiteral("roster"), m_cohortId, path);
        !audited) {
        MessageBox::critical(this, tr("Export the roster"), audited.error().message);
        return false;
    }
    const auto csv = services::CohortFiles::rosterCsv(m_editor.database(), m_cohortId);
    const auto saved
        = csv ? services::CohortFiles::save(path, *csv) : Result<void>(std::unexpected(csv.error()));
    if (!saved) {
        MessageBox::critical(this, tr("Export the roster"), saved.error().message);
        return false;
    }
    return true;
}

bool CohortDetailPanel::exportSchedule()
{
    if (!m_cohort)
        return false;
    const QString path = FileDialog::getSaveFileName(this, tr("Export the schedule"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("schedule") + QStringLiteral(".ics")),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return false;
    // Recorded in the audit log before the file is written: nothing leaves without its record.
    if (const auto audited = services::CohortFiles::recordExport(
            m_editor.database(), StaffSession::currentActor(), QStringLiteral("schedule"), m_cohortId, path);
        !audited) {
        MessageBox::critical(this, tr("Export the schedule"), audited.error().message);
        return false;
    }
    const auto ics = services::CohortFiles::scheduleIcs(
        m_editor.database(), *m_cohort, m_language, QDateTime::currentDateTimeUtc());
    const auto saved
        = ics ? services::CohortFiles::save(path, *ics) : Result<void>(std::unexpected(ics.error()));
    if (!saved) {
        MessageBox::critical(this, tr("Export the schedule"), saved.error().message);
        return false;
    }
    return true;
}

bool CohortDetailPanel::showCohort(const QString& cohortId)
{
    storage::Database& database = m_editor.database();
    storage::CohortStore store(database);
    const auto cohort = store.byId(cohortId);
    if (!cohort || !cohort->has_value()) {
        clear();
        if (!cohort)
            Q_EMIT errorOccurred(cohort.error().message);
        return false;
    }
    const auto roster = store.roster(cohortId);
    if (!roster) {
        clear();
        Q_EMIT errorOccurred(roster.error().message);
        return false;
    }
    const Cohort& shown = **cohort;
    if (!m_package || m_cohort->curriculumVersionId != shown.curriculumVersionId) {
        m_package.reset();
        const auto package = storage::CurriculumStore(database).byVersionId(shown.curriculumVersionId);
        if (!package)
            Q_EMIT errorOccurred(package.error().message);
        else if (package->has_value())
            m_package = **package;
    }
    const int selectedSession = m_cohortId == cohortId ? m_sessions->currentRow() : -1;
    const QString selectedLearner = m_cohortId == cohortId && m_rosterList->currentItem()
        ? m_rosterList->currentItem()->data(Qt::UserRole).toString()
        : QString();
    m_cohort = shown;
    m_cohortId = cohortId;
    m_roster = *roster;
    m_heading->setText(
        shown.location.isEmpty() ? shown.title : tr("%1 (%2)").arg(shown.title, shown.location));

    QStringList facilitators;
    storage::PeopleStore people(database);
    for (const QString& id : shown.facilitatorIds)
        if (const auto person = people.byId(id); person && person->has_value())
            facilitators << (*person)->displayName();
    m_details->setText(tr("%1 · Facilitators: %2 · Certificate at %3 % of the contact hours")
                           .arg(CohortListModel::statusText(shown.status),
                               facilitators.isEmpty() ? tr("none yet") : facilitators.join(tr(", ")))
                           .arg(shown.completionPercent));

    const QLocale locale;
    m_sessions->setRowCount(static_cast<int>(shown.sessions.size()));
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const CohortSession& session = shown.sessions[static_cast<std::size_t>(row)];
        const QString time = tr("%1–%2").arg(locale.toString(session.start, QLocale::ShortFormat),
            locale.toString(session.end, QLocale::ShortFormat));
        m_sessions->setItem(row, NumberColumn, new QTableWidgetItem(QString::number(session.position)));
        m_sessions->setItem(
            row, DateColumn, new QTableWidgetItem(locale.toString(session.date, QLocale::ShortFormat)));
        m_sessions->setItem(row, TimeColumn, new QTableWidgetItem(time));
        m_sessions->setItem(row, PlaceColumn, new QTableWidgetItem(session.place));
        auto* notes = new QTableWidgetItem(session.notes.section(u'\n', 0, 0));
        notes->setToolTip(session.notes);
        m_sessions->setItem(row, NotesColumn, notes);
        m_sessions->item(row, NumberColumn)->setData(Qt::UserRole, session.id);
        if (!session.agenda.empty())
            m_sessions->item(row, TimeColumn)->setToolTip(tr("This session has its own agenda."));
    }
    m_sessions->resizeColumnsToContents();
    if (selectedSession >= 0 && selectedSession < m_sessions->rowCount())
        m_sessions->selectRow(selectedSession);

    m_rosterList->clear();
    for (const Person& person : *roster) {
        auto* item = new QListWidgetItem(person.displayName(), m_rosterList);
        item->setData(Qt::UserRole, person.id);
        if (!person.email.isEmpty())
            item->setToolTip(person.email);
        if (person.id == selectedLearner)
            m_rosterList->setCurrentItem(item);
    }
    if (roster->empty())
        m_rosterList->addItem(tr("No learners on the roster yet."));
    updateButtons();
    return true;
}

} // namespace pcs::gui
