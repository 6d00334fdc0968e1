#include "pcs/storage/SawPlanStore.h"

#include "AssessmentRows.h"
#include "DatabaseAccess.h"
#include "PersonRows.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace pcs::storage {
namespace {

constexpr const char* kSelectEntry = "SELECT id, topic_id, fields_json, updated_at FROM saw_plan_entries";
constexpr const char* kSelectFollowUp = "SELECT id, cohort_id, person_id, day_offset, due_date, status, "
                                        "reflection, next_step, recorded_at, recorded_by FROM follow_ups";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString encodeFields(const QMap<QString, QString>& fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SawPlanEntry readEntry(SQLite::Statement& query)
{
    SawPlanEntry entry;
    entry.id = columnText(query, 0);
    entry.topicId = columnText(query, 1);
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromStdString(query.getColumn(2).getString()));
    if (!document.isObject())
        throw std::runtime_error(
            SawPlanStore::tr("the SAW plan entry %1 is damaged").arg(entry.id).toStdString());
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        entry.fields.insert(it.key(), it.value().toString());
    entry.updatedAtUtc = fromStorageTime(columnText(query, 3));
    return entry;
}

FollowUp readFollowUp(SQLite::Statement& query)
{
    FollowUp followUp;
    followUp.id = columnText(query, 0);
    followUp.cohortId = columnText(query, 1);
    followUp.personId = columnText(query, 2);
    followUp.dayOffset = query.getColumn(3).getInt();
    followUp.dueDate = QDate::fromString(columnText(query, 4), Qt::ISODate);
    followUp.status = followUpStatusFromKey(columnText(query, 5));
    if (!followUp.status)
        throw std::runtime_error(SawPlanStore::tr("the follow-up %1 has the unknown status '%2'")
                                     .arg(followUp.id, columnText(query, 5))
                                     .toStdString());
    followUp.reflection = columnText(query, 6);
    followUp.nextStep = columnText(query, 7);
    followUp.recordedAtUtc = fromStorageTime(columnText(query, 8));
    followUp.recordedBy = columnText(query, 9);
    return followUp;
}

// A learner of a roster and the date their follow-ups count from.
struct Anchor {
    QString cohortId;
    QString personId;
    QString cohortTitle;
    QDate date;
};

// The learners of one cohort (only `personId` when given), or of every cohort when `cohortId` is empty.
std::vector<Anchor> anchors(SQLite::Database& db, const QString& cohortId, const QString& personId)
{
    std::string sql = "SELECT l.cohort_id, l.person_id, c.title, "
                      "(SELECT p.submitted_at FROM assessment_progress p WHERE p.cohort_id = l.cohort_id "
                      " AND p.person_id = l.person_id AND p.phase = 'post' AND p.state = 'submitted'), "
                      "(SELECT max(s.date) FROM cohort_sessions s WHERE s.cohort_id = l.cohort_id), "
                      "c.start_date FROM cohort_learners l JOIN cohorts c ON c.id = l.cohort_id";
    if (!cohortId.isEmpty())
        sql += personId.isEmpty() ? " WHERE l.cohort_id = ?" : " WHERE l.cohort_id = ? AND l.person_id = ?";
    SQLite::Statement query(db, sql);
    if (!cohortId.isEmpty()) {
        query.bind(1, sqlText(cohortId));
        if (!personId.isEmpty())
            query.bind(2, sqlText(personId));
    }
    std::vector<Anchor> list;
    while (query.executeStep()) {
        Anchor anchor{columnText(query, 0), columnText(query, 1), columnText(query, 2), {}};
        if (!query.getColumn(3).isNull())
            anchor.date = fromStorageTime(columnText(query, 3)).toLocalTime().date();
        else if (!query.getColumn(4).isNull())
            anchor.date = QDate::fromString(columnText(query, 4), Qt::ISODate);
        else
            anchor.date = QDate::fromString(columnText(query, 5), Qt::ISODate);
        list.push_back(anchor);
    }
    return list;
}

QString followUpKey(const QString& cohortId, const QString& personId, int dayOffset)
{
    return cohortId + u'\x1f' + personId + u'\x1f' + QString::number(dayOffset);
}

bool onRoster(SQLite::Database& db, const QString& cohortId, const QString& personId)
{
    SQLite::Statement member(db, "SELECT 1 FROM cohort_learners WHERE cohort_id = ? AND person_id = ?");
    member.bind(1, sqlText(cohortId));
    member.bind(2, sqlText(personId));
    return member.executeStep();
}

Error notOnRoster()
{
    return {ErrorKind::NotFound, SawPlanStore::tr("This learner is not on the roster of this cohort.")};
}

} // namespace

