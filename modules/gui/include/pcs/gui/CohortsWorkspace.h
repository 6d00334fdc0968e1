#pragma once

#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class AttendancePanel;
class CohortDetailPanel;
class CohortEditor;
class CohortListModel;
class PeoplePanel;

// The Cohorts workspace: on the left the cohorts (searchable by title, program or status) and a
// button for a new one; on the right the selected cohort's details, sessions and roster, its
// attendance grid, and a People tab that searches everyone in the database. Edits to a cohort go on
// one undo stack (Undo/Redo buttons, Ctrl+Z and Ctrl+Shift+Z); undoing an edit to another cohort
// selects it first. The lists are read again whenever the workspace is shown. `language` ("en" or
// "fr") selects the curriculum text.
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
    // Opens the new-cohort dialog for the current curriculum; the id of the cohort created, or empty.
    QString createCohort();

    CohortEditor* editor() const { return m_editor; }
    CohortDetailPanel* detailPanel() const { return m_detail; }
    AttendancePanel* attendancePanel() const { return m_attendance; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void loadProgramTitles();
    void showError(const QString& message);
    void cohortChanged(const QString& cohortId);

    storage::Database& m_database;
    QString m_language;
    CohortListModel* m_cohorts = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    CohortEditor* m_editor = nullptr;
    CohortDetailPanel* m_detail = nullptr;
    AttendancePanel* m_attendance = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    PeoplePanel* m_people = nullptr;
};

} // namespace pcs::gui
