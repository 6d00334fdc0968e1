#pragma once

#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/storage/CohortStore.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// One cell of the attendance grid before or after an edit: the mark, or nothing recorded.
struct AttendanceCell {
    storage::AttendanceKey key;
    std::optional<AttendanceMark> mark;
};

// Edits to cohorts that a facilitator may take back: each one is a command on the undo stack,
// written to the store when pushed (redo) and reverted by undo. An edit the store refuses is not
// kept on the stack; its message comes out through errorOccurred().
class CohortEditor : public QObject
{
    Q_OBJECT

public:
    explicit CohortEditor(storage::Database& database, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    storage::Database& database() const { return m_database; }

    // Each returns whether the edit was made.
    bool editDetails(const Cohort& before, const Cohort& after);
    bool editSession(const QString& cohortId, const CohortSession& before, const CohortSession& after);
    bool addLearner(const QString& cohortId, const Person& person);
    bool removeLearner(const QString& cohortId, const Person& person);
    // Imports roster rows (see CohortStore::importRoster); undo takes the learners it added off the
    // roster again (people it created stay in the database), redo puts them back.
    bool importRoster(const QString& cohortId, const std::vector<Person>& people,
        const QStringList& organizations, storage::RosterImportOutcome* outcome = nullptr);
    // Sets every cell to its new state; `before` is read from the store.
    bool changeAttendance(
        const QString& cohortId, const std::vector<AttendanceCell>& after, const QString& text);

Q_SIGNALS:
    // The cohort's data changed in the store (an edit, its undo or its redo).
    void cohortChanged(const QString& cohortId);
    void errorOccurred(const QString& message);

private:
    friend class StoreCommand;
    bool push(class StoreCommand* command);

    storage::Database& m_database;
    QUndoStack* m_stack = nullptr;
    bool m_lastStepFailed = false;
};

} // namespace pcs::gui
