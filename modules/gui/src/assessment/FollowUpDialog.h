#pragma once

#include "pcs/domain/assessment/SawPlan.h"
#include "pcs/domain/curriculum/Templates.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace pcs::gui {

// Records one follow-up with a learner: how far they have come with their plan (the curriculum's
// follow-up statuses), a reflection and the next step.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const FollowUp& followUp, const QString& learnerName, const CurriculumTemplates& templates,
        const QString& language, QWidget* parent = nullptr);

    // The follow-up as entered.
    FollowUp followUp() const;
    QComboBox* statusBox() const { return m_status; }
    QPlainTextEdit* reflectionEdit() const { return m_reflection; }
    QPlainTextEdit* nextStepEdit() const { return m_nextStep; }

private:
    FollowUp m_followUp;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_reflection = nullptr;
    QPlainTextEdit* m_nextStep = nullptr;
};

} // namespace pcs::gui
