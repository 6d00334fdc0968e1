#include "PeopleModel.h"

namespace pcs::gui {

PeopleModel::PeopleModel(storage::Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{
    loadOrganizations();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = m_people[static_cast<std::size_t>(index.row())];
    if (role == PersonIdRole)
        return person.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return person.displayName();
    case EmailColumn:
        return person.email;
    case OrganizationColumn:
        return m_organizationNames.value(person.organizationId);
    case LanguageColumn:
        return person.preferredLanguage == QLatin1String("fr") ? tr("French") : tr("English");
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case OrganizationColumn:
        return tr("Organization");
    case LanguageColumn:
        return tr("Language");
    default:
        return {};
    }
}

bool PeopleModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PeopleModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const auto page = m_store.search(m_filter, static_cast<int>(m_people.size()), PageSize);
    if (!page) {
        m_atEnd = true; // do not ask again and again for a page that cannot be read
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    if (page->size() < static_cast<std::size_t>(PageSize))
        m_atEnd = true;
    if (page->empty())
        return;
    const int first = static_cast<int>(m_people.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_people.insert(m_people.end(), page->begin(), page->end());
    endInsertRows();
}

void PeopleModel::setFilter(const QString& text)
{
    beginResetModel();
    m_filter = text.trimmed();
    m_people.clear();
    m_atEnd = false;
    loadOrganizations();
    endResetModel();
    fetchMore({});
}

void PeopleModel::reload()
{
    setFilter(m_filter);
}

const Person* PeopleModel::person(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_people[static_cast<std::size_t>(row)];
}

void PeopleModel::loadOrganizations()
{
    const auto organizations = m_store.organizations();
    if (!organizations) {
        Q_EMIT errorOccurred(organizations.error().message);
        return;
    }
    m_organizationNames.clear();
    for (const Organization& organization : *organizations)
        m_organizationNames.insert(organization.id, organization.name);
}

} // namespace pcs::gui
