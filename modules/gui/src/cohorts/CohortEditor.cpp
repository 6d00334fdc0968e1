#include "CohortEditor.h"

#include "pcs/gui/StaffSession.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace pcs::gui {

// A command whose redo and undo are store writes, each one transaction. When the first redo
// fails, the command marks itself obsolete so that QUndoStack::push drops it. A later undo or redo
// that fails is reported; its transaction changed nothing.
class StoreCommand : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;

    StoreCommand(CohortEditor& editor, QString cohortId, const QString& text, Step forward, Step backward,
        bool alreadyDone = false)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_cohortId(std::move(cohortId))
        , m_forward(std::move(forward))
        , m_backward(std::move(backward))
        , m_skipRedo(alreadyDone)
        , m_done(alreadyDone)
    { }

    void redo() override
    {
        if (m_skipRedo) { // the edit was made before it was pushed
            m_skipRedo = false;
            m_editor.m_lastStepFailed = false;
            Q_EMIT m_editor.cohortChanged(m_cohortId);
            return;
        }
        run(m_forward);
    }
    void undo() override { run(m_backward); }

private:
    void run(const Step& step)
    {
        const Result<void> result = step();
        m_editor.m_lastStepFailed = !result.has_value();
        if (!result) {
            if (!m_done)
                setObsolete(true);
            Q_EMIT m_editor.errorOccurred(result.error().message);
            return;
        }
        m_done = true;
        Q_EMIT m_editor.cohortChanged(m_cohortId);
    }

    CohortEditor& m_editor;
    QString m_cohortId;
    Step m_forward;
    Step m_backward;
    bool m_skipRedo = false;
    bool m_done = false;
};

CohortEditor::CohortEditor(storage::Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_stack(new QUndoStack(this))
{
    m_stack->setUndoLimit(200);
}

bool CohortEditor::push(StoreCommand* command)
{
    m_lastStepFailed = false;
    m_stack->push(command); // runs redo(); a command that failed there is dropped
    return !m_lastStepFailed;
}

bool CohortEditor::editDetails(const Cohort& before, const Cohort& after)
{
    if (before.title == after.title && before.location == after.location && before.status == after.status
        && before.completionPercent == after.completionPercent
        && before.facilitatorIds == after.facilitatorIds)
        return true;
    return push(new StoreCommand(
        *this, after.id, tr("Edit cohort “%1”").arg(after.title),
        [this, after] { return storage::CohortStore(m_database).updateDetails(after); },
        [this, before] { return storage::CohortStore(m_database).updateDetails(before); }));
}

bool CohortEditor::editSession(
    const QString& cohortId, const CohortSession& before, const CohortSession& after)
{
    if (before == after)
        return true;
    return push(new StoreCommand(
        *this, cohortId, tr("Edit session %1").arg(after.position),
        [this, cohortId, after] { return storage::CohortStore(m_database).updateSession(cohortId, after); },
        [this, cohortId, before] {
            return storage::CohortStore(m_database).updateSession(cohortId, before);
        }));
}

bool CohortEditor::addLearner(const QString& cohortId, const Person& person)
{
    const QString personId = person.id;
    return push(new StoreCommand(
        *this, cohortId, tr("Add %1 to the roster").arg(person.displayName()),
        [this, cohortId, personId] {
            return storage::CohortStore(m_database).addLearner(cohortId, personId);
        },
        [this, cohortId, personId] {
            return storage::CohortStore(m_database)
                .removeLearner(cohortId, personId, StaffSession::currentActor());
        }));
}

bool CohortEditor::removeLearner(const QString& cohortId, const Person& person)
{
    // The learner's attendance goes with them; undo brings both back in one transaction.
    const auto all = storage::CohortStore(m_database).attendance(cohortId);
    if (!all) {
        Q_EMIT errorOccurred(all.error().message);
        return false;
    }
    std::vector<AttendanceMark> marks;
    for (const AttendanceMark& mark : *all)
        if (mark.personId == person.id)
            marks.push_back(mark);
    const QString personId = person.id;
    return push(new StoreCommand(
        *this, cohortId, tr("Remove %1 from the roster").arg(person.displayName()),
        [this, cohortId, personId] {
            return storage::CohortStore(m_database)
                .removeLearner(cohortId, personId, StaffSession::currentActor());
        },
        [this, cohortId, personId, marks] {
            return storage::CohortStore(m_database).addLearner(cohortId, personId, marks);
        }));
}

bool CohortEditor::importRoster(const QString& cohortId, const std::vector<Person>& people,
    const QStringList& organizations, storage::RosterImportOutcome* outcome)
{
    storage::CohortStore store(m_database);
    const auto before = store.roster(cohortId);
    if (!before) {
        Q_EMIT errorOccurred(before.error().message);
        return false;
    }
    const auto imported = store.importRoster(cohortId, people, false, organizations);
    if (!imported) {
        Q_EMIT errorOccurred(imported.error().message);
        return false;
    }
    if (outcome)
        *outcome = *imported;
    const auto after = store.roster(cohortId);
    if (!after) {
        Q_EMIT errorOccurred(after.error().message);
        return false;
    }
    QStringList added;
    for (const Person& person : *after)
        if (std::none_of(before->begin(), before->end(), [&](const Person& p) { return p.id == person.id; }))
            added << person.id;
    if (added.isEmpty()) {
        Q_EMIT cohortChanged(cohortId);
        return true;
    }
    return push(new StoreCommand(
        *this, cohortId, tr("Import %1 learners").arg(added.size()),
        [this, cohortId, added] { return storage::CohortStore(m_database).addLearners(cohortId, added); },
        [this, cohortId, added] {
            return storage::CohortStore(m_database)
                .removeLearners(cohortId, added, StaffSession::currentActor());
        },
        true));
}

namespace {

// The store write that puts every cell in its state.
Result<void> writeCells(storage::Database& database, const std::vector<AttendanceCell>& cells)
{
    std::vector<AttendanceMark> marks;
    std::vector<storage::AttendanceKey> cleared;
    for (const AttendanceCell& cell : cells) {
        if (cell.mark)
            marks.push_back(*cell.mark);
        else
            cleared.push_back(cell.key);
    }
    return storage::CohortStore(database).changeAttendance(marks, cleared);
}

} // namespace

bool CohortEditor::changeAttendance(
    const QString& cohortId, const std::vector<AttendanceCell>& after, const QString& text)
{
    const auto all = storage::CohortStore(m_database).attendance(cohortId);
    if (!all) {
        Q_EMIT errorOccurred(all.error().message);
        return false;
    }
    std::vector<AttendanceCell> before;
    bool changes = false;
    for (const AttendanceCell& cell : after) {
        AttendanceCell previous{cell.key, std::nullopt};
        for (const AttendanceMark& mark : *all)
            if (mark.sessionId == cell.key.sessionId && mark.personId == cell.key.personId)
                previous.mark = mark;
        changes = changes || previous.mark != cell.mark;
        before.push_back(previous);
    }
    if (!changes)
        return true;
    return push(new StoreCommand(
        *this, cohortId, text, [this, after] { return writeCells(m_database, after); },
        [this, before] { return writeCells(m_database, before); }));
}

} // namespace pcs::gui
