#pragma once

#include "pcs/domain/assessment/SawPlan.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// A learner's Skills Application in the Workplace plan: one part per competency (topic) they
// choose, each with the fields of the curriculum's SAW plan template. A part is saved as it is
// typed (kPauseMs after the last change, when a field loses the focus, when another part is
// opened or a new one started, when the editor is hidden, and by flush()), as well as by its Save
// button; it opens on the first part of a plan that has any; "Saved." shows only
// after the store committed. Removing a part asks first, "Keep it" being the focused answer.
// `language` picks the curriculum text. Used by staff and, after the post self-assessment, by the
// learner in the kiosk.
class SawPlanEditor : public QWidget
{
    Q_OBJECT

public:
    SawPlanEditor(storage::Database& database, const CurriculumPackage& package,
        const QStringList& topicOrder, const QString& cohortId, const QString& personId,
        const QString& language, QWidget* parent = nullptr);

    const std::vector<SawPlanEntry>& entries() const { return m_entries; }
    QListWidget* partsList() const { return m_parts; }
    QComboBox* topicBox() const { return m_topic; }
    // The text edit of a template field in the part being edited (nullptr for an unknown field).
    QWidget* fieldEditor(const QString& fieldId) const;

    static constexpr int kPauseMs = 1500;

    // Saves the part being edited (topic and fields); false with the store's message shown otherwise.
    bool saveCurrent();
    // Saves the part being edited if it changed since it was last saved (a new part once anything
    // is typed in it). True when nothing is left unsaved; false with the store's message otherwise.
    bool flush();
    // The store's message of the last save that failed; empty after a save that committed.
    QString lastError() const { return m_lastError; }
    // Starts a new part (what was typed in the current one saved first).
    void startNew();
    // "Remove part": asks whether to remove the selected part ("Keep it" focused).
    void askToRemove();
    QWidget* removeConfirmation() const { return m_removeConfirm; }
    // Removes the selected part at once (the answer "Remove" to askToRemove()).
    bool removeCurrent();

Q_SIGNALS:
    void saved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void reload();
    void showEntry(int row);
    void selectEntry(const QString& entryId);
    void beginNewPart();
    SawPlanEntry currentEntry() const;
    bool isDirty() const;
    void showError(const QString& message);
    void cancelRemove();

    storage::Database& m_database;
    const CurriculumPackage& m_package;
    QString m_cohortId;
    QString m_personId;
    QString m_language;
    std::vector<SawPlanEntry> m_entries;
    QString m_editingId; // empty for a new part
    QListWidget* m_parts = nullptr;
    QComboBox* m_topic = nullptr;
    std::vector<std::pair<QString, QWidget*>> m_fields; // template field id -> editor
    QLabel* m_status = nullptr;
    QTimer* m_pause = nullptr;
    QString m_lastError;
    QWidget* m_removeConfirm = nullptr;
    QLabel* m_removeQuestion = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace pcs::gui
