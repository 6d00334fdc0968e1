#pragma once

#include "pcs/domain/Account.h"
#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Person.h"

#include <QCoreApplication>

#include <vector>

namespace pcs::storage {
class Database;
}

namespace pcs::app {

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
    std::vector<DemoAccount> accounts; // new ones only: a second run on the same file adds none
};

// A realistic, reproducible organization to try PCS Studio with: Ontario organizations,
// facilitators and learners with English and French names, cohorts of every program in every
// state, their sessions and attendance. The same seed gives the same people and cohorts.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::DemoData)

public:
    // One transaction: all of it or nothing.
    static Result<DemoFigures> generate(storage::Database& database, int learners, quint32 seed);

private:
    // An administrator ("admin") and accounts for the first facilitators, each with a new password.
    static Result<std::vector<DemoAccount>> createStaffAccounts(
        storage::Database& database, const std::vector<Person>& facilitators);
    static QString newPassword();
};

} // namespace pcs::app