SawPlanStore::SawPlanStore(Database& database, std::vector<int> followUpDays)
    : m_database(database)
    , m_followUpDays(std::move(followUpDays))
{ }

Result<std::vector<SawPlanEntry>> SawPlanStore::sawPlan(
    const QString& cohortId, const QString& personId) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            std::string(kSelectEntry) + " WHERE cohort_id = ? AND person_id = ? ORDER BY position");
        query.bind(1, sqlText(cohortId));
        query.bind(2, sqlText(personId));
        std::vector<SawPlanEntry> entries;
        while (query.executeStep())
            entries.push_back(readEntry(query));
        return entries;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the SAW plan"), m_database.path()));
    }
}

Result<SawPlanEntry> SawPlanStore::saveSawPlanEntry(
    const QString& cohortId, const QString& personId, SawPlanEntry entry)
{
    if (entry.topicId.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Choose the competency this part of the plan is about."));
    for (auto it = entry.fields.cbegin(); it != entry.fields.cend(); ++it) {
        if (it.key().isEmpty())
            return fail(ErrorKind::Invalid, tr("A SAW plan field needs a name."));
        if (it.value().size() > kMaximumTextLength)
            return fail(ErrorKind::Invalid,
                tr("A SAW plan field can have at most %1 characters.").arg(kMaximumTextLength));
    }
    if (entry.id.isEmpty())
        entry.id = newId();
    const QDateTime now = m_database.clock().nowUtc();
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("save the SAW plan"), [&](SQLite::Database& db) {
            if (!onRoster(db, cohortId, personId)) {
                refusal = notOnRoster();
                return;
            }
            SQLite::Statement owner(db, "SELECT cohort_id, person_id FROM saw_plan_entries WHERE id = ?");
            owner.bind(1, sqlText(entry.id));
            const bool exists = owner.executeStep();
            if (exists && (columnText(owner, 0) != cohortId || columnText(owner, 1) != personId)) {
                refusal = Error{ErrorKind::Invalid, tr("This part of the plan belongs to another learner.")};
                return;
            }
            SQLite::Statement sameTopic(db,
                "SELECT 1 FROM saw_plan_entries WHERE cohort_id = ? AND person_id = ? AND topic_id = ? AND "
                "id <> ?");
            sameTopic.bind(1, sqlText(cohortId));
            sameTopic.bind(2, sqlText(personId));
            sameTopic.bind(3, sqlText(entry.topicId));
            sameTopic.bind(4, sqlText(entry.id));
            if (sameTopic.executeStep()) {
                refusal = Error{ErrorKind::Invalid, tr("The plan has a part for this competency already.")};
                return;
            }
            // A new entry goes after the learner's others; an updated one keeps its place.
            SQLite::Statement upsert(db,
                "INSERT INTO saw_plan_entries(id, cohort_id, person_id, topic_id, position, fields_json, "
                "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(position), 0) + 1 "
                "FROM saw_plan_entries WHERE cohort_id = ?2 AND person_id = ?3), ?5, ?6, ?6) "
                "ON CONFLICT(id) DO UPDATE SET "
                "topic_id = excluded.topic_id, fields_json = excluded.fields_json, "
                "updated_at = excluded.updated_at");
            upsert.bind(1, sqlText(entry.id));
            upsert.bind(2, sqlText(cohortId));
            upsert.bind(3, sqlText(personId));
            upsert.bind(4, sqlText(entry.topicId));
            upsert.bind(5, sqlText(encodeFields(entry.fields)));
            upsert.bind(6, sqlText(toStorageTime(now)));
            upsert.exec();
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    entry.updatedAtUtc = fromStorageTime(toStorageTime(now));
    return entry;
}

Result<void> SawPlanStore::removeSawPlanEntry(
    const QString& cohortId, const QString& personId, const QString& entryId)
{
    bool removed = false;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("remove from the SAW plan"), [&](SQLite::Database& db) {
            SQLite::Statement remove(
                db, "DELETE FROM saw_plan_entries WHERE id = ? AND cohort_id = ? AND person_id = ?");
            remove.bind(1, sqlText(entryId));
            remove.bind(2, sqlText(cohortId));
            remove.bind(3, sqlText(personId));
            removed = remove.exec() == 1;
        });
    if (!written)
        return written;
    if (!removed)
        return fail(ErrorKind::NotFound, tr("This part of the plan is gone already."));
    return {};
}

Result<std::vector<FollowUp>> SawPlanStore::followUps(const QString& cohortId, const QString& personId) const
{
    try {
        SQLite::Database& db = DatabaseAccess::sqlite(m_database);
        const std::vector<Anchor> found = anchors(db, cohortId, personId);
        if (found.empty())
            return std::unexpected(notOnRoster());
        std::vector<FollowUp> list = planFollowUps(cohortId, personId, found.front().date, m_followUpDays);
        SQLite::Statement recorded(
            db, std::string(kSelectFollowUp) + " WHERE cohort_id = ? AND person_id = ?");
        recorded.bind(1, sqlText(cohortId));
        recorded.bind(2, sqlText(personId));
        while (recorded.executeStep()) {
            FollowUp followUp = readFollowUp(recorded);
            const auto planned = std::find_if(list.begin(), list.end(),
                [&](const FollowUp& f) { return f.dayOffset == followUp.dayOffset; });
            if (planned != list.end())
                *planned = followUp;
            else
                list.push_back(followUp); // a follow-up day the curriculum no longer has
        }
        std::sort(list.begin(), list.end(),
            [](const FollowUp& a, const FollowUp& b) { return a.dayOffset < b.dayOffset; });
        return list;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the follow-ups"), m_database.path()));
    }
}

Result<FollowUp> SawPlanStore::recordFollowUp(const FollowUp& followUp, const QString& actor)
{
    if (!followUp.status)
        return fail(ErrorKind::Invalid, tr("Choose how far the learner has come with the plan."));
    if (std::find(m_followUpDays.begin(), m_followUpDays.end(), followUp.dayOffset) == m_followUpDays.end())
        return fail(ErrorKind::Invalid, tr("There is no %1-day follow-up.").arg(followUp.dayOffset));
    if (followUp.reflection.size() > kMaximumTextLength || followUp.nextStep.size() > kMaximumTextLength)
        return fail(ErrorKind::Invalid,
            tr("A reflection or next step can have at most %1 characters.").arg(kMaximumTextLength));
    FollowUp stored = followUp;
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("record the follow-up"), [&](SQLite::Database& db) {
            const std::vector<Anchor> found = anchors(db, followUp.cohortId, followUp.personId);
            if (found.empty()) {
                refusal = notOnRoster();
                return;
            }
            SQLite::Statement existing(db,
                "SELECT id, due_date FROM follow_ups WHERE cohort_id = ? AND "
                "person_id = ? AND day_offset = ?");
            existing.bind(1, sqlText(followUp.cohortId));
            existing.bind(2, sqlText(followUp.personId));
            existing.bind(3, followUp.dayOffset);
            if (existing.executeStep()) {
                stored.id = columnText(existing, 0);
                stored.dueDate = QDate::fromString(columnText(existing, 1), Qt::ISODate);
            } else {
                stored.id = followUp.id.isEmpty() ? newId() : followUp.id;
                stored.dueDate = found.front().date.addDays(followUp.dayOffset);
            }
            const QDateTime now = m_database.clock().nowUtc();
            stored.recordedAtUtc = fromStorageTime(toStorageTime(now));
            stored.recordedBy = actor;
            SQLite::Statement upsert(db,
                "INSERT INTO follow_ups(id, cohort_id, person_id, day_offset, due_date, status, reflection, "
                "next_step, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(cohort_id, person_id, day_offset) DO UPDATE SET status = excluded.status, "
                "reflection = excluded.reflection, next_step = excluded.next_step, "
                "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by");
            upsert.bind(1, sqlText(stored.id));
            upsert.bind(2, sqlText(stored.cohortId));
            upsert.bind(3, sqlText(stored.personId));
            upsert.bind(4, stored.dayOffset);
            upsert.bind(5, sqlText(stored.dueDate.toString(Qt::ISODate)));
            upsert.bind(6, sqlText(followUpStatusKey(*stored.status)));
            upsert.bind(7, sqlText(stored.reflection));
            upsert.bind(8, sqlText(stored.nextStep));
            upsert.bind(9, sqlText(toStorageTime(now)));
            upsert.bind(10, sqlText(actor));
            upsert.exec();
            appendAudit(db, now, actor, "saw.follow-up-recorded", stored.id,
                QStringLiteral("cohort %1, learner %2, %3 days")
                    .arg(stored.cohortId, stored.personId)
                    .arg(stored.dayOffset));
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    return stored;
}

Result<std::vector<DueFollowUp>> SawPlanStore::dueFollowUps(const QDate& until, const QDate& since) const
{
    try {
        SQLite::Database& db = DatabaseAccess::sqlite(m_database);
        QSet<QString> recorded;
        SQLite::Statement keys(db, "SELECT cohort_id, person_id, day_offset FROM follow_ups");
        while (keys.executeStep())
            recorded.insert(
                followUpKey(columnText(keys, 0), columnText(keys, 1), keys.getColumn(2).getInt()));

        SQLite::Statement person(db, std::string(selectPersonSql()) + " WHERE id = ?");
        QHash<QString, Person> people;
        std::vector<DueFollowUp> due;
        for (const Anchor& anchor : anchors(db, {}, {})) {
            for (const FollowUp& planned :
                planFollowUps(anchor.cohortId, anchor.personId, anchor.date, m_followUpDays)) {
                if (planned.dueDate > until || (since.isValid() && planned.dueDate < since)
                    || recorded.contains(followUpKey(anchor.cohortId, anchor.personId, planned.dayOffset)))
                    continue;
                if (!people.contains(anchor.personId)) {
                    person.bind(1, sqlText(anchor.personId));
                    if (person.executeStep())
                        people.insert(anchor.personId, readPerson(person));
                    person.reset();
                }
                due.push_back({planned, people.value(anchor.personId), anchor.cohortTitle});
            }
        }
        std::sort(due.begin(), due.end(), [](const DueFollowUp& a, const DueFollowUp& b) {
            if (a.followUp.dueDate != b.followUp.dueDate)
                return a.followUp.dueDate < b.followUp.dueDate;
            if (const int byCohort = QString::localeAwareCompare(a.cohortTitle, b.cohortTitle); byCohort != 0)
                return byCohort < 0;
            if (const int byLast = QString::localeAwareCompare(a.person.lastName, b.person.lastName);
                byLast != 0)
                return byLast < 0;
            if (const int byFirst = QString::localeAwareCompare(a.person.firstName, b.person.firstName);
                byFirst != 0)
                return byFirst < 0;
            if (a.followUp.personId != b.followUp.personId)
                return a.followUp.personId < b.followUp.personId;
            return a.followUp.dayOffset < b.followUp.dayOffset;
        });
        return due;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the follow-ups that are due"), m_database.path()));
    }
}

} // namespace pcs::storage
