#include "FollowUpDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pcs::gui {

FollowUpDialog::FollowUpDialog(const FollowUp& followUp, const QString& learnerName,
    const CurriculumTemplates& templates, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_followUp(followUp)
{
    setObjectName(QStringLiteral("follow-up-dialog"));
    setWindowTitle(tr("%1-day Follow-up with %2").arg(followUp.dayOffset).arg(learnerName));
    resize(520, 420);
    auto* layout = new QVBoxLayout(this);
    auto* due = new QLabel(tr("Due %1").arg(QLocale().toString(followUp.dueDate, QLocale::LongFormat)), this);
    layout->addWidget(due);
    auto* form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("follow-up-status"));
    m_status->setAccessibleName(tr("How far the learner has come with the plan"));
    for (FollowUpStatus status :
        {FollowUpStatus::NotStarted, FollowUpStatus::Started, FollowUpStatus::Applied}) {
        const QString key = followUpStatusKey(status);
        QString title = key;
        QString description;
        for (const LabelledEntry& entry : templates.followUpStatuses)
            if (entry.id == key) {
                title = entry.title.in(language);
                description = entry.description.in(language);
            }
        m_status->addItem(title, key);
        m_status->setItemData(m_status->count() - 1, description, Qt::ToolTipRole);
    }
    if (followUp.status)
        m_status->setCurrentIndex(std::max(0, m_status->findData(followUpStatusKey(*followUp.status))));
    form->addRow(tr("&Status:"), m_status);
    m_reflection = new QPlainTextEdit(followUp.reflection, this);
    m_reflection->setObjectName(QStringLiteral("follow-up-reflection"));
    m_reflection->setAccessibleName(tr("Reflection"));
    m_reflection->setTabChangesFocus(true);
    m_reflection->setPlaceholderText(tr("What the learner tried, what helped, what got in the way…"));
    form->addRow(tr("&Reflection:"), m_reflection);
    m_nextStep = new QPlainTextEdit(followUp.nextStep, this);
    m_nextStep->setObjectName(QStringLiteral("follow-up-next-step"));
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setTabChangesFocus(true);
    m_nextStep->setMaximumHeight(90);
    form->addRow(tr("&Next step:"), m_nextStep);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp followUp = m_followUp;
    followUp.status = followUpStatusFromKey(m_status->currentData().toString());
    followUp.reflection = m_reflection->toPlainText().trimmed();
    followUp.nextStep = m_nextStep->toPlainText().trimmed();
    return followUp;
}

} // namespace pcs::gui
