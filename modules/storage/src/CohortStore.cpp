#include "pcs/storage/CohortStore.h"

#include "AssessmentRows.h"
#include "CurriculumCodec.h"
#include "DatabaseAccess.h"
#include "PersonRows.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/Database.h"

#include <QUuid>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace pcs::storage {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::string text(const QString& value)
{
    return value.toStdString();
}

QString qtext(SQLite::Statement& query, int column)
{
    return QString::fromStdString(query.getColumn(column).getString());
}

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

std::vector<Person> rosterOf(SQLite::Database& db, const QString& cohortId)
{
    SQLite::Statement query(db,
        std::string(selectPersonSql())
            + " WHERE id IN (SELECT person_id FROM cohort_learners WHERE cohort_id = ?)"
              " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id");
    query.bind(1, text(cohortId));
    std::vector<Person> people;
    while (query.executeStep())
        people.push_back(readPerson(query));
    return people;
}

void requireCohort(SQLite::Database& db, const QString& cohortId)
{
    SQLite::Statement exists(db, "SELECT count(*) FROM cohorts WHERE id = ?");
    exists.bind(1, text(cohortId));
    exists.executeStep();
    if (exists.getColumn(0).getInt() == 0)
        throw std::runtime_error(CohortStore::tr("there is no cohort %1").arg(cohortId).toStdString());
}

void writeMarks(SQLite::Database& db, const std::vector<AttendanceMark>& marks, const std::string& now)
{
    SQLite::Statement member(db,
        "SELECT count(*) FROM cohort_learners l JOIN cohort_sessions s ON s.cohort_id = l.cohort_id "
        "WHERE s.id = ? AND l.person_id = ?");
    SQLite::Statement upsert(db,
        "INSERT INTO attendance(session_id, person_id, status, minutes_missed, recorded_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, person_id) DO UPDATE SET "
        "status = excluded.status, minutes_missed = excluded.minutes_missed, "
        "recorded_at = excluded.recorded_at");
    for (const AttendanceMark& mark : marks) {
        member.bind(1, text(mark.sessionId));
        member.bind(2, text(mark.personId));
        member.executeStep();
        const bool onRoster = member.getColumn(0).getInt() > 0;
        member.reset();
        if (!onRoster)
            throw std::runtime_error(
                CohortStore::tr("that person is not on the roster of this session's cohort").toStdString());
        const bool partial
            = mark.status == AttendanceStatus::Late || mark.status == AttendanceStatus::LeftEarly;
        upsert.bind(1, text(mark.sessionId));
        upsert.bind(2, text(mark.personId));
        upsert.bind(3, text(attendanceStatusKey(mark.status)));
        upsert.bind(4, partial ? mark.minutesMissed : 0);
        upsert.bind(5, now);
        upsert.exec();
        upsert.reset();
    }
}

std::optional<Error> invalidMarks(const std::vector<AttendanceMark>& marks)
{
    for (const AttendanceMark& mark : marks)
        if (mark.minutesMissed < 0)
            return Error{ErrorKind::Invalid, CohortStore::tr("Minutes missed cannot be negative.")};
    return std::nullopt;
}

