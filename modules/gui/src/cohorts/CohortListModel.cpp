#include "CohortListModel.h"

#include <QLocale>

namespace pcs::gui {

CohortListModel::CohortListModel(storage::Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{ }

int CohortListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cohorts.size());
}

int CohortListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CohortListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::CohortSummary& cohort = m_cohorts[static_cast<std::size_t>(index.row())];
    if (role == CohortIdRole)
        return cohort.id;
    if (role == SortRole) {
        if (index.column() == StartColumn)
            return cohort.startDate;
        if (index.column() == StatusColumn)
            return static_cast<int>(cohort.status);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == LearnersColumn || index.column() == SessionsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return cohort.title;
    case ProgramColumn:
        return m_programTitles.value(cohort.programId, cohort.programId);
    case StartColumn:
        return QLocale().toString(cohort.startDate, QLocale::ShortFormat);
    case StatusColumn:
        return statusText(cohort.status);
    case LearnersColumn:
        return cohort.learners;
    case SessionsColumn:
        return cohort.sessions;
    default:
        return {};
    }
}

QVariant CohortListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Cohort");
    case ProgramColumn:
        return tr("Program");
    case StartColumn:
        return tr("Start");
    case StatusColumn:
        return tr("Status");
    case LearnersColumn:
        return tr("Learners");
    case SessionsColumn:
        return tr("Sessions");
    default:
        return {};
    }
}

void CohortListModel::setProgramTitles(const QHash<QString, QString>& titles)
{
    m_programTitles = titles;
    if (!m_cohorts.empty())
        Q_EMIT dataChanged(index(0, ProgramColumn), index(rowCount() - 1, ProgramColumn));
}

bool CohortListModel::reload()
{
    auto cohorts = m_store.list();
    if (!cohorts) {
        Q_EMIT errorOccurred(cohorts.error().message);
        return false;
    }
    beginResetModel();
    m_cohorts = std::move(*cohorts);
    endResetModel();
    return true;
}

const storage::CohortSummary* CohortListModel::cohort(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_cohorts[static_cast<std::size_t>(row)];
}

int CohortListModel::rowOf(const QString& cohortId) const
{
    for (std::size_t row = 0; row < m_cohorts.size(); ++row)
        if (m_cohorts[row].id == cohortId)
            return static_cast<int>(row);
    return -1;
}

QString CohortListModel::statusText(CohortStatus status)
{
    switch (status) {
    case CohortStatus::Planned:
        return tr("Planned");
    case CohortStatus::Running:
        return tr("Running");
    case CohortStatus::Completed:
        return tr("Completed");
    }
    return {};
}

} // namespace pcs::gui
