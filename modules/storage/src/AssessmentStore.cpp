#include "pcs/storage/AssessmentStore.h"

#include "AssessmentRows.h"
#include "DatabaseAccess.h"
#include "LearnerSituation.h"
#include "PersonRows.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QDateTime>
#include <QHash>

#include <SQLiteCpp/Statement.h>

#include <stdexcept>

// Progress, submission and what is read back; AssessmentStoreAnswers.cpp saves the answers.

namespace pcs::storage {

RatingRanges RatingRanges::of(const AssessmentBank& bank)
{
    return {bank.competence.min, bank.competence.max, bank.desire.min, bank.desire.max};
}

AssessmentStore::AssessmentStore(Database& database, RatingRanges ranges)
    : m_database(database)
    , m_ranges(ranges)
{ }

Result<LearnerAssessment> AssessmentStore::progress(
    const QString& cohortId, const QString& personId, AssessmentPhase phase) const
{
    try {
        SQLite::Database& db = DatabaseAccess::sqlite(m_database);
        SQLite::Statement member(db, "SELECT 1 FROM cohort_learners WHERE cohort_id = ? AND person_id = ?");
        member.bind(1, sqlText(cohortId));
        member.bind(2, sqlText(personId));
        if (!member.executeStep())
            return std::unexpected(notOnRoster());

        LearnerAssessment assessment;
        assessment.cohortId = cohortId;
        assessment.personId = personId;
        assessment.phase = phase;
        SQLite::Statement row(db,
            "SELECT state, page, submitted_at FROM assessment_progress "
            "WHERE cohort_id = ? AND person_id = ? AND phase = ?");
        row.bind(1, sqlText(cohortId));
        row.bind(2, sqlText(personId));
        row.bind(3, sqlText(phaseKey(phase)));
        if (row.executeStep()) {
            const auto state = submissionStateFromKey(columnText(row, 0));
            if (!state)
                throw std::runtime_error(
                    tr("a self-assessment has the unknown state '%1'").arg(columnText(row, 0)).toStdString());
            assessment.state = *state;
            assessment.page = row.getColumn(1).getInt();
            assessment.submittedAtUtc = optionalTime(row, 2);
        }
        SQLite::Statement answers(db,
            "SELECT a.item_id, a.competence, a.desire, a.then_competence, a.comment "
            "FROM assessment_answers a JOIN cohorts c ON c.id = a.cohort_id "
            "LEFT JOIN curriculum_items i ON i.version_id = c.curriculum_version_id AND i.item_id = "
            "a.item_id "
            "WHERE a.cohort_id = ? AND a.person_id = ? AND a.phase = ? ORDER BY i.position, a.item_id");
        answers.bind(1, sqlText(cohortId));
        answers.bind(2, sqlText(personId));
        answers.bind(3, sqlText(phaseKey(phase)));
        while (answers.executeStep())
            assessment.answers.push_back({columnText(answers, 0), optionalInt(answers, 1),
                optionalInt(answers, 2), optionalInt(answers, 3), columnText(answers, 4)});
        if (assessment.state == SubmissionState::NotStarted && !assessment.answers.empty())
            assessment.state = SubmissionState::InProgress;
        return assessment;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the self-assessment"), m_database.path()));
    }
}

Result<void> AssessmentStore::submit(const QString& cohortId, const QString& personId, AssessmentPhase phase)
{
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("submit the self-assessment"), [&](SQLite::Database& db) {
            refusal = refusalFor(situation(db, cohortId, personId, phase));
            if (refusal)
                return;
            const QDateTime now = m_database.clock().nowUtc();
            SQLite::Statement upsert(db,
                "INSERT INTO assessment_progress(cohort_id, person_id, phase, state, page, started_at, "
                "updated_at, submitted_at) VALUES (?1, ?2, ?3, 'submitted', 0, ?4, ?4, ?4) "
                "ON CONFLICT(cohort_id, person_id, phase) DO UPDATE SET state = 'submitted', "
                "updated_at = excluded.updated_at, submitted_at = excluded.submitted_at");
            upsert.bind(1, sqlText(cohortId));
            upsert.bind(2, sqlText(personId));
            upsert.bind(3, sqlText(phaseKey(phase)));
            upsert.bind(4, sqlText(toStorageTime(now)));
            upsert.exec();
            appendAudit(db, now, QStringLiteral("kiosk"), "assessment.submitted", personId,
                QStringLiteral("cohort %1, %2").arg(cohortId, phaseKey(phase)));
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    return {};
}

Result<void> AssessmentStore::reopen(
    const QString& cohortId, const QString& personId, AssessmentPhase phase, const QString& actor)
{
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("reopen the self-assessment"), [&](SQLite::Database& db) {
            const LearnerSituation now = situation(db, cohortId, personId, phase);
            if (!now.cohortExists)
                refusal = noSuchCohort();
            else if (!now.onRoster)
                refusal = notOnRoster();
            else if (!now.submitted)
                refusal = Error{ErrorKind::Invalid, tr("This self-assessment has not been submitted.")};
            else if (!now.windowCollectsThen)
                refusal = Error{ErrorKind::Invalid,
                    tr("Open the self-assessment for the cohort first: a reopened self-assessment can be "
                       "changed only while it is open.")};
            if (refusal)
                return;
            const QDateTime at = m_database.clock().nowUtc();
            SQLite::Statement update(db,
                "UPDATE assessment_progress SET state = 'in-progress', submitted_at = NULL, updated_at = ? "
                "WHERE cohort_id = ? AND person_id = ? AND phase = ?");
            update.bind(1, sqlText(toStorageTime(at)));
            update.bind(2, sqlText(cohortId));
            update.bind(3, sqlText(personId));
            update.bind(4, sqlText(phaseKey(phase)));
            update.exec();
            appendAudit(db, at, actor, "assessment.reopened", personId,
                QStringLiteral("cohort %1, %2").arg(cohortId, phaseKey(phase)));
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    log::info(QStringLiteral("Self-assessment of %1 reopened by %2").arg(personId, actor));
    return {};
}

Result<std::vector<LearnerStatus>> AssessmentStore::statuses(
    const QString& cohortId, AssessmentPhase phase) const
{
    try {
        SQLite::Database& db = DatabaseAccess::sqlite(m_database);
        SQLite::Statement progress(db,
            "SELECT l.person_id, p.state, p.page, p.submitted_at, (SELECT count(*) FROM assessment_answers a "
            " WHERE a.cohort_id = l.cohort_id AND a.person_id = l.person_id AND a.phase = ?2) "
            "FROM cohort_learners l LEFT JOIN assessment_progress p ON p.cohort_id = l.cohort_id "
            "AND p.person_id = l.person_id AND p.phase = ?2 WHERE l.cohort_id = ?1");
        progress.bind(1, sqlText(cohortId));
        progress.bind(2, sqlText(phaseKey(phase)));
        QHash<QString, LearnerStatus> byPerson;
        while (progress.executeStep()) {
            LearnerStatus status;
            status.state = progress.getColumn(1).isNull()
                ? SubmissionState::NotStarted
                : submissionStateFromKey(columnText(progress, 1)).value_or(SubmissionState::InProgress);
            status.page = progress.getColumn(2).getInt();
            status.submittedAtUtc = optionalTime(progress, 3);
            status.answered = progress.getColumn(4).getInt();
            if (status.state == SubmissionState::NotStarted && status.answered > 0)
                status.state = SubmissionState::InProgress;
            byPerson.insert(columnText(progress, 0), status);
        }
        SQLite::Statement roster(db,
            std::string(selectPersonSql())
                + " WHERE id IN (SELECT person_id FROM cohort_learners WHERE cohort_id = ?)"
                  " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id");
        roster.bind(1, sqlText(cohortId));
        std::vector<LearnerStatus> list;
        while (roster.executeStep()) {
            LearnerStatus status;
            status.person = readPerson(roster);
            const LearnerStatus found = byPerson.value(status.person.id);
            status.state = found.state;
            status.answered = found.answered;
            status.page = found.page;
            status.submittedAtUtc = found.submittedAtUtc;
            list.push_back(status);
        }
        return list;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the self-assessments"), m_database.path()));
    }
}

Result<std::vector<AnswerRow>> AssessmentStore::answers(const QString& cohortId) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT a.person_id, a.phase, a.item_id, a.competence, a.desire, a.then_competence, a.comment, "
            "a.answered_at, p.state = 'submitted' FROM assessment_answers a "
            "JOIN cohorts c ON c.id = a.cohort_id "
            "LEFT JOIN curriculum_items i ON i.version_id = c.curriculum_version_id AND i.item_id = "
            "a.item_id "
            "LEFT JOIN assessment_progress p ON p.cohort_id = a.cohort_id AND p.person_id = a.person_id "
            "AND p.phase = a.phase WHERE a.cohort_id = ? "
            "ORDER BY CASE a.phase WHEN 'pre' THEN 0 ELSE 1 END, a.person_id, i.position, a.item_id");
        query.bind(1, sqlText(cohortId));
        std::vector<AnswerRow> rows;
        while (query.executeStep()) {
            AnswerRow row;
            row.personId = columnText(query, 0);
            row.phase = readPhase(query, 1);
            row.answer = {columnText(query, 2), optionalInt(query, 3), optionalInt(query, 4),
                optionalInt(query, 5), columnText(query, 6)};
            row.answeredAtUtc = fromStorageTime(columnText(query, 7));
            row.submitted = query.getColumn(8).getInt() != 0;
            rows.push_back(row);
        }
        return rows;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the answers"), m_database.path()));
    }
}

} // namespace pcs::storage
