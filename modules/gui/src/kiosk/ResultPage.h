#pragma once

#include "KioskContent.h"

#include "pcs/domain/assessment/LearnerAssessment.h"

#include <QWidget>

class QPushButton;

namespace pcs::gui {

// After submitting: thanks, and the topics where the learner's competence is lowest and desire
// for development highest (priorityTopics), each with the MicroCoaching tools that serve it.
// Done hands the laptop on.
class ResultPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTopicCount = 3;

    ResultPage(const KioskContent& content, const LearnerAssessment& assessment, const QString& firstName,
        const QString& language, QWidget* parent = nullptr);

    QPushButton* doneButton() const { return m_done; }
    // After a post-assessment: the button that opens the learner's SAW plan (null otherwise).
    QPushButton* planButton() const { return m_plan; }

Q_SIGNALS:
    void done();
    void planRequested();

private:
    QPushButton* m_done = nullptr;
    QPushButton* m_plan = nullptr;
};

} // namespace pcs::gui
