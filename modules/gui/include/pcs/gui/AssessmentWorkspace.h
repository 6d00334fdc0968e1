#pragma once

#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/SawPlanStore.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The staff side of self-assessment. For a cohort and a phase (pre or post): open the window in
// which learners may answer (with PINs, and then-ratings in the post phase) and close it, start
// the kiosk on this laptop, see who has not started, is in progress or has submitted, reopen a
// submission, set or remove a learner's PIN, and open a learner's SAW plan and follow-ups. A
// second tab lists the follow-ups due across all cohorts. `actor` names the staff member in the
// audit log.
class AssessmentWorkspace : public QWidget
{
    Q_OBJECT

public:
    AssessmentWorkspace(storage::Database& database, const QString& language, QWidget* parent = nullptr);
    ~AssessmentWorkspace() override;

    void setActor(const QString& actor) { m_actor = actor; }
    // Reads the cohorts, the window and the learners again.
    void reload();
    bool selectCohort(const QString& cohortId);
    void setPhase(AssessmentPhase phase);
    QString cohortId() const;
    AssessmentPhase phase() const;
    const std::optional<AssessmentWindow>& openWindow() const { return m_window; }
    const std::vector<storage::LearnerStatus>& statuses() const { return m_statuses; }
    QTableWidget* learnersTable() const { return m_learners; }
    QTableWidget* dueTable() const { return m_due; }

    // The actions behind the buttons; each returns whether something changed.
    bool openForLearners(bool usesPins, bool collectThen);
    bool askAndOpen(); // asks about PINs and then-ratings first
    bool closeForLearners();
    bool reopenSelected();
    bool setPinForSelected(); // asks for the PIN twice
    bool removePinForSelected();
    bool openPlanForSelected();
    bool recordSelectedDueFollowUp();

Q_SIGNALS:
    // "Start the kiosk" for the open window of this cohort and phase.
    void kioskRequested(const QString& cohortId, AssessmentPhase phase);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCohort();
    void reloadDue();
    const storage::LearnerStatus* selectedLearner() const;
    void updateButtons();
    void report(const QString& message);

    storage::Database& m_database;
    QString m_language;
    QString m_actor = QStringLiteral("desktop");
    std::optional<CurriculumPackage> m_package;
    QStringList m_topicOrder;
    std::optional<AssessmentWindow> m_window;
    std::vector<storage::LearnerStatus> m_statuses;
    std::vector<storage::DueFollowUp> m_dueList;
    QComboBox* m_cohort = nullptr;
    QComboBox* m_phase = nullptr;
    QLabel* m_windowState = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_kiosk = nullptr;
    QTableWidget* m_learners = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_setPin = nullptr;
    QPushButton* m_removePin = nullptr;
    QPushButton* m_plan = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_due = nullptr;
};

} // namespace pcs::gui
