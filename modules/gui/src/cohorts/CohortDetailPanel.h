#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pcs::gui {

class CohortEditor;
class RunSheetWindow;

// One cohort: its details, sessions (date, start–end, place, facilitator notes) and roster, with
// the edits a facilitator makes to them. Every edit goes through the CohortEditor, so it can be
// undone; the panel shows the cohort again whenever the editor reports it changed.
class CohortDetailPanel : public QWidget
{
    Q_OBJECT

public:
    CohortDetailPanel(CohortEditor& editor, const QString& language, QWidget* parent = nullptr);

    // Shows this cohort; false (and errorOccurred) when it cannot be read.
    bool showCohort(const QString& cohortId);
    // Shows that no cohort is selected.
    void clear();
    QString cohortId() const { return m_cohortId; }
    const std::optional<Cohort>& cohort() const { return m_cohort; }
    const std::vector<Person>& roster() const { return m_roster; }

    QTableWidget* sessionsTable() const { return m_sessions; }
    QListWidget* rosterList() const { return m_rosterList; }

    // Opens the run-sheet of the session in `row` (the selected one when -1) in its own window;
    // null when there is no such session or its workshop is not in the cohort's curriculum.
    RunSheetWindow* openRunSheet(int row = -1);
    // Each opens its dialog (modal) and makes the edit when accepted; false when nothing changed.
    bool editDetails();
    bool editSession(int row = -1);
    bool addLearners();
    // Removes the selected learner after asking; false when nothing was removed.
    bool removeSelectedLearner();
    // Asks for a roster CSV file, previews it and imports it when confirmed (undoable).
    bool importRoster();
    // Ask where, then write the roster (CSV) or the schedule (iCalendar).
    bool exportRoster();
    bool exportSchedule();

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    const Workshop* workshopOf(const CohortSession& session) const;
    void updateButtons();

    CohortEditor& m_editor;
    QString m_language;
    QString m_cohortId;
    QLabel* m_heading = nullptr;
    QLabel* m_details = nullptr;
    QTableWidget* m_sessions = nullptr;
    QListWidget* m_rosterList = nullptr;
    QPushButton* m_editDetails = nullptr;
    QPushButton* m_editSession = nullptr;
    QPushButton* m_runSheet = nullptr;
    QPushButton* m_addLearners = nullptr;
    QPushButton* m_removeLearner = nullptr;
    QPushButton* m_importRoster = nullptr;
    QPushButton* m_exportRoster = nullptr;
    QPushButton* m_exportSchedule = nullptr;
    std::optional<Cohort> m_cohort;
    std::optional<CurriculumPackage> m_package;
    std::vector<Person> m_roster;
};

} // namespace pcs::gui
