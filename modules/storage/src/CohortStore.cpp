#include "pcs/storage/CohortStore.h"

#include "CohortRows.h"
#include "CurriculumCodec.h"
#include "DatabaseAccess.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/Database.h"

#include <QByteArray>
#include <QDate>
#include <QTime>

#include <SQLiteCpp/Statement.h>

#include <stdexcept>

// Cohorts, their details and sessions; CohortStoreRoster.cpp holds the roster and attendance.

namespace pcs::storage {
namespace {

void insertSession(SQLite::Database& db, const QString& cohortId, const CohortSession& session)
{
    SQLite::Statement insert(db,
        "INSERT INTO cohort_sessions(id, cohort_id, workshop_id, position, date, start_time, "
        "end_time, place, notes, contact_minutes, agenda) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, text(session.id));
    insert.bind(2, text(cohortId));
    insert.bind(3, text(session.workshopId));
    insert.bind(4, session.position);
    insert.bind(5, text(session.date.toString(Qt::ISODate)));
    insert.bind(6, text(session.start.toString(QStringLiteral("HH:mm"))));
    insert.bind(7, text(session.end.toString(QStringLiteral("HH:mm"))));
    insert.bind(8, text(session.place));
    insert.bind(9, text(session.notes));
    insert.bind(10, session.contactMinutes);
    insert.bind(11, encodeAgenda(session.agenda).toStdString());
    insert.exec();
}

void insertFacilitators(SQLite::Database& db, const Cohort& cohort)
{
    SQLite::Statement facilitator(
        db, "INSERT INTO cohort_facilitators(cohort_id, person_id, position) VALUES (?, ?, ?)");
    int position = 0;
    for (const QString& personId : cohort.facilitatorIds) {
        if (cohort.facilitatorIds.indexOf(personId) != position)
            throw std::runtime_error(CohortStore::tr("a facilitator is listed twice").toStdString());
        facilitator.bind(1, text(cohort.id));
        facilitator.bind(2, text(personId));
        facilitator.bind(3, ++position);
        facilitator.exec();
        facilitator.reset();
    }
}

} // namespace

CohortStore::CohortStore(Database& database)
    : m_database(database)
{ }

Result<Cohort> CohortStore::create(Cohort cohort)
{
    if (cohort.title.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("A cohort needs a title."));
    if (cohort.id.isEmpty())
        cohort.id = newId();
    for (CohortSession& session : cohort.sessions)
        if (session.id.isEmpty())
            session.id = newId();
    auto written = writeTransaction(DatabaseAccess::sqlite(m_database),
        tr("create the cohort “%1”").arg(cohort.title), [&](SQLite::Database& db) {
            SQLite::Statement insert(db,
                "INSERT INTO cohorts(id, program_id, curriculum_version_id, title, location, start_date, "
                "status, completion_percent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, text(cohort.id));
            insert.bind(2, text(cohort.programId));
            insert.bind(3, static_cast<int64_t>(cohort.curriculumVersionId));
            insert.bind(4, text(cohort.title.trimmed()));
            insert.bind(5, text(cohort.location));
            insert.bind(6, text(cohort.startDate.toString(Qt::ISODate)));
            insert.bind(7, text(cohortStatusKey(cohort.status)));
            insert.bind(8, cohort.completionPercent);
            insert.bind(9, text(toStorageTime(m_database.clock().nowUtc())));
            insert.exec();
            insertFacilitators(db, cohort);
            for (const CohortSession& session : cohort.sessions)
                insertSession(db, cohort.id, session);
        });
    if (!written)
        return std::unexpected(written.error());
    return cohort;
}

Result<std::optional<Cohort>> CohortStore::byId(const QString& id) const
{
    try {
        SQLite::Database& db = DatabaseAccess::sqlite(m_database);
        SQLite::Statement query(db,
            "SELECT id, program_id, curriculum_version_id, title, location, start_date, status, "
            "completion_percent FROM cohorts WHERE id = ?");
        query.bind(1, text(id));
        if (!query.executeStep())
            return std::optional<Cohort>{};
        Cohort cohort;
        cohort.id = qtext(query, 0);
        cohort.programId = qtext(query, 1);
        cohort.curriculumVersionId = query.getColumn(2).getInt64();
        cohort.title = qtext(query, 3);
        cohort.location = qtext(query, 4);
        cohort.startDate = QDate::fromString(qtext(query, 5), Qt::ISODate);
        cohort.status = cohortStatusFromKey(qtext(query, 6));
        cohort.completionPercent = query.getColumn(7).getInt();
        SQLite::Statement facilitators(
            db, "SELECT person_id FROM cohort_facilitators WHERE cohort_id = ? ORDER BY position");
        facilitators.bind(1, text(id));
        while (facilitators.executeStep())
            cohort.facilitatorIds << qtext(facilitators, 0);
        SQLite::Statement sessions(db,
            "SELECT id, workshop_id, position, date, start_time, end_time, place, notes, "
            "contact_minutes, agenda FROM cohort_sessions WHERE cohort_id = ? ORDER BY position");
        sessions.bind(1, text(id));
        while (sessions.executeStep()) {
            CohortSession session;
            session.id = qtext(sessions, 0);
            session.workshopId = qtext(sessions, 1);
            session.position = sessions.getColumn(2).getInt();
            session.date = QDate::fromString(qtext(sessions, 3), Qt::ISODate);
            session.start = QTime::fromString(qtext(sessions, 4), QStringLiteral("HH:mm"));
            session.end = QTime::fromString(qtext(sessions, 5), QStringLiteral("HH:mm"));
            session.place = qtext(sessions, 6);
            session.notes = qtext(sessions, 7);
            session.contactMinutes = sessions.getColumn(8).getInt();
            const auto agenda = decodeAgenda(QByteArray::fromStdString(sessions.getColumn(9).getString()));
            if (!agenda)
                throw std::runtime_error(
                    tr("the agenda of session %1 is damaged").arg(session.position).toStdString());
            session.agenda = *agenda;
            cohort.sessions.push_back(session);
        }
        return std::optional<Cohort>{cohort};
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the cohort"), m_database.path()));
    }
}

Result<std::vector<CohortSummary>> CohortStore::list() const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT c.id, c.program_id, c.title, c.start_date, c.status, "
            "(SELECT count(*) FROM cohort_learners l WHERE l.cohort_id = c.id), "
            "(SELECT count(*) FROM cohort_sessions s WHERE s.cohort_id = c.id) "
            "FROM cohorts c ORDER BY c.start_date DESC, c.title");
        std::vector<CohortSummary> list;
        while (query.executeStep())
            list.push_back({qtext(query, 0), qtext(query, 1), qtext(query, 2),
                QDate::fromString(qtext(query, 3), Qt::ISODate), cohortStatusFromKey(qtext(query, 4)),
                query.getColumn(5).getInt(), query.getColumn(6).getInt()});
        return list;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the cohorts"), m_database.path()));
    }
}

