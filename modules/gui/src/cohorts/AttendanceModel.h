#pragma once

#include "pcs/analytics/AttendanceFigures.h"
#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace pcs::gui {

// The attendance grid of a cohort: a row per learner, a column per session between the name
// and the learner's totals (contact time earned, certificate eligibility).
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int NameColumn = 0;
    static constexpr int FirstSessionColumn = 1;
    static constexpr int StatusRole = Qt::UserRole + 1; // the status key, "" when nothing recorded

    explicit AttendanceModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows this cohort. With the same learners and sessions as shown, the cells change in place
    // (a view keeps its selection); otherwise the model resets.
    void setCohort(const Cohort& cohort, const std::vector<Person>& learners,
        const std::vector<AttendanceMark>& marks, int programContactMinutes);
    void clear();

    int earnedColumn() const { return FirstSessionColumn + int(m_cohort.sessions.size()); }
    int eligibleColumn() const { return earnedColumn() + 1; }
    bool isSessionColumn(int column) const { return column >= FirstSessionColumn && column < earnedColumn(); }
    const CohortSession* session(int column) const;
    const Person* learner(int row) const;
    std::optional<AttendanceMark> mark(int row, int column) const;
    const analytics::CohortAttendanceSummary& summary() const { return m_summary; }

    static QString statusText(AttendanceStatus status);
    // "Late, 15 min missed", "Absent", "Not recorded": the words a screen reader says for a cell.
    static QString markText(const std::optional<AttendanceMark>& mark);

private:
    QString cellText(const std::optional<AttendanceMark>& mark) const;

    Cohort m_cohort;
    std::vector<Person> m_learners;
    QHash<QString, AttendanceMark> m_marks; // by session id + '/' + person id
    std::vector<analytics::LearnerAttendance> m_totals;
    analytics::CohortAttendanceSummary m_summary;
    int m_programMinutes = 0;
};

} // namespace pcs::gui
