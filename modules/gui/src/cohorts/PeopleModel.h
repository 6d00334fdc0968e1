#pragma once

#include "pcs/domain/delivery/Person.h"
#include "pcs/storage/PeopleStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// People (learners and facilitators) matching a search text, fetched from the PeopleStore a page
// at a time as a view scrolls: rowCount() starts at 0 and grows by fetchMore(). setFilter()
// resets the model and fetches the first page of the new matches.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, OrganizationColumn, LanguageColumn, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit PeopleModel(storage::Database& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // People whose name or email contains `text` (case and accents ignored); empty shows everyone.
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    // Reads the people again from the first page, keeping the filter.
    void reload();
    const Person* person(int row) const;

Q_SIGNALS:
    // The store could not be read; `message` is fit to show a person.
    void errorOccurred(const QString& message);

private:
    void loadOrganizations();

    storage::PeopleStore m_store;
    std::vector<Person> m_people;
    QHash<QString, QString> m_organizationNames;
    QString m_filter;
    bool m_atEnd = false;
};

} // namespace pcs::gui
