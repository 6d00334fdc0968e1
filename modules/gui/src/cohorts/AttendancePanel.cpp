#include "AttendancePanel.h"

#include "../curriculum/CurriculumFormat.h"
#include "AttendanceModel.h"
#include "CohortEditor.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/reports/JobAidPdf.h"
#include "pcs/reports/SignInSheetPdf.h"
#include "pcs/services/AppSettings.h"
#include "pcs/services/CohortFiles.h"
#include "pcs/services/SignInSheetSource.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace pcs::gui {

AttendancePanel::AttendancePanel(CohortEditor& editor, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_language(language)
    , m_model(new AttendanceModel(this))
{
    setObjectName(QStringLiteral("attendance-panel"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("attendance-heading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attendance-grid"));
    m_table->setAccessibleName(tr("Attendance"));
    m_table->setAccessibleDescription(
        tr("One row per learner, one column per session. Select cells, then press "
           "P, L, E, A or X to mark them, or Delete to clear them."));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    layout->addWidget(m_table, 1);

    auto* bar = new QHBoxLayout;
    auto* markLabel = new QLabel(tr("Mark selected:"), this);
    bar->addWidget(markLabel);
    addMarkAction(tr("&Present"), QKeySequence(Qt::Key_P), AttendanceStatus::Present);
    addMarkAction(tr("&Late"), QKeySequence(Qt::Key_L), AttendanceStatus::Late);
    addMarkAction(tr("Left &early"), QKeySequence(Qt::Key_E), AttendanceStatus::LeftEarly);
    addMarkAction(tr("&Absent"), QKeySequence(Qt::Key_A), AttendanceStatus::Absent);
    addMarkAction(tr("E&xcused"), QKeySequence(Qt::Key_X), AttendanceStatus::Excused);
    addMarkAction(tr("&Clear"), QKeySequence(QKeySequence::Delete), std::nullopt);
    for (QAction* action : m_table->actions()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("-button"));
        button->setAccessibleName(tr("Mark the selected cells: %1").arg(action->text().remove(u'&')));
        bar->addWidget(button);
    }
    auto* minutesLabel = new QLabel(tr("&Minutes missed:"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes-missed"));
    m_minutes->setAccessibleName(tr("Minutes missed, for late and left early"));
    m_minutes->setRange(0, 600);
    m_minutes->setValue(15);
    minutesLabel->setBuddy(m_minutes);
    bar->addWidget(minutesLabel);
    bar->addWidget(m_minutes);
    bar->addStretch();
    layout->addLayout(bar);

    auto* sessionBar = new QHBoxLayout;
    const auto button = [this, sessionBar](const QString& text, const QString& name) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        sessionBar->addWidget(b);
        return b;
    };
    connect(button(tr("Everyone &present in this session"), QStringLiteral("everyone-present")),
        &QToolButton::clicked, this, &AttendancePanel::markEveryonePresent);
    QToolButton* sheets = button(tr("&Sign-in sheet (PDF)"), QStringLiteral("sign-in-sheet"));
    sheets->setPopupMode(QToolButton::InstantPopup);
    auto* sheetMenu = new QMenu(sheets);
    sheetMenu->addAction(tr("&Blank, for signing at this session…"), this, [this] { saveSignInSheet(false); })
        ->setObjectName(QStringLiteral("blank-sign-in-sheet"));
    sheetMenu
        ->addAction(tr("&Filled, with the attendance recorded…"), this, [this] { saveSignInSheet(true); })
        ->setObjectName(QStringLiteral("filled-sign-in-sheet"));
    sheets->setMenu(sheetMenu);
    sessionBar->addStretch();
    layout->addLayout(sessionBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("attendance-summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(&m_editor, &CohortEditor::cohortChanged, this, [this](const QString& id) {
        if (id == m_cohortId)
            showCohort(id);
    });
    clear();
}

QAction* AttendancePanel::addMarkAction(
    const QString& text, const QKeySequence& key, std::optional<AttendanceStatus> status)
{
    auto* action = new QAction(text, m_table);
    action->setObjectName(
        status ? QStringLiteral("mark-") + attendanceStatusKey(*status) : QStringLiteral("mark-clear"));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, status] { markSelected(status); });
    m_table->addAction(action);
    return action;
}

void AttendancePanel::clear()
{
    m_cohortId.clear();
    m_model->clear();
    m_heading->setText(tr("Select a cohort to take its attendance."));
    m_summary->clear();
}

