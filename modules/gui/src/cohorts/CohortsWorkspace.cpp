#include "pcs/gui/CohortsWorkspace.h"

#include "CohortDetailPanel.h"
#include "CohortListModel.h"
#include "PeoplePanel.h"

#include "pcs/storage/CurriculumStore.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pcs::gui {

CohortsWorkspace::CohortsWorkspace(storage::Database& database, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_language(language)
    , m_cohorts(new CohortListModel(database, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("cohorts-workspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
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
    m_detail = new CohortDetailPanel(database, m_tabs);
    m_people = new PeoplePanel(database, m_tabs);
    m_tabs->addTab(m_detail, tr("Cohort &details"));
    m_tabs->addTab(m_people, tr("&People"));
    m_tabs->setTabToolTip(0, tr("The selected cohort's sessions and roster"));
    m_tabs->setTabToolTip(1, tr("Everyone in the database: learners and facilitators"));

    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CohortsWorkspace::showSelected);
    connect(m_cohorts, &CohortListModel::errorOccurred, this, &CohortsWorkspace::showError);
    connect(m_detail, &CohortDetailPanel::errorOccurred, this, &CohortsWorkspace::showError);
    connect(m_people, &PeoplePanel::errorOccurred, this, &CohortsWorkspace::showError);

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
    m_status->setText(
        m_cohorts->rowCount() == 0 ? tr("No cohorts yet.") : tr("Cohorts: %1").arg(m_cohorts->rowCount()));
    m_detail->clear(); // the selected cohort is read again: its roster or sessions may have changed
    if (!selected.isEmpty())
        selectCohort(selected);
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
    if (id.isEmpty())
        m_detail->clear();
    else if (id != m_detail->cohortId())
        m_detail->showCohort(id);
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