Result<void> CohortStore::setStatus(const QString& cohortId, CohortStatus status)
{
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("change the cohort status"), [&](SQLite::Database& db) {
            SQLite::Statement update(db, "UPDATE cohorts SET status = ? WHERE id = ?");
            update.bind(1, text(cohortStatusKey(status)));
            update.bind(2, text(cohortId));
            if (update.exec() != 1)
                throw std::runtime_error(tr("there is no cohort %1").arg(cohortId).toStdString());
        });
}

Result<void> CohortStore::updateDetails(const Cohort& cohort)
{
    if (cohort.title.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("A cohort needs a title."));
    if (cohort.completionPercent < 1 || cohort.completionPercent > 100)
        return fail(ErrorKind::Invalid, tr("The completion rule must be between 1 % and 100 %."));
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("save the cohort"), [&](SQLite::Database& db) {
            SQLite::Statement update(db,
                "UPDATE cohorts SET title = ?, location = ?, status = ?, completion_percent = ? WHERE id = "
                "?");
            update.bind(1, text(cohort.title.trimmed()));
            update.bind(2, text(cohort.location));
            update.bind(3, text(cohortStatusKey(cohort.status)));
            update.bind(4, cohort.completionPercent);
            update.bind(5, text(cohort.id));
            if (update.exec() != 1)
                throw std::runtime_error(tr("there is no cohort %1").arg(cohort.id).toStdString());
            SQLite::Statement clear(db, "DELETE FROM cohort_facilitators WHERE cohort_id = ?");
            clear.bind(1, text(cohort.id));
            clear.exec();
            insertFacilitators(db, cohort);
        });
}

Result<void> CohortStore::updateSession(const QString& cohortId, const CohortSession& session)
{
    if (!session.date.isValid() || !session.start.isValid() || !session.end.isValid()
        || session.end <= session.start)
        return fail(ErrorKind::Invalid, tr("A session needs a date and an end time after its start time."));
    if (session.contactMinutes < 0)
        return fail(ErrorKind::Invalid, tr("A session cannot have negative contact minutes."));
    for (const AgendaBlock& block : session.agenda)
        if (block.minutes <= 0)
            return fail(ErrorKind::Invalid,
                tr("Every agenda block needs a length of at least one minute (“%1” has none).")
                    .arg(block.title.en.isEmpty() ? block.title.fr : block.title.en));
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("save the session"), [&](SQLite::Database& db) {
            SQLite::Statement update(db,
                "UPDATE cohort_sessions SET date = ?, start_time = ?, end_time = ?, place = ?, notes = ?, "
                "contact_minutes = ?, agenda = ? WHERE id = ? AND cohort_id = ?");
            update.bind(1, text(session.date.toString(Qt::ISODate)));
            update.bind(2, text(session.start.toString(QStringLiteral("HH:mm"))));
            update.bind(3, text(session.end.toString(QStringLiteral("HH:mm"))));
            update.bind(4, text(session.place));
            update.bind(5, text(session.notes));
            update.bind(6, session.contactMinutes);
            update.bind(7, encodeAgenda(session.agenda).toStdString());
            update.bind(8, text(session.id));
            update.bind(9, text(cohortId));
            if (update.exec() != 1)
                throw std::runtime_error(tr("there is no such session in this cohort").toStdString());
        });
}

} // namespace pcs::storage