void insertLearner(
    SQLite::Database& db, const QString& cohortId, const QString& personId, const std::string& now)
{
    SQLite::Statement insert(
        db, "INSERT INTO cohort_learners(cohort_id, person_id, added_at) VALUES (?, ?, ?)");
    insert.bind(1, text(cohortId));
    insert.bind(2, text(personId));
    insert.bind(3, now);
    insert.exec();
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

Result<std::vector<Person>> CohortStore::roster(const QString& cohortId) const
{
    try {
        return rosterOf(DatabaseAccess::sqlite(m_database), cohortId);
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the roster"), m_database.path()));
    }
}

Result<void> CohortStore::addLearner(
    const QString& cohortId, const QString& personId, const std::vector<AttendanceMark>& marks)
{
    if (const auto invalid = invalidMarks(marks))
        return std::unexpected(*invalid);
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("add to the roster"), [&](SQLite::Database& db) {
            requireCohort(db, cohortId);
            SQLite::Statement find(db, std::string(selectPersonSql()) + " WHERE id = ?");
            find.bind(1, text(personId));
            if (!find.executeStep())
                throw std::runtime_error(tr("there is no person %1").arg(personId).toStdString());
            const Person person = readPerson(find);
            for (const Person& member : rosterOf(db, cohortId)) {
                if (member.id == person.id || samePerson(member, person)) {
                    refusal = Error{ErrorKind::Invalid,
                        tr("%1 is already on the roster of this cohort.").arg(person.displayName())};
                    return;
                }
            }
            const std::string now = text(toStorageTime(m_database.clock().nowUtc()));
            insertLearner(db, cohortId, personId, now);
            for (const AttendanceMark& mark : marks)
                if (mark.personId != personId)
                    throw std::runtime_error(tr("an attendance mark is for someone else").toStdString());
            writeMarks(db, marks, now);
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    return {};
}

Result<void> CohortStore::removeLearner(
    const QString& cohortId, const QString& personId, const QString& actor)
{
    return removeLearners(cohortId, {personId}, actor);
}

Result<void> CohortStore::removeLearners(
    const QString& cohortId, const QStringList& personIds, const QString& actor)
{
    const QDateTime now = m_database.clock().nowUtc();
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("remove from the roster"), [&](SQLite::Database& db) {
            SQLite::Statement marks(db,
                "DELETE FROM attendance WHERE person_id = ? AND session_id IN "
                "(SELECT id FROM cohort_sessions WHERE cohort_id = ?)");
            SQLite::Statement remove(db, "DELETE FROM cohort_learners WHERE cohort_id = ? AND person_id = ?");
            for (const QString& personId : personIds) {
                marks.bind(1, text(personId));
                marks.bind(2, text(cohortId));
                marks.exec();
                marks.reset();
                remove.bind(1, text(cohortId));
                remove.bind(2, text(personId));
                if (remove.exec() != 1)
                    throw std::runtime_error(tr("that person is not on the roster").toStdString());
                remove.reset();
                appendAudit(db, now, actor, "roster.learner-removed", personId, cohortId);
            }
        });
}

Result<RosterImportOutcome> CohortStore::importRoster(
    const QString& cohortId, const std::vector<Person>& rows, bool dryRun, const QStringList& organizations)
{
    RosterImportOutcome outcome;
    SQLite::Database& sqlite = DatabaseAccess::sqlite(m_database);
    const auto body = [&](SQLite::Database& db) {
        requireCohort(db, cohortId);
        std::vector<Person> members = rosterOf(db, cohortId);
        const std::string now = text(toStorageTime(m_database.clock().nowUtc()));
        SQLite::Statement findByName(
            db, std::string(selectPersonSql()) + " WHERE search_key LIKE ? ESCAPE '\\'");
        SQLite::Statement insertPerson(db, insertPersonSql());
        SQLite::Statement findOrganization(db, "SELECT id FROM organizations WHERE name = ? COLLATE NOCASE");
        SQLite::Statement insertOrganization(
            db, "INSERT INTO organizations(id, name, kind) VALUES (?, ?, 'other')");
        const auto organizationId = [&](const QString& name) {
            findOrganization.bind(1, text(name));
            QString id;
            if (findOrganization.executeStep())
                id = qtext(findOrganization, 0);
            findOrganization.reset();
            if (id.isEmpty()) {
                id = newId();
                insertOrganization.bind(1, text(id));
                insertOrganization.bind(2, text(name));
                insertOrganization.exec();
                insertOrganization.reset();
            }
            return id;
        };
        for (size_t index = 0; index < rows.size(); ++index) {
            Person row = rows[index];
            const QString organization = organizations.value(int(index)).simplified();
            if (!organization.isEmpty())
                row.organizationId = organizationId(organization);
            const bool onRoster = std::any_of(
                members.begin(), members.end(), [&](const Person& m) { return samePerson(m, row); });
            if (onRoster) {
                ++outcome.alreadyOnRoster;
                continue;
            }
            // Someone already known (same name, and email when both have one) is reused.
            std::optional<Person> known;
            findByName.bind(1, text(likePattern(row.firstName + u' ' + row.lastName)));
            while (!known && findByName.executeStep()) {
                Person candidate = readPerson(findByName);
                if (samePerson(candidate, row) && (!row.email.isEmpty() || candidate.email.isEmpty()))
                    known = candidate;
            }
            findByName.reset();
            if (!known) {
                row.id = newId();
                bindPerson(insertPerson, row, now);
                insertPerson.exec();
                insertPerson.reset();
                ++outcome.newPeople;
                known = row;
            }
            insertLearner(db, cohortId, known->id, now);
            members.push_back(*known);
            ++outcome.added;
        }
    };
    if (dryRun) {
        // The same work inside a transaction that is rolled back: the counts are exact and nothing stays.
        try {
            SQLite::Transaction transaction(sqlite, SQLite::TransactionBehavior::IMMEDIATE);
            body(sqlite);
            // Never committed: the transaction rolls back when it goes out of scope.
        } catch (const std::exception& e) {
            return std::unexpected(toError(e, tr("check the roster"), m_database.path()));
        }
        return outcome;
    }
    auto written = writeTransaction(sqlite, tr("import the roster"), body);
    if (!written)
        return std::unexpected(written.error());
    return outcome;
}

Result<void> CohortStore::setAttendance(const AttendanceMark& mark)
{
    return setAttendance(std::vector<AttendanceMark>{mark});
}

Result<void> CohortStore::setAttendance(const std::vector<AttendanceMark>& marks)
{
    return changeAttendance(marks, {});
}

Result<void> CohortStore::changeAttendance(
    const std::vector<AttendanceMark>& marks, const std::vector<AttendanceKey>& cleared)
{
    if (const auto invalid = invalidMarks(marks))
        return std::unexpected(*invalid);
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("record attendance"), [&](SQLite::Database& db) {
            SQLite::Statement remove(db, "DELETE FROM attendance WHERE session_id = ? AND person_id = ?");
            for (const AttendanceKey& key : cleared) {
                remove.bind(1, text(key.sessionId));
                remove.bind(2, text(key.personId));
                remove.exec();
                remove.reset();
            }
            writeMarks(db, marks, text(toStorageTime(m_database.clock().nowUtc())));
        });
}

