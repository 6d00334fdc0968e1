#include "SawPlanEditor.h"

#include "pcs/storage/SawPlanStore.h"

#include <QAccessible>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pcs::gui {

SawPlanEditor::SawPlanEditor(storage::Database& database, const CurriculumPackage& package,
    const QStringList& topicOrder, const QString& cohortId, const QString& personId, const QString& language,
    QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_package(package)
    , m_cohortId(cohortId)
    , m_personId(personId)
    , m_language(language)
{
    setObjectName(QStringLiteral("saw-plan-editor"));
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    auto* partsLabel = new QLabel(tr("Parts of the &plan:"), this);
    m_parts = new QListWidget(this);
    m_parts->setObjectName(QStringLiteral("saw-plan-parts"));
    m_parts->setAccessibleName(tr("Parts of the SAW plan, one per competency"));
    partsLabel->setBuddy(m_parts);
    left->addWidget(partsLabel);
    left->addWidget(m_parts, 1);
    auto* newPart = new QPushButton(tr("&New part"), this);
    newPart->setObjectName(QStringLiteral("saw-new-part"));
    newPart->setAccessibleName(tr("Start a new part of the plan"));
    auto* removePart = new QPushButton(tr("Re&move part"), this);
    removePart->setObjectName(QStringLiteral("saw-remove-part"));
    removePart->setAccessibleName(tr("Remove the selected part of the plan"));
    auto* partButtons = new QHBoxLayout;
    partButtons->addWidget(newPart);
    partButtons->addWidget(removePart);
    left->addLayout(partButtons);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    auto* intro = new QLabel(package.templates.sawPlanIntro.in(language), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    right->addWidget(intro);
    auto* form = new QFormLayout;
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("saw-topic"));
    m_topic->setAccessibleName(tr("Competency"));
    for (const QString& topicId : topicOrder)
        if (const Topic* topic = package.topic(topicId))
            m_topic->addItem(topic->title.in(language), topicId);
    form->addRow(tr("&Competency:"), m_topic);
    for (const SawPlanField& field : package.templates.sawPlanFields) {
        QWidget* editor = nullptr;
        if (field.isDate) {
            auto* date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setSpecialValueText(tr("No date"));
            date->setMinimumDate(QDate(2000, 1, 1));
            date->setDate(date->minimumDate());
            editor = date;
        } else {
            auto* text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(80);
            text->setPlaceholderText(field.help.in(language));
            editor = text;
        }
        editor->setObjectName(QStringLiteral("saw-field-") + field.id);
        editor->setAccessibleName(field.label.in(language));
        editor->setAccessibleDescription(field.help.in(language));
        editor->setToolTip(field.help.in(language));
        form->addRow(field.label.in(language) + u':', editor);
        m_fields.emplace_back(field.id, editor);
    }
    right->addLayout(form);
    auto* save = new QPushButton(tr("&Save this part"), this);
    save->setObjectName(QStringLiteral("saw-save"));
    save->setAccessibleName(tr("Save this part of the plan"));
    right->addWidget(save, 0, Qt::AlignRight);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saw-status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    right->addWidget(m_status);
    right->addStretch();
    layout->addLayout(right, 2);

    connect(newPart, &QPushButton::clicked, this, &SawPlanEditor::startNew);
    connect(removePart, &QPushButton::clicked, this, &SawPlanEditor::removeCurrent);
    connect(save, &QPushButton::clicked, this, &SawPlanEditor::saveCurrent);
    connect(m_parts, &QListWidget::currentRowChanged, this, &SawPlanEditor::showEntry);
    reload();
    if (m_entries.empty())
        startNew();
}

QWidget* SawPlanEditor::fieldEditor(const QString& fieldId) const
{
    for (const auto& [id, editor] : m_fields)
        if (id == fieldId)
            return editor;
    return nullptr;
}

void SawPlanEditor::reload()
{
    const auto plan = storage::SawPlanStore(m_database).sawPlan(m_cohortId, m_personId);
    if (!plan) {
        m_status->setText(plan.error().message);
        return;
    }
    m_entries = *plan;
    const QSignalBlocker blocker(m_parts);
    m_parts->clear();
    for (const SawPlanEntry& entry : m_entries) {
        const Topic* topic = m_package.topic(entry.topicId);
        m_parts->addItem(topic ? topic->title.in(m_language) : entry.topicId);
    }
}

void SawPlanEditor::showEntry(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    const SawPlanEntry& entry = m_entries[size_t(row)];
    m_editingId = entry.id;
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(entry.topicId)));
    for (const auto& [id, editor] : m_fields) {
        const QString value = entry.fields.value(id);
        if (auto* date = qobject_cast<QDateEdit*>(editor)) {
            const QDate parsed = QDate::fromString(value, Qt::ISODate);
            date->setDate(parsed.isValid() ? parsed : date->minimumDate());
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
            text->setPlainText(value);
        }
    }
    m_status->clear();
}

void SawPlanEditor::startNew()
{
    m_editingId.clear();
    m_parts->clearSelection();
    for (const auto& [id, editor] : m_fields) {
        if (auto* date = qobject_cast<QDateEdit*>(editor))
            date->setDate(date->minimumDate());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            text->clear();
    }
    // Suggest a competency the plan does not cover yet.
    for (int i = 0; i < m_topic->count(); ++i) {
        const QString topicId = m_topic->itemData(i).toString();
        if (std::none_of(
                m_entries.begin(), m_entries.end(), [&](const auto& e) { return e.topicId == topicId; })) {
            m_topic->setCurrentIndex(i);
            break;
        }
    }
    m_status->setText(tr("A new part: choose the competency and say how you will apply it."));
    m_topic->setFocus();
}

bool SawPlanEditor::saveCurrent()
{
    SawPlanEntry entry;
    entry.id = m_editingId;
    entry.topicId = m_topic->currentData().toString();
    for (const auto& [id, editor] : m_fields) {
        if (auto* date = qobject_cast<QDateEdit*>(editor)) {
            if (date->date() != date->minimumDate())
                entry.fields.insert(id, date->date().toString(Qt::ISODate));
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
            if (!text->toPlainText().trimmed().isEmpty())
                entry.fields.insert(id, text->toPlainText());
        }
    }
    const auto stored = storage::SawPlanStore(m_database).saveSawPlanEntry(m_cohortId, m_personId, entry);
    if (!stored) {
        m_status->setText(stored.error().message);
        QAccessibleEvent alert(m_status, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        return false;
    }
    m_editingId = stored->id;
    reload();
    for (int row = 0; row < int(m_entries.size()); ++row)
        if (m_entries[size_t(row)].id == stored->id) {
            const QSignalBlocker blocker(m_parts);
            m_parts->setCurrentRow(row);
        }
    m_status->setText(tr("Saved."));
    Q_EMIT saved();
    return true;
}

bool SawPlanEditor::removeCurrent()
{
    const int row = m_parts->currentRow();
    if (row < 0 || row >= int(m_entries.size()))
        return false;
    const auto removed = storage::SawPlanStore(m_database)
                             .removeSawPlanEntry(m_cohortId, m_personId, m_entries[size_t(row)].id);
    if (!removed) {
        m_status->setText(removed.error().message);
        return false;
    }
    reload();
    startNew();
    return true;
}

} // namespace pcs::gui
