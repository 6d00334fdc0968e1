#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// One cohort: its sessions (date, start–end, place) and its roster (names), read from the store.
class CohortDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CohortDetailPanel(storage::Database& database, QWidget* parent = nullptr);

    // Shows this cohort; false (and errorOccurred) when it cannot be read.
    bool showCohort(const QString& cohortId);
    // Shows that no cohort is selected.
    void clear();
    QString cohortId() const { return m_cohortId; }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    storage::Database& m_database;
    QString m_cohortId;
    QLabel* m_heading = nullptr;
    QTableWidget* m_sessions = nullptr;
    QListWidget* m_roster = nullptr;
};

} // namespace pcs::gui
