#include "pcs/gui/AssessmentWorkspace.h"

#include "FollowUpDialog.h"
#include "LearnerPlanDialog.h"
#include "pcs/domain/Clock.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/services/AppSettings.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/LearnerPinStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

// The actions behind the workspace's buttons, and the follow-ups due; AssessmentWorkspace.cpp
// builds the workspace and shows the cohort.

namespace pcs::gui {

bool AssessmentWorkspace::openForLearners(bool usesPins, bool collectThen)
{
    const auto opened = storage::AssessmentWindowStore(m_database)
                            .openWindow(cohortId(), phase(), usesPins,
                                collectThen && phase() == AssessmentPhase::Post, m_actor);
    if (!opened) {
        MessageBox::warning(this, tr("Self-assessment"), opened.error().message);
        return false;
    }
    showCohort();
    return true;
}

bool AssessmentWorkspace::askAndOpen()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("open-window-dialog"));
    dialog.setWindowTitle(tr("Open the Self-assessment"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text
        = new QLabel(tr("Learners of “%1” will be able to answer the %2 on the kiosk until you close it.")
                         .arg(m_cohort->currentText(), m_phase->currentText().toLower()),
            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* pins = new QCheckBox(tr("Learners confirm who they are with a &PIN (4 to 6 digits)"), &dialog);
    pins->setObjectName(QStringLiteral("uses-pins"));
    layout->addWidget(pins);
    auto* then = new QCheckBox(
        tr("Also ask how they would have rated themselves &before the program (then-ratings)"), &dialog);
    then->setObjectName(QStringLiteral("collect-then"));
    then->setToolTip(
        tr("Looking back corrects for response-shift: learners often rate themselves too high before "
           "they know what the skills involve."));
    then->setVisible(phase() == AssessmentPhase::Post);
    then->setChecked(phase() == AssessmentPhase::Post);
    layout->addWidget(then);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return openForLearners(pins->isChecked(), then->isChecked());
}

bool AssessmentWorkspace::closeForLearners()
{
    if (!m_window)
        return false;
    const auto closed = storage::AssessmentWindowStore(m_database).closeWindow(m_window->id, m_actor);
    if (!closed) {
        MessageBox::warning(this, tr("Self-assessment"), closed.error().message);
        return false;
    }
    showCohort();
    return true;
}

bool AssessmentWorkspace::reopenSelected()
{
    const storage::LearnerStatus* learner = selectedLearner();
    if (!learner)
        return false;
    const int row = m_learners->currentRow();
    const auto reopened
        = storage::AssessmentStore(m_database).reopen(cohortId(), learner->person.id, phase(), m_actor);
    if (!reopened) {
        MessageBox::warning(this, tr("Self-assessment"), reopened.error().message);
        return false;
    }
    showCohort();
    m_learners->selectRow(row);
    return true;
}

bool AssessmentWorkspace::setPinForSelected()
{
    const storage::LearnerStatus* learner = selectedLearner();
    if (!learner)
        return false;
    const Person person = learner->person;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("pin-dialog"));
    dialog.setWindowTitle(tr("PIN for %1").arg(person.displayName()));
    auto* form = new QFormLayout(&dialog);
    auto* pin = new QLineEdit(&dialog);
    pin->setObjectName(QStringLiteral("pin"));
    pin->setAccessibleName(tr("PIN"));
    pin->setEchoMode(QLineEdit::Password);
    pin->setInputMethodHints(Qt::ImhDigitsOnly);
    auto* again = new QLineEdit(&dialog);
    again->setObjectName(QStringLiteral("pin-again"));
    again->setAccessibleName(tr("PIN again"));
    again->setEchoMode(QLineEdit::Password);
    const int length = services::AppSettings::pinLength();
    pin->setMaxLength(length);
    again->setMaxLength(length);
    form->addRow(tr("&PIN (%n digits):", nullptr, length), pin);
    form->addRow(tr("&Again:"), again);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        if (pin->text() != again->text()) {
            MessageBox::warning(&dialog, dialog.windowTitle(), tr("The two PINs are not the same."));
            continue;
        }
        const auto set = storage::LearnerPinStore(m_database).setPin(person.id, pin->text(), m_actor, length);
        if (set) {
            showCohort();
            report(tr("%1 has a new PIN.").arg(person.displayName()));
            return true;
        }
        MessageBox::warning(&dialog, dialog.windowTitle(), set.error().message);
    }
    return false;
}

bool AssessmentWorkspace::removePinForSelected()
{
    const storage::LearnerStatus* learner = selectedLearner();
    if (!learner)
        return false;
    const Person person = learner->person;
    const auto removed = storage::LearnerPinStore(m_database).removePin(person.id, m_actor);
    if (!removed) {
        MessageBox::warning(this, tr("Self-assessment"), removed.error().message);
        return false;
    }
    showCohort();
    report(tr("%1 has no PIN now.").arg(person.displayName()));
    return true;
}

bool AssessmentWorkspace::openPlanForSelected()
{
    const storage::LearnerStatus* learner = selectedLearner();
    if (!learner || !m_package)
        return false;
    LearnerPlanDialog dialog(
        m_database, *m_package, m_topicOrder, cohortId(), learner->person, m_language, m_actor, this);
    dialog.exec();
    reloadDue();
    return true;
}

void AssessmentWorkspace::reloadDue()
{
    const QDate today = m_database.clock().nowUtc().toLocalTime().date();
    const auto due = storage::SawPlanStore(m_database).dueFollowUps(today.addDays(14));
    if (!due) {
        report(due.error().message);
        return;
    }
    m_dueList = *due;
    m_due->setRowCount(int(m_dueList.size()));
    for (int row = 0; row < m_due->rowCount(); ++row) {
        const storage::DueFollowUp& item = m_dueList[size_t(row)];
        const bool overdue = item.followUp.dueDate < today;
        const QStringList cells{QLocale().toString(item.followUp.dueDate, QLocale::ShortFormat)
                + (overdue ? tr(" (overdue)") : QString()),
            item.person.displayName(), tr("%1 days").arg(item.followUp.dayOffset), item.cohortTitle};
        for (int column = 0; column < cells.size(); ++column)
            m_due->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_due->resizeColumnsToContents();
}

bool AssessmentWorkspace::recordSelectedDueFollowUp()
{
    const int row = m_due->currentRow();
    if (row < 0 || row >= int(m_dueList.size()))
        return false;
    const storage::DueFollowUp item = m_dueList[size_t(row)];
    const auto cohort = storage::CohortStore(m_database).byId(item.followUp.cohortId);
    if (!cohort || !cohort->has_value())
        return false;
    const auto package = storage::CurriculumStore(m_database).byVersionId((*cohort)->curriculumVersionId);
    if (!package || !package->has_value())
        return false;
    FollowUpDialog form(item.followUp, item.person.displayName(), (*package)->templates, m_language, this);
    if (form.exec() != QDialog::Accepted)
        return false;
    const auto recorded = storage::SawPlanStore(m_database, (*package)->templates.followUpDays)
                              .recordFollowUp(form.followUp(), m_actor);
    if (!recorded) {
        MessageBox::warning(this, tr("Follow-up"), recorded.error().message);
        return false;
    }
    reloadDue();
    return true;
}

} // namespace pcs::gui
