#include "SawPlanEditor.h"

#include "pcs/storage/SawPlanStore.h"

#include <QAccessible>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
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
    // Removing a part asks first, in place (no dialog for the kiosk's idle reset to leave behind).
    m_removeConfirm = new QWidget(this);
    m_removeConfirm->setObjectName(QStringLiteral("saw-remove-confirmation"));
    auto* confirmLayout = new QVBoxLayout(m_removeConfirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_removeQuestion = new QLabel(m_removeConfirm);
    m_removeQuestion->setObjectName(QStringLiteral("saw-remove-question"));
    m_removeQuestion->setWordWrap(true);
    m_removeQuestion->setTextFormat(Qt::PlainText);
    confirmLayout->addWidget(m_removeQuestion);
    auto* confirmButtons = new QHBoxLayout;
    m_keep = new QPushButton(tr("&Keep it"), m_removeConfirm);
    m_keep->setObjectName(QStringLiteral("saw-remove-keep"));
    m_keep->setAccessibleName(tr("Keep this part of the plan"));
    m_keep->setAutoDefault(true); // Enter on the focused button
    m_remove = new QPushButton(tr("&Remove"), m_removeConfirm);
    m_remove->setObjectName(QStringLiteral("saw-remove-yes"));
    m_remove->setAccessibleName(tr("Remove this part of the plan"));
    m_remove->setAutoDefault(true);
    confirmButtons->addWidget(m_keep);
    confirmButtons->addWidget(m_remove);
    confirmLayout->addLayout(confirmButtons);
    m_removeConfirm->hide();
    m_removeConfirm->installEventFilter(this);
    m_keep->installEventFilter(this);
    m_remove->installEventFilter(this);
    left->addWidget(m_removeConfirm);
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
        editor->installEventFilter(this); // leaving a field saves it
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

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &SawPlanEditor::flush);
    for (const auto& [id, editor] : m_fields) {
        if (auto* date = qobject_cast<QDateEdit*>(editor))
            connect(date, &QDateEdit::dateChanged, m_pause, qOverload<>(&QTimer::start));
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            connect(text, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    }
    connect(m_topic, &QComboBox::currentIndexChanged, m_pause, qOverload<>(&QTimer::start));

    connect(newPart, &QPushButton::clicked, this, &SawPlanEditor::startNew);
    connect(removePart, &QPushButton::clicked, this, &SawPlanEditor::askToRemove);
    connect(m_keep, &QPushButton::clicked, this, &SawPlanEditor::cancelRemove);
    connect(m_remove, &QPushButton::clicked, this, &SawPlanEditor::removeCurrent);
    connect(save, &QPushButton::clicked, this, &SawPlanEditor::saveCurrent);
    connect(m_parts, &QListWidget::currentRowChanged, this, &SawPlanEditor::showEntry);
    reload();
    if (m_entries.empty())
        startNew();
    else
        m_parts->setCurrentRow(0); // the learner's plan as they left it, ready to go on with
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

void SawPlanEditor::selectEntry(const QString& entryId)
{
    for (int row = 0; row < int(m_entries.size()); ++row)
        if (m_entries[size_t(row)].id == entryId) {
            const QSignalBlocker blocker(m_parts);
            m_parts->setCurrentRow(row);
        }
}

void SawPlanEditor::showEntry(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    cancelRemove();
    const QString chosenId = m_entries[size_t(row)].id;
    if (!flush()) {
        // What was typed stays on screen with the store's reason; the list goes back to its part.
        if (!m_editingId.isEmpty())
            selectEntry(m_editingId);
        else
            m_parts->clearSelection();
        return;
    }
    selectEntry(chosenId); // the save reloaded the list
    const auto found = std::find_if(
        m_entries.begin(), m_entries.end(), [&](const SawPlanEntry& e) { return e.id == chosenId; });
    if (found == m_entries.end())
        return;
    const SawPlanEntry& entry = *found;
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
    m_pause->stop(); // what is on screen now is what is stored
    m_status->clear();
}

void SawPlanEditor::startNew()
{
    cancelRemove();
    if (!flush())
        return; // the part being edited keeps its text and the reason it was not saved
    beginNewPart();
}

void SawPlanEditor::beginNewPart()
{
    m_editingId.clear();
    {
        // No part current: choosing any of them again opens it.
        const QSignalBlocker blocker(m_parts);
        m_parts->setCurrentRow(-1);
    }
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
    m_pause->stop();
    m_status->setText(tr("A new part: choose the competency and say how you will apply it."));
    m_topic->setFocus();
}

SawPlanEntry SawPlanEditor::currentEntry() const
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
    return entry;
}

