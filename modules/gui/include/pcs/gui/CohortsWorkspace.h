#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class CohortDetailPanel;
class CohortListModel;
class PeoplePanel;

// The Cohorts workspace: on the left the cohorts (searchable by title, program or status); on the
// right the selected cohort's sessions and roster, and a People tab that searches everyone in the
// database. `language` ("en" or "fr") selects the program titles of the current curriculum.
class CohortsWorkspace : public QWidget
{
    Q_OBJECT

public:
    CohortsWorkspace(storage::Database& database, const QString& language, QWidget* parent = nullptr);
    ~CohortsWorkspace() override;

    // Reads the cohorts (and program titles) again, keeping the selection when it still exists.
    void reload();
    // Selects this cohort in the list and shows it; false when it is not listed.
    bool selectCohort(const QString& cohortId);
    QString selectedCohortId() const;

private:
    void showSelected();
    void loadProgramTitles();
    void showError(const QString& message);

    storage::Database& m_database;
    QString m_language;
    CohortListModel* m_cohorts = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    CohortDetailPanel* m_detail = nullptr;
    PeoplePanel* m_people = nullptr;
};

} // namespace pcs::gui
