#pragma once

#include "KioskContent.h"

#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/delivery/Person.h"
#include "pcs/storage/AccountStore.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace pcs {
class Clock;
}
namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class AssessmentView;
class SawPlanEditor;

// Everything of one learner's turn at the kiosk, from "Is this you?" to the thank-you page:
// confirm, PIN (when the window uses them), the assessment, the result. The kiosk destroys the whole
// session when the turn ends (Done, the idle time, a closed window), which is what guarantees that
// nothing of this learner stays on the screen or in the accessibility tree. A learner who has
// submitted a post self-assessment comes back (after their PIN) to their SAW plan, to go on with it.
class LearnerSession : public QWidget
{
    Q_OBJECT

public:
    LearnerSession(storage::Database& database, const KioskContent& content, const Person& learner,
        const AssessmentWindow& window, bool resuming, storage::PasswordHashParameters pinParameters,
        const Clock& clock, QWidget* parent = nullptr);

    const Person& learner() const { return m_learner; }
    AssessmentView* assessment() const { return m_assessment; }
    // Saves what is typed but not saved yet (a comment, the SAW plan), before the session is
    // destroyed. Empty when everything is stored; otherwise the store's reason, for the notice.
    QString flush();
    void focusCurrent();

Q_SIGNALS:
    // The turn is over; `notice` (may be empty) is for the hand-off screen.
    void finished(const QString& notice);

private:
    void confirmed();
    void startAssessment();
    void showResult();
    void showPlan();
    void showAssessment(LearnerAssessment progress);
    void show(QWidget* page);

    storage::Database& m_database;
    const KioskContent& m_content;
    Person m_learner;
    AssessmentWindow m_window;
    storage::PasswordHashParameters m_pinParameters;
    const Clock& m_clock;
    QString m_language; // of the curriculum text: the learner's preferred one until they switch
    QStackedWidget* m_steps = nullptr;
    AssessmentView* m_assessment = nullptr;
    QPointer<SawPlanEditor> m_plan;
};

} // namespace pcs::gui
