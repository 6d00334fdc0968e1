#include "pcs/gui/CohortsWorkspace.h"

#include "AttendancePanel.h"
#include "CohortDetailPanel.h"
#include "CohortDialog.h"
#include "CohortEditor.h"
#include "CohortListModel.h"
#include "PeopleModel.h"
#include "PeoplePanel.h"

#include "pcs/gui/MessageBox.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pcs::gui {

CohortsWorkspace::CohortsWorkspace(storage::Database& database, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_language(language)
    , m_cohorts(new CohortListModel(database, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_editor(new CohortEditor(database, this))
{
    setObjectName(QStringLiteral("cohorts-workspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    auto* create = new QToolButton(left);
    create->setObjectName(QStringLiteral("new-cohort"));
    create->setText(tr("&New cohort…"));
    create->setAccessibleName(tr("New cohort"));
    create->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(create, &QToolButton::clicked, this, &CohortsWorkspace::createCohort);
    actions->addWidget(create);
    actions->addStretch();
    // Fixed button texts; what would be undone or redone is in the tooltip.
    QUndoStack* stack = m_editor->undoStack();
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("cohort-undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString& text) {
        m_undo->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1").arg(text));
    });
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("cohort-redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString& text) {
        m_redo->setToolTip(text.isEmpty() ? QString() : tr("Redo: %1").arg(text));
    });
    for (QAction* action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(left);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("-button"));
        button->setAccessibleName(
            action == m_undo ? tr("Undo the last cohort edit") : tr("Redo the cohort edit"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actions->addWidget(button);
    }
    leftLayout->addLayout(actions);
    auto* searchLabel = new QLabel(tr("Search c&ohorts:"), left);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("cohort-search"));
    m_search->setAccessibleName(tr("Search cohorts"));
    m_search->setAccessibleDescription(
        tr("Shows the cohorts whose title, program or status contains the text"));
    m_search->setPlaceholderText(tr("Title, program or status"));
    searchLabel->setBuddy(m_search);
    leftLayout->addWidget(searchLabel);
    leftLayout->addWidget(m_search);

    m_filter->setSourceModel(m_cohorts);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortRole(CohortListModel::SortRole);
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("cohort-list"));
    m_list->setAccessibleName(tr("Cohorts"));
    m_list->setModel(m_filter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(CohortListModel::StartColumn, Qt::AscendingOrder);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_list, 1);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("cohort-status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    leftLayout->addWidget(m_status);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("cohort-views"));
    m_tabs->setAccessibleName(tr("Cohort views"));
    m_tabs->tabBar()->setAccessibleName(tr("Cohort views"));
    m_tabs->setDocumentMode(true);
    m_detail = new CohortDetailPanel(*m_editor, language, m_tabs);
    m_attendance = new AttendancePanel(*m_editor, language, m_tabs);
    m_people = new PeoplePanel(database, m_tabs);
    m_people->enableEditing();
    m_tabs->addTab(m_detail, tr("Cohort &details"));
    m_tabs->addTab(m_attendance, tr("A&ttendance"));
    m_tabs->addTab(m_people, tr("&People"));
    m_tabs->setTabToolTip(0, tr("The selected cohort's details, sessions and roster"));
    m_tabs->setTabToolTip(1, tr("Attendance of the selected cohort, session by session"));
    m_tabs->setTabToolTip(2, tr("Everyone in the database: learners and facilitators"));

    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 740});
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CohortsWorkspace::showSelected);
    connect(m_cohorts, &CohortListModel::errorOccurred, this, &CohortsWorkspace::showError);
    connect(m_detail, &CohortDetailPanel::errorOccurred, this, &CohortsWorkspace::showError);
    connect(m_people, &PeoplePanel::errorOccurred, this, &CohortsWorkspace::showError);
    connect(m_attendance, &AttendancePanel::errorOccurred, this, &CohortsWorkspace::showError);
    connect(m_editor, &CohortEditor::cohortChanged, this, &CohortsWorkspace::cohortChanged);
    connect(m_editor, &CohortEditor::errorOccurred, this, [this](const QString& message) {
        showError(message);
        MessageBox::warning(this, tr("Cohorts"), message);
    });

    reload();
}

CohortsWorkspace::~CohortsWorkspace() = default;

void CohortsWorkspace::reload()
{
    const QString selected = selectedCohortId();
    loadProgramTitles();
    if (!m_cohorts->reload())
        return;
    m_list->resizeColumnToContents(CohortListModel::TitleColumn);
    m_list->setColumnWidth(
        CohortListModel::TitleColumn, std::min(m_list->columnWidth(CohortListModel::TitleColumn), 280));
    m_status->setText(
        m_cohorts->rowCount() == 0 ? tr("No cohorts yet.") : tr("Cohorts: %1").arg(m_cohorts->rowCount()));
    m_detail->clear(); // the selected cohort is read again: its roster or sessions may have changed
    m_attendance->clear();
    if (!selected.isEmpty())
        selectCohort(selected);
}

void CohortsWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // another workspace or a command may have changed the cohorts meanwhile
    m_people->model()->reload();
}

void CohortsWorkspace::cohortChanged(const QString& cohortId)
{
    // The list's counts (learners, sessions) and titles may have changed; the panels showing the
    // cohort read it again themselves.
    if (!m_cohorts->reload())
        return;
    selectCohort(cohortId);
}

QString CohortsWorkspace::createCohort()
{
    const auto current = storage::CurriculumStore(m_database).current();
    const auto versions = storage::CurriculumStore(m_database).versions();
    if (!current || !versions) {
        showError(!current ? current.error().message : versions.error().message);
        return {};
    }
    if (!current->has_value() || versions->empty()) {
        MessageBox::information(this, tr("New Cohort"),
            tr("Import a curriculum package first (File > Import Curriculum Package…): a cohort delivers one "
               "of "
               "its programs."));
        return {};
    }
    CohortDialog dialog(m_database, **current, versions->back().versionId, m_language, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const auto created = storage::CohortStore(m_database).create(dialog.cohort());
    if (!created) {
        showError(created.error().message);
        MessageBox::critical(this, tr("New Cohort"), created.error().message);
        return {};
    }
    reload();
    selectCohort(created->id);
    m_tabs->setCurrentWidget(m_detail);
    return created->id;
}

bool CohortsWorkspace::selectCohort(const QString& cohortId)
{
    const int row = m_cohorts->rowOf(cohortId);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_cohorts->index(row, 0));
    if (!index.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    return m_detail->cohortId() == cohortId;
}

QString CohortsWorkspace::selectedCohortId() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CohortListModel::CohortIdRole).toString() : QString();
}

void CohortsWorkspace::showSelected()
{
    const QString id = selectedCohortId();
    if (id.isEmpty()) {
        m_detail->clear();
        m_attendance->clear();
        return;
    }
    if (id != m_detail->cohortId())
        m_detail->showCohort(id);
    if (id != m_attendance->cohortId())
        m_attendance->showCohort(id);
}

void CohortsWorkspace::loadProgramTitles()
{
    const auto current = storage::CurriculumStore(m_database).current();
    if (!current) {
        showError(current.error().message);
        return;
    }
    QHash<QString, QString> titles;
    if (current->has_value())
        for (const Program& program : (*current)->programs)
            titles.insert(program.id, program.title.in(m_language));
    m_cohorts->setProgramTitles(titles);
}

void CohortsWorkspace::showError(const QString& message)
{
    m_status->setText(message);
}

} // namespace pcs::gui
