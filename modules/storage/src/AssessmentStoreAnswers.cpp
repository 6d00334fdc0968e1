#include "pcs/storage/AssessmentStore.h"

#include "AssessmentRows.h"
#include "DatabaseAccess.h"
#include "LearnerSituation.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/Database.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <SQLiteCpp/Statement.h>

#include <optional>
#include <stdexcept>
#include <string>

// Saving answers, one at a time (the kiosk) or in batches; AssessmentStore.cpp holds the rest.

namespace pcs::storage {
namespace {

// One answer written or, when it is cleared, removed: the same statements for one answer and a batch.
constexpr const char* kUpsertAnswer
    = "INSERT INTO assessment_answers(cohort_id, person_id, phase, item_id, competence, desire, "
      "then_competence, comment, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT(cohort_id, person_id, phase, item_id) DO UPDATE SET "
      "competence = excluded.competence, desire = excluded.desire, "
      "then_competence = excluded.then_competence, comment = excluded.comment, "
      "answered_at = excluded.answered_at";
constexpr const char* kDeleteAnswer
    = "DELETE FROM assessment_answers WHERE cohort_id = ? AND person_id = ? AND phase = ? AND item_id = ?";

std::optional<Error> ratingOutOfRange(std::optional<int> rating, int min, int max, const QString& what)
{
    if (!rating || (*rating >= min && *rating <= max))
        return std::nullopt;
    return Error{ErrorKind::Invalid, what.arg(min).arg(max)};
}

// What saveAnswer checks before it touches the database, for one answer of a batch.
std::optional<Error> answerProblem(const ItemAnswer& answer, const RatingRanges& ranges)
{
    if (answer.itemId.isEmpty())
        return Error{ErrorKind::Invalid, AssessmentStore::tr("An answer needs the question it answers.")};
    for (const auto& problem :
        {ratingOutOfRange(answer.competence, ranges.competenceMin, ranges.competenceMax,
             AssessmentStore::tr("The competence rating must be between %1 and %2.")),
            ratingOutOfRange(answer.desire, ranges.desireMin, ranges.desireMax,
                AssessmentStore::tr("The desire for further development must be between %1 and %2.")),
            ratingOutOfRange(answer.thenCompetence, ranges.competenceMin, ranges.competenceMax,
                AssessmentStore::tr("The rating before the program must be between %1 and %2."))})
        if (problem)
            return problem;
    if (answer.comment.size() > AssessmentStore::kMaximumCommentLength)
        return Error{ErrorKind::Invalid,
            AssessmentStore::tr("A comment can have at most %1 characters.")
                .arg(AssessmentStore::kMaximumCommentLength)};
    return std::nullopt;
}

// The refusal of one answer of a batch, saying whose answer and which question it is.
Error batchRefusal(const Error& refusal, const LearnerAnswer& answer)
{
    return {refusal.kind,
        AssessmentStore::tr("%1 (learner %2, question %3)")
            .arg(refusal.message, answer.personId, answer.answer.itemId)};
}

QSet<QString> textColumn(
    SQLite::Database& db, const char* sql, const QString& first, const QString& second = {})
{
    SQLite::Statement query(db, sql);
    query.bind(1, sqlText(first));
    if (!second.isNull())
        query.bind(2, sqlText(second));
    QSet<QString> values;
    while (query.executeStep())
        values.insert(columnText(query, 0));
    return values;
}

// Thrown inside the batch's transaction to roll it back when an answer is refused; the refusal
// itself is kept beside it.
struct BatchRefused : std::runtime_error {
    BatchRefused()
        : std::runtime_error("an answer of the batch was refused")
    { }
};

} // namespace

Result<void> AssessmentStore::saveAnswer(const QString& cohortId, const QString& personId,
    AssessmentPhase phase, const ItemAnswer& answer, int page)
{
    if (answer.itemId.isEmpty())
        return fail(ErrorKind::Invalid, tr("An answer needs the question it answers."));
    for (const auto& problem :
        {ratingOutOfRange(answer.competence, m_ranges.competenceMin, m_ranges.competenceMax,
             tr("The competence rating must be between %1 and %2.")),
            ratingOutOfRange(answer.desire, m_ranges.desireMin, m_ranges.desireMax,
                tr("The desire for further development must be between %1 and %2.")),
            ratingOutOfRange(answer.thenCompetence, m_ranges.competenceMin, m_ranges.competenceMax,
                tr("The rating before the program must be between %1 and %2."))})
        if (problem)
            return std::unexpected(*problem);
    if (answer.comment.size() > kMaximumCommentLength)
        return fail(
            ErrorKind::Invalid, tr("A comment can have at most %1 characters.").arg(kMaximumCommentLength));
    return writeProgress(cohortId, personId, phase, &answer, page);
}

Result<void> AssessmentStore::savePage(
    const QString& cohortId, const QString& personId, AssessmentPhase phase, int page)
{
    return writeProgress(cohortId, personId, phase, nullptr, page);
}

Result<void> AssessmentStore::writeProgress(const QString& cohortId, const QString& personId,
    AssessmentPhase phase, const ItemAnswer* answer, int page)
{
    if (page < 0)
        return fail(ErrorKind::Invalid, tr("The page number cannot be negative."));
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("save the answer"), [&](SQLite::Database& db) {
            const LearnerSituation now = situation(db, cohortId, personId, phase);
            refusal = refusalFor(now);
            if (refusal)
                return;
            const std::string at = sqlText(toStorageTime(m_database.clock().nowUtc()));
            if (answer) {
                if (answer->thenCompetence && !*now.windowCollectsThen) {
                    refusal = Error{ErrorKind::Invalid,
                        tr("This self-assessment does not ask for ratings of before the program.")};
                    return;
                }
                SQLite::Statement item(db,
                    "SELECT 1 FROM curriculum_items i JOIN cohorts c ON c.curriculum_version_id = "
                    "i.version_id "
                    "AND c.program_id = i.program_id WHERE c.id = ? AND i.item_id = ?");
                item.bind(1, sqlText(cohortId));
                item.bind(2, sqlText(answer->itemId));
                if (!item.executeStep()) {
                    refusal = Error{ErrorKind::Invalid,
                        tr("This question is not part of this cohort's self-assessment.")};
                    return;
                }
                if (answer->isEmpty()) {
                    SQLite::Statement remove(db, kDeleteAnswer);
                    remove.bind(1, sqlText(cohortId));
                    remove.bind(2, sqlText(personId));
                    remove.bind(3, sqlText(phaseKey(phase)));
                    remove.bind(4, sqlText(answer->itemId));
                    remove.exec();
                } else {
                    SQLite::Statement upsert(db, kUpsertAnswer);
                    upsert.bind(1, sqlText(cohortId));
                    upsert.bind(2, sqlText(personId));
                    upsert.bind(3, sqlText(phaseKey(phase)));
                    upsert.bind(4, sqlText(answer->itemId));
                    bindOptional(upsert, 5, answer->competence);
                    bindOptional(upsert, 6, answer->desire);
                    bindOptional(upsert, 7, answer->thenCompetence);
                    upsert.bind(8, sqlText(answer->comment));
                    upsert.bind(9, at);
                    upsert.exec();
                }
            }
            SQLite::Statement progress(db,
                "INSERT INTO assessment_progress(cohort_id, person_id, phase, state, page, started_at, "
                "updated_at) VALUES (?, ?, ?, 'in-progress', ?, ?, ?) "
                "ON CONFLICT(cohort_id, person_id, phase) DO UPDATE SET page = excluded.page, "
                "updated_at = excluded.updated_at");
            progress.bind(1, sqlText(cohortId));
            progress.bind(2, sqlText(personId));
            progress.bind(3, sqlText(phaseKey(phase)));
            progress.bind(4, page);
            progress.bind(5, at);
            progress.bind(6, at);
            progress.exec();
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    return {};
}

Result<int> AssessmentStore::saveAnswers(const QString& cohortId, AssessmentPhase phase,
    const std::vector<LearnerAnswer>& answers, bool submit, const QDateTime& answeredAtUtc)
{
    for (const LearnerAnswer& answer : answers)
        if (const auto problem = answerProblem(answer.answer, m_ranges))
            return std::unexpected(batchRefusal(*problem, answer));
    if (answers.empty())
        return 0;

    std::optional<Error> refusal;
    int saved = 0;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("save the answers"), [&](SQLite::Database& db) {
            const std::string cohort = sqlText(cohortId);
            const std::string phaseText = sqlText(phaseKey(phase));
            SQLite::Statement state(db,
                "SELECT EXISTS (SELECT 1 FROM cohorts WHERE id = ?1), "
                "(SELECT collect_then FROM assessment_windows WHERE cohort_id = ?1 AND phase = ?2 "
                " AND closed_at IS NULL)");
            state.bind(1, cohort);
            state.bind(2, phaseText);
            state.executeStep();
            LearnerSituation now;
            now.cohortExists = state.getColumn(0).getInt() != 0;
            now.onRoster = true; // checked per learner below
            if (!state.getColumn(1).isNull())
                now.windowCollectsThen = state.getColumn(1).getInt() != 0;
            refusal = refusalFor(now);
            if (refusal)
                return;

            const QSet<QString> roster
                = textColumn(db, "SELECT person_id FROM cohort_learners WHERE cohort_id = ?", cohortId);
            const QSet<QString> submitted = textColumn(db,
                "SELECT person_id FROM assessment_progress WHERE cohort_id = ? AND phase = ? "
                "AND state = 'submitted'",
                cohortId, phaseKey(phase));
            const QSet<QString> items = textColumn(db,
                "SELECT i.item_id FROM curriculum_items i JOIN cohorts c ON c.curriculum_version_id = "
                "i.version_id AND c.program_id = i.program_id WHERE c.id = ?",
                cohortId);

            const QDateTime at = answeredAtUtc.isValid() ? answeredAtUtc : m_database.clock().nowUtc();
            const std::string atText = sqlText(toStorageTime(at));
            SQLite::Statement upsert(db, kUpsertAnswer);
            SQLite::Statement remove(db, kDeleteAnswer);
            QStringList learners; // in the order first named
            QSet<QString> named;
            for (const LearnerAnswer& entry : answers) {
                const ItemAnswer& answer = entry.answer;
                std::optional<Error> problem;
                if (!roster.contains(entry.personId))
                    problem = notOnRoster();
                else if (submitted.contains(entry.personId))
                    problem
                        = refusalFor(LearnerSituation{true, true, now.windowCollectsThen, true}); // submitted
                else if (!items.contains(answer.itemId))
                    problem = Error{ErrorKind::Invalid,
                        tr("This question is not part of this cohort's self-assessment.")};
                else if (answer.thenCompetence && !*now.windowCollectsThen)
                    problem = Error{ErrorKind::Invalid,
                        tr("This self-assessment does not ask for ratings of before the program.")};
                if (problem) {
                    refusal = batchRefusal(*problem, entry);
                    throw BatchRefused{}; // rolls back what this batch wrote so far
                }
                if (!named.contains(entry.personId)) {
                    named.insert(entry.personId);
                    learners << entry.personId;
                }
                SQLite::Statement& statement = answer.isEmpty() ? remove : upsert;
                statement.bind(1, cohort);
                statement.bind(2, sqlText(entry.personId));
                statement.bind(3, phaseText);
                statement.bind(4, sqlText(answer.itemId));
                if (!answer.isEmpty()) {
                    bindOptional(upsert, 5, answer.competence);
                    bindOptional(upsert, 6, answer.desire);
                    bindOptional(upsert, 7, answer.thenCompetence);
                    upsert.bind(8, sqlText(answer.comment));
                    upsert.bind(9, atText);
                    ++saved;
                }
                statement.exec();
                statement.reset();
            }

            SQLite::Statement progress(db,
                "INSERT INTO assessment_progress(cohort_id, person_id, phase, state, page, started_at, "
                "updated_at, submitted_at) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?5, ?6) "
                "ON CONFLICT(cohort_id, person_id, phase) DO UPDATE SET state = excluded.state, "
                "updated_at = excluded.updated_at, submitted_at = excluded.submitted_at");
            const QDateTime auditAt = m_database.clock().nowUtc();
            for (const QString& learner : learners) {
                progress.bind(1, cohort);
                progress.bind(2, sqlText(learner));
                progress.bind(3, phaseText);
                progress.bind(4, submit ? "submitted" : "in-progress");
                progress.bind(5, atText);
                if (submit)
                    progress.bind(6, atText);
                else
                    progress.bind(6);
                progress.exec();
                progress.reset();
                if (submit)
                    appendAudit(db, auditAt, QStringLiteral("kiosk"), "assessment.submitted", learner,
                        QStringLiteral("cohort %1, %2").arg(cohortId, phaseKey(phase)));
            }
        });
    if (refusal)
        return std::unexpected(*refusal);
    if (!written)
        return std::unexpected(written.error());
    return saved;
}

} // namespace pcs::storage