Result<void> CohortStore::addLearners(const QString& cohortId, const QStringList& personIds)
{
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("add to the roster"), [&](SQLite::Database& db) {
            requireCohort(db, cohortId);
            const std::string now = text(toStorageTime(m_database.clock().nowUtc()));
            for (const QString& personId : personIds)
                insertLearner(db, cohortId, personId, now);
        });
}

Result<void> CohortStore::clearAttendance(const QString& sessionId, const QString& personId)
{
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("record attendance"), [&](SQLite::Database& db) {
            SQLite::Statement remove(db, "DELETE FROM attendance WHERE session_id = ? AND person_id = ?");
            remove.bind(1, text(sessionId));
            remove.bind(2, text(personId));
            remove.exec();
        });
}

Result<std::vector<AttendanceMark>> CohortStore::attendance(const QString& cohortId) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT a.session_id, a.person_id, a.status, a.minutes_missed FROM attendance a "
            "JOIN cohort_sessions s ON s.id = a.session_id WHERE s.cohort_id = ? ORDER BY s.position, "
            "a.person_id");
        query.bind(1, text(cohortId));
        std::vector<AttendanceMark> marks;
        while (query.executeStep())
            marks.push_back({qtext(query, 0), qtext(query, 1), attendanceStatusFromKey(qtext(query, 2)),
                query.getColumn(3).getInt()});
        return marks;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read attendance"), m_database.path()));
    }
}

} // namespace pcs::storage
