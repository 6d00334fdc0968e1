#pragma once

#include "pcs/domain/delivery/Attendance.h"

#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QSpinBox;
class QTableView;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class AttendanceModel;
class CohortEditor;

// Attendance of the selected cohort as a grid (learners × sessions) with each learner's contact
// time and certificate eligibility. Select cells and mark them with the buttons or one key
// (P present, L late, E left early, A absent, X excused, Delete clears); late and left early take
// the minutes missed from the box beside them. Every change is one undoable edit. The sign-in
// sheet of the current session can be saved as a PDF, blank for printing or filled.
class AttendancePanel : public QWidget
{
    Q_OBJECT

public:
    AttendancePanel(CohortEditor& editor, const QString& language, QWidget* parent = nullptr);

    bool showCohort(const QString& cohortId);
    void clear();
    QString cohortId() const { return m_cohortId; }

    AttendanceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSpinBox* minutesBox() const { return m_minutes; }

    // Marks the selected cells (nullopt clears them); false when nothing was selected or changed.
    bool markSelected(std::optional<AttendanceStatus> status);
    // Marks everyone on the roster present in the session of the current column.
    bool markEveryonePresent();
    // Saves the current session's sign-in sheet as a PDF, asking where.
    bool saveSignInSheet(bool filled);

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    QAction* addMarkAction(
        const QString& text, const QKeySequence& key, std::optional<AttendanceStatus> status);
    int currentSessionColumn() const;
    void updateSummary();

    CohortEditor& m_editor;
    QString m_language;
    QString m_cohortId;
    AttendanceModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QSpinBox* m_minutes = nullptr;
};

} // namespace pcs::gui