bool SawPlanEditor::isDirty() const
{
    const SawPlanEntry shown = currentEntry();
    if (m_editingId.isEmpty())
        return !shown.fields.isEmpty(); // a new part is worth keeping once something is written in it
    const auto stored = std::find_if(
        m_entries.begin(), m_entries.end(), [&](const SawPlanEntry& e) { return e.id == m_editingId; });
    return stored == m_entries.end() || stored->topicId != shown.topicId || stored->fields != shown.fields;
}

bool SawPlanEditor::flush()
{
    m_pause->stop();
    if (!isDirty())
        return true; // what is on screen is what is stored
    return saveCurrent();
}

void SawPlanEditor::showError(const QString& message)
{
    m_lastError = message;
    m_status->setText(message);
    QAccessibleEvent alert(m_status, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

bool SawPlanEditor::saveCurrent()
{
    m_pause->stop();
    const SawPlanEntry entry = currentEntry();
    const auto stored = storage::SawPlanStore(m_database).saveSawPlanEntry(m_cohortId, m_personId, entry);
    if (!stored) {
        showError(stored.error().message);
        return false;
    }
    m_lastError.clear();
    m_editingId = stored->id;
    reload();
    selectEntry(stored->id);
    m_status->setText(tr("Saved."));
    Q_EMIT saved();
    return true;
}

void SawPlanEditor::askToRemove()
{
    const int row = m_parts->currentRow();
    if (row < 0 || row >= int(m_entries.size()) || m_entries[size_t(row)].id != m_editingId) {
        m_status->setText(tr("Choose the part to remove in the list first."));
        return;
    }
    m_removeQuestion->setText(tr("Remove the part “%1” from the plan? What it says cannot be brought back.")
                                  .arg(m_parts->item(row)->text()));
    m_keep->setAccessibleDescription(m_removeQuestion->text());
    m_remove->setAccessibleDescription(m_removeQuestion->text());
    m_removeConfirm->show();
    m_keep->setFocus(Qt::OtherFocusReason);
    QAccessibleEvent alert(m_removeQuestion, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void SawPlanEditor::cancelRemove()
{
    if (m_removeConfirm->isHidden())
        return;
    const bool hadFocus = m_removeConfirm->isAncestorOf(focusWidget());
    m_removeConfirm->hide();
    if (hadFocus)
        m_parts->setFocus(Qt::OtherFocusReason);
}

bool SawPlanEditor::removeCurrent()
{
    cancelRemove();
    const int row = m_parts->currentRow();
    if (row < 0 || row >= int(m_entries.size()))
        return false;
    m_pause->stop();
    const auto removed = storage::SawPlanStore(m_database)
                             .removeSawPlanEntry(m_cohortId, m_personId, m_entries[size_t(row)].id);
    if (!removed) {
        showError(removed.error().message);
        return false;
    }
    reload();
    beginNewPart();
    m_status->setText(tr("The part was removed."));
    return true;
}

void SawPlanEditor::hideEvent(QHideEvent* event)
{
    flush(); // the dialog or page closing: nothing typed is left behind unsaved
    QWidget::hideEvent(event);
}

bool SawPlanEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && watched->isWidgetType()
        && std::any_of(
            m_fields.begin(), m_fields.end(), [&](const auto& field) { return field.second == watched; }))
        flush();
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape
        && (watched == m_keep || watched == m_remove || watched == m_removeConfirm)) {
        cancelRemove();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pcs::gui
