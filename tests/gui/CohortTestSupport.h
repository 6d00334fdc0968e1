#pragma once

#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"
#include "pcs/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pcs::test {

// A real database file in a temporary folder, with one curriculum version imported.
struct CohortDatabase {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;
    qint64 versionId = 0;

    CohortDatabase();
};

Person makePerson(const QString& first, const QString& last, const QString& email = {});

// Creates a cohort of a small two-workshop program "staff" starting `start` in Sudbury, with
// `learners` on its roster (added through PeopleStore and CohortStore).
Cohort createCohort(
    CohortDatabase& db, const QString& title, const QDate& start, const QStringList& learners);

} // namespace pcs::test
