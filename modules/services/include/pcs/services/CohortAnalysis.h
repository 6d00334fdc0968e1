#pragma once

#include "pcs/analytics/AttendanceFigures.h"
#include "pcs/analytics/CohortStatistics.h"
#include "pcs/domain/Error.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// Everything the reports and `pcs-studio stats` say about one cohort, read once from the
// database: the cohort and its curriculum, roster, attendance and the answers of submitted
// self-assessments, with the analytics computed from them. The window and the command line both
// use it, so they report the same figures.
struct CohortAnalysis {
    Q_DECLARE_TR_FUNCTIONS(pcs::services::CohortAnalysis)

public:
    Cohort cohort;
    std::optional<CurriculumPackage> package; // the cohort's curriculum version, when in the database
    std::vector<Person> roster; // by last, then first name
    std::vector<AttendanceMark> marks;
    int programContactMinutes = 0; // of the program, else of the cohort's sessions
    std::vector<analytics::LearnerAttendance> attendance; // per roster learner, in roster order
    analytics::CohortAttendanceSummary attendanceSummary;
    std::vector<AssessmentItem> items; // of the program, in topic order
    QStringList topicOrder;
    std::vector<analytics::PhaseAnswer> answers; // of submitted self-assessments only
    std::vector<analytics::TopicStatistics> topics; // in topic order

    static Result<CohortAnalysis> read(storage::Database& database, const QString& cohortId);

    const Program* program() const;
    QString programTitle(const QString& language) const;
    QString topicTitle(const QString& topicId, const QString& language) const;
    const AssessmentItem* item(const QString& itemId) const;
};

} // namespace pcs::services
