#pragma once

#include "pcs/storage/CohortStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace pcs::gui {

// The cohorts of the database, one row each, as CohortStore::list() gives them.
class CohortListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ProgramColumn,
        StartColumn,
        StatusColumn,
        LearnersColumn,
        SessionsColumn,
        ColumnCount
    };
    static constexpr int CohortIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2; // the raw value: dates sort as dates

    explicit CohortListModel(storage::Database& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Program titles by program id, shown in the Program column (the id is shown when unknown).
    void setProgramTitles(const QHash<QString, QString>& titles);
    // Reads the cohorts again; false (and errorOccurred) when the store cannot be read.
    bool reload();
    const storage::CohortSummary* cohort(int row) const;
    int rowOf(const QString& cohortId) const;

    static QString statusText(CohortStatus status);

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    storage::CohortStore m_store;
    std::vector<storage::CohortSummary> m_cohorts;
    QHash<QString, QString> m_programTitles;
};

} // namespace pcs::gui
