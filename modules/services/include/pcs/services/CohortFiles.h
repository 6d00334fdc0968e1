#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"
#include "pcs/exchange/RosterRow.h"
#include "pcs/storage/CohortStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// The files a cohort goes in and out of PCS Studio as: its roster as CSV and its schedule as
// iCalendar. The Cohorts workspace and the command line both use these, so a file made from a
// window and one made from a command are the same.
class CohortFiles
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::CohortFiles)

public:
    // The roster as RosterCsv writes it, with each learner's organization by name.
    static Result<QByteArray> rosterCsv(
        storage::Database& database, const QString& cohortId, int* learners = nullptr);
    // One event per session in America/Toronto time, titled with the program and workshop in `language`.
    static Result<QByteArray> scheduleIcs(storage::Database& database, const Cohort& cohort,
        const QString& language, const QDateTime& stampUtc);
    // The roster file at `path` read as a stream within the limits of exchange/RosterLimits.h (see
    // exchange::RosterCsv::read): refused with a message naming the file when it is a folder, a
    // device or a pipe, cannot be read, or goes past a limit. What the window's import and
    // `roster import` read a file with.
    static Result<exchange::RosterParse> readRoster(const QString& path);
    // The people of parsed roster rows, and each row's organization name in `organizations`.
    static std::vector<Person> people(
        const std::vector<exchange::RosterRow>& rows, QStringList& organizations);
    // Adds the learners of parsed roster rows to the cohort in one transaction (with `dryRun`, only
    // says what would be added): the preview of the window's import dialog and `roster import`.
    static Result<storage::RosterImportOutcome> importRoster(storage::Database& database,
        const QString& cohortId, const std::vector<exchange::RosterRow>& rows, bool dryRun);
    // Writes through QSaveFile: the file appears whole or not at all.
    static Result<void> save(const QString& path, const QByteArray& bytes);
    // Audits an export ("export.<what>", e.g. export.roster) of `subject` (a cohort id) to the file
    // at `path` (its name only is kept) by `actor`.
    static Result<void> recordExport(storage::Database& database, const QString& actor, const QString& what,
        const QString& subject, const QString& path);
};

} // namespace pcs::services
