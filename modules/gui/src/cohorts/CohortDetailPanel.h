#pragma once

#include "pcs/domain/delivery/Cohort.h"

#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
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
    // Opens the run-sheet of the session in `row` (the selected one when -1) in its own window;
    // null when there is no such session or its workshop is not in the cohort's curriculum.
    class RunSheetWindow* openRunSheet(int row = -1);

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    storage::Database& m_database;
    QString m_cohortId;
    QLabel* m_heading = nullptr;
    QTableWidget* m_sessions = nullptr;
    QListWidget* m_roster = nullptr;
    QPushButton* m_runSheet = nullptr;
    std::optional<Cohort> m_cohort;
};

} // namespace pcs::gui
