#pragma once

#include "pcs/domain/assessment/SawPlan.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// A learner's Skills Application in the Workplace plan: one part per competency (topic) they
// choose, each with the fields of the curriculum's SAW plan template. Each part is saved when the
// Save button of the part is pressed; `language` picks the curriculum text. Used by staff and,
// after the post self-assessment, by the learner in the kiosk.
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

    // Saves the part being edited (topic and fields); false with the store's message shown otherwise.
    bool saveCurrent();
    // Starts a new part, or removes the selected one.
    void startNew();
    bool removeCurrent();

Q_SIGNALS:
    void saved();

private:
    void reload();
    void showEntry(int row);

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
};

} // namespace pcs::gui
