#pragma once

#include "pcs/domain/Error.h"

#include <QCoreApplication>

namespace pcs::storage {
class Database;
}

namespace pcs::app {

struct DemoFigures {
    int organizations = 0;
    int facilitators = 0;
    int learners = 0;
    int cohorts = 0;
    int sessions = 0;
    int attendanceMarks = 0;
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
};

} // namespace pcs::app
