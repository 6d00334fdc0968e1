#pragma once

#include "pcs/domain/assessment/SawPlan.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/delivery/Person.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class SawPlanEditor;

// One learner's SAW plan and its 30-, 60- and 90-day follow-ups, for trainers and champions.
class LearnerPlanDialog : public QDialog
{
    Q_OBJECT

public:
    LearnerPlanDialog(storage::Database& database, const CurriculumPackage& package,
        const QStringList& topicOrder, const QString& cohortId, const Person& learner,
        const QString& language, const QString& actor, QWidget* parent = nullptr);

    SawPlanEditor* planEditor() const { return m_plan; }
    QTableWidget* followUpsTable() const { return m_followUps; }
    const std::vector<FollowUp>& followUps() const { return m_list; }
    // Opens the follow-up form for `row` (the selected row when -1); true when it was recorded.
    bool recordFollowUp(int row = -1);

private:
    void reloadFollowUps();

    storage::Database& m_database;
    const CurriculumPackage& m_package;
    QString m_cohortId;
    Person m_learner;
    QString m_language;
    QString m_actor;
    SawPlanEditor* m_plan = nullptr;
    QTableWidget* m_followUps = nullptr;
    std::vector<FollowUp> m_list;
};

} // namespace pcs::gui
