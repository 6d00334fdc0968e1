#pragma once

#include "pcs/domain/Account.h"
#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace pcs {
struct CurriculumPackage;
}

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// A staff account the demo created, with the password it was given (shown once, never stored).
struct DemoAccount {
    QString userName;
    QString displayName;
    Role role = Role::Facilitator;
    QString password;
};

struct DemoFigures {
    int organizations = 0;
    int facilitators = 0;
    int learners = 0;
    int cohorts = 0;
    int sessions = 0;
    int attendanceMarks = 0;
    int answers = 0; // self-assessment answers, pre and post
    int submittedAssessments = 0; // pre and post self-assessments handed in
    int sawPlans = 0; // learners with a SAW plan
    int sawPlanEntries = 0;
    int followUps = 0; // recorded follow-ups
    std::vector<DemoAccount> accounts; // new ones only: a second run on the same file adds none
};

// A cohort of the demonstration and what its self-assessments need.
struct DemoCohort {
    Cohort cohort;
    QStringList roster;
};

// Where the demonstration may go.
enum class DemoTarget {
    EmptyOnly, // refuse a database that already holds people or cohorts (real data, most likely)
    IntoExisting, // add to whatever the database holds
};

// A realistic, reproducible organization to try PCS Studio with: Ontario organizations,
// facilitators and learners with English and French names, cohorts of every program in every
// state, their sessions and attendance; for the running and completed cohorts, pre
// self-assessments, and for the completed ones post self-assessments with then-ratings, SAW plans
// and the follow-ups that are due. The same seed gives the same people, cohorts and answers.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::DemoData)

public:
    // One transaction: all of it or nothing, the bundled curriculum (when the database has none) and
    // the staff accounts included, so that a kill or a full disk leaves the database as it was. With
    // DemoTarget::EmptyOnly a database that holds people or cohorts is refused (ErrorKind::Invalid)
    // and left untouched.
    static Result<DemoFigures> generate(
        storage::Database& database, int learners, quint32 seed, DemoTarget target = DemoTarget::EmptyOnly);

private:
    static Result<void> refuseRealData(storage::Database& database);
    // Organizations, people, cohorts, sessions, attendance and self-assessments; returns the
    // facilitators, some of whom get staff accounts.
    static Result<std::vector<Person>> createOrganization(
        storage::Database& database, int learners, quint32 seed, DemoFigures& figures);
    // Pre (and for completed cohorts post) self-assessments, SAW plans and follow-ups, all dated at
    // the cohort's sessions (never later than the database clock's now).
    static Result<void> createAssessments(storage::Database& database, const CurriculumPackage& package,
        const std::vector<DemoCohort>& cohorts, const QSet<QString>& frenchLearners, quint32 seed,
        DemoFigures& figures);
    // An administrator ("admin") and accounts for the first facilitators, each with a new password.
    static Result<std::vector<DemoAccount>> createStaffAccounts(
        storage::Database& database, const std::vector<Person>& facilitators);
    static QString newPassword();
};

} // namespace pcs::services