bool AttendancePanel::showCohort(const QString& cohortId)
{
    storage::Database& database = m_editor.database();
    storage::CohortStore store(database);
    const auto cohort = store.byId(cohortId);
    const auto roster = store.roster(cohortId);
    const auto marks = store.attendance(cohortId);
    for (const auto* error : {cohort ? nullptr : &cohort.error(), roster ? nullptr : &roster.error(),
             marks ? nullptr : &marks.error()})
        if (error) {
            clear();
            Q_EMIT errorOccurred(error->message);
            return false;
        }
    if (!cohort->has_value()) {
        clear();
        return false;
    }
    const Cohort& shown = **cohort;
    // The completion rule counts the program's contact hours; the sessions' own total stands in
    // when the cohort's curriculum version is not in this database.
    int programMinutes = 0;
    for (const CohortSession& session : shown.sessions)
        programMinutes += session.contactMinutes;
    const auto package = storage::CurriculumStore(database).byVersionId(shown.curriculumVersionId);
    if (package && package->has_value())
        if (const Program* program = (*package)->program(shown.programId))
            programMinutes = program->contactMinutes();
    m_cohortId = cohortId;
    m_heading->setText(tr("Attendance: %1").arg(shown.title));
    m_model->setCohort(shown, *roster, *marks, programMinutes);
    m_table->resizeColumnsToContents();
    updateSummary();
    return true;
}

void AttendancePanel::updateSummary()
{
    const analytics::CohortAttendanceSummary& s = m_model->summary();
    if (s.learners == 0) {
        m_summary->setText(tr("No learners on the roster yet."));
        return;
    }
    m_summary->setText(tr("%1 learners · %2 eligible for a certificate · mean attendance %3 % · %4 delivered "
                          "over %5 sessions")
                           .arg(s.learners)
                           .arg(s.eligible)
                           .arg(QLocale().toString(s.meanAttendanceRate * 100.0, 'f', 0))
                           .arg(CurriculumFormat::length(s.deliveredContactMinutes))
                           .arg(s.sessions));
}

bool AttendancePanel::markSelected(std::optional<AttendanceStatus> status)
{
    std::vector<AttendanceCell> cells;
    std::set<std::pair<int, int>> seen;
    for (const QModelIndex& index : m_table->selectionModel()->selectedIndexes()) {
        const CohortSession* session = m_model->session(index.column());
        const Person* learner = m_model->learner(index.row());
        if (!session || !learner || !seen.insert({index.row(), index.column()}).second)
            continue;
        AttendanceCell cell{{session->id, learner->id}, std::nullopt};
        if (status) {
            const bool partial = *status == AttendanceStatus::Late || *status == AttendanceStatus::LeftEarly;
            cell.mark = AttendanceMark{session->id, learner->id, *status, partial ? m_minutes->value() : 0};
        }
        cells.push_back(cell);
    }
    if (cells.empty())
        return false;
    const QString what = status ? AttendanceModel::statusText(*status) : tr("not recorded");
    const QString text = cells.size() == 1
        ? tr("Mark %1 as %2").arg(m_model->learner(seen.begin()->first)->displayName(), what)
        : tr("Mark %1 cells as %2").arg(cells.size()).arg(what);
    return m_editor.changeAttendance(m_cohortId, cells, text);
}

int AttendancePanel::currentSessionColumn() const
{
    const int column = m_table->currentIndex().column();
    if (m_model->isSessionColumn(column))
        return column;
    return m_model->session(AttendanceModel::FirstSessionColumn) ? AttendanceModel::FirstSessionColumn : -1;
}

bool AttendancePanel::markEveryonePresent()
{
    const int column = currentSessionColumn();
    const CohortSession* session = m_model->session(column);
    if (!session || m_model->rowCount() == 0)
        return false;
    std::vector<AttendanceCell> cells;
    for (int row = 0; row < m_model->rowCount(); ++row)
        cells.push_back({{session->id, m_model->learner(row)->id},
            AttendanceMark{session->id, m_model->learner(row)->id, AttendanceStatus::Present, 0}});
    return m_editor.changeAttendance(
        m_cohortId, cells, tr("Mark everyone present in session %1").arg(session->position));
}

bool AttendancePanel::saveSignInSheet(bool filled)
{
    const CohortSession* session = m_model->session(currentSessionColumn());
    if (!session)
        return false;
    const auto sheet
        = services::SignInSheetSource::read(m_editor.database(), m_cohortId, session->id, filled, m_language);
    if (!sheet) {
        MessageBox::critical(this, tr("Sign-in sheet"), sheet.error().message);
        return false;
    }
    const QString name
        = (filled ? tr("attendance-session-%1") : tr("sign-in-session-%1")).arg(session->position)
        + QStringLiteral(".pdf");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(this,
        filled ? tr("Save the filled attendance sheet") : tr("Save the blank sign-in sheet"),
        QDir(folder).filePath(name), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    // Recorded in the audit log before the file is written: nothing leaves without its record.
    if (const auto audited
        = services::CohortFiles::recordExport(m_editor.database(), StaffSession::currentActor(),
            filled ? QStringLiteral("attendance-sheet") : QStringLiteral("sign-in-sheet"), m_cohortId, path);
        !audited) {
        MessageBox::critical(this, tr("Sign-in sheet"), audited.error().message);
        return false;
    }
    reports::SignInSheetPdf pdf(m_language);
    pdf.setPageSize(services::AppSettings::reportPageSize());
    const auto written = pdf.write(path, *sheet);
    if (!written) {
        MessageBox::critical(this, tr("Sign-in sheet"), written.error().message);
        return false;
    }
    m_summary->setText(tr("Sign-in sheet saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace pcs::gui
