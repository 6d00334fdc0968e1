#include "pcs/storage/CohortStore.h"

#include "AssessmentRows.h"
#include "CohortRows.h"
#include "DatabaseAccess.h"
#include "PersonIndex.h"
#include "PersonRows.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>

// The roster of a cohort and its attendance; CohortStore.cpp holds the cohorts themselves.

namespace pcs::storage {
namespace {

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

// A larger page cache while a roster import runs: one transaction writes every person, roster entry
// and index entry (the name index in no useful order), and SQLite's default 2 MB cache would spill
// dirty pages to the write-ahead log and read them back again and again. The connection's own size
// comes back afterwards; the cache only grows as pages are used.
class RosterCache
{
public:
    explicit RosterCache(SQLite::Database& db)
        : m_db(db)
    {
        try {
            m_previous = m_db.execAndGet("PRAGMA cache_size").getInt();
            m_db.exec("PRAGMA cache_size = -" + std::to_string(kRosterCacheKiB));
        } catch (const std::exception&) {
            m_previous.reset(); // an import with the usual cache is only slower
        }
    }
    ~RosterCache()
    {
        if (!m_previous)
            return;
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(*m_previous));
        } catch (const std::exception&) { }
    }
    RosterCache(const RosterCache&) = delete;
    RosterCache& operator=(const RosterCache&) = delete;

private:
    static constexpr int kRosterCacheKiB = 128 * 1024;
    SQLite::Database& m_db;
    std::optional<int> m_previous;
};

// The people of the database a row might reuse, in the order of their ids (the order the people
// table is stored and was searched in). Only those whose search key starts with the first word of
// some row's folded name are folded and kept: a person samePerson with a row has the row's folded
// name at the start of their search key (PersonRows::searchKey), so no one who could match is left
// out. A row without any name (folded) keeps everyone.
PersonIndex knownNamesakes(SQLite::Database& db, const std::vector<PersonMatchKey>& keys)
{
    QSet<QByteArray> firstWords;
    bool everyone = false;
    for (const PersonMatchKey& key : keys) {
        const QString name = key.firstName.isEmpty() || key.lastName.isEmpty()
            ? QString(key.firstName + key.lastName)
            : QString(key.firstName + u' ' + key.lastName);
        if (name.isEmpty())
            everyone = true;
        firstWords.insert(name.section(u' ', 0, 0).toUtf8());
    }
    PersonIndex known;
    if (keys.empty())
        return known;
    SQLite::Statement query(db, std::string(selectPersonAndSearchKeySql()) + " ORDER BY id");
    while (query.executeStep()) {
        const SQLite::Column searchKey = query.getColumn(7);
        const char* start = searchKey.getText();
        const char* space = std::strchr(start, ' ');
        const qsizetype length = space ? qsizetype(space - start) : qsizetype(std::strlen(start));
        if (everyone || firstWords.contains(QByteArray::fromRawData(start, length)))
            known.add(readPerson(query));
    }
    return known;
}

} // namespace

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
    const RosterCache cache(sqlite);
    // Linear in the rows, the roster and the people: each row's name and email are folded once and
    // looked up in hashes (PersonIndex), and the people table is read once. Every row is decided
    // first; then the new people and the roster entries are written in the order of their ids, so
    // that each page of those tables is visited once rather than once per row.
    const auto body = [&](SQLite::Database& db) {
        requireCohort(db, cohortId);
        std::vector<PersonMatchKey> keys;
        keys.reserve(rows.size());
        for (const Person& row : rows)
            keys.push_back(personMatchKey(row));
        PersonIndex members;
        for (Person& member : rosterOf(db, cohortId))
            members.add(std::move(member));
        const PersonIndex known = knownNamesakes(db, keys);
        std::vector<Person> created; // new people
        QStringList onRoster; // ids of the people the import adds to the roster
        const std::string now = text(toStorageTime(m_database.clock().nowUtc()));
        SQLite::Statement insertPerson(db, insertPersonSql());
        SQLite::Statement addToRoster(
            db, "INSERT INTO cohort_learners(cohort_id, person_id, added_at) VALUES (?, ?, ?)");
        SQLite::Statement findOrganization(db, "SELECT id FROM organizations WHERE name = ? COLLATE NOCASE");
        SQLite::Statement insertOrganization(
            db, "INSERT INTO organizations(id, name, kind) VALUES (?, ?, 'other')");
        QHash<QString, QString> organizationIds; // by the name as the file gives it
        const auto organizationId = [&](const QString& name) {
            const auto cached = organizationIds.constFind(name);
            if (cached != organizationIds.cend())
                return *cached;
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
            organizationIds.insert(name, id);
            return id;
        };
        for (size_t index = 0; index < rows.size(); ++index) {
            Person row = rows[index];
            const QString organization = organizations.value(int(index)).simplified();
            if (!organization.isEmpty())
                row.organizationId = organizationId(organization);
            if (members.containsSamePerson(keys[index])) {
                ++outcome.alreadyOnRoster;
                continue;
            }
            // Someone already known (same name, and email when both have one) is reused.
            if (const PersonIndex::Entry* namesake = known.firstKnown(keys[index], row.email.isEmpty())) {
                onRoster.push_back(namesake->person.id);
                members.add(namesake->person, namesake->key);
            } else {
                row.id = newId();
                onRoster.push_back(row.id);
                members.add(row, keys[index]);
                created.push_back(std::move(row));
            }
            ++outcome.added;
        }
        outcome.newPeople = int(created.size());
        // Written in the order of their ids, so that each page of the tables is visited once.
        std::sort(
            created.begin(), created.end(), [](const Person& a, const Person& b) { return a.id < b.id; });
        for (const Person& person : created) {
            bindPerson(insertPerson, person, now);
            insertPerson.exec();
            insertPerson.reset();
        }
        std::sort(onRoster.begin(), onRoster.end());
        for (const QString& personId : onRoster) {
            addToRoster.bind(1, text(cohortId));
            addToRoster.bind(2, text(personId));
            addToRoster.bind(3, now);
            addToRoster.exec();
            addToRoster.reset();
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
