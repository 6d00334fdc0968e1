#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/curriculum/Assessment.h"
#include "pcs/domain/delivery/Person.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace pcs::storage {

class Database;

// The rating ranges answers are checked against: the curriculum bank's scales. The defaults are
// PCS's (competence 1-5, desire for further development 1-4); then-ratings use the competence scale.
struct RatingRanges {
    int competenceMin = 1;
    int competenceMax = 5;
    int desireMin = 1;
    int desireMax = 4;

    static RatingRanges of(const AssessmentBank& bank);
};

// One learner of a cohort's roster and how far their self-assessment has come.
struct LearnerStatus {
    Person person;
    SubmissionState state = SubmissionState::NotStarted;
    int answered = 0; // items with an answer
    int page = 0;
    std::optional<QDateTime> submittedAtUtc;
};

// One stored answer, for export and analytics.
struct AnswerRow {
    QString personId;
    AssessmentPhase phase = AssessmentPhase::Pre;
    ItemAnswer answer;
    QDateTime answeredAtUtc;
    bool submitted = false; // the learner has submitted this phase
    friend bool operator==(const AnswerRow&, const AnswerRow&) = default;
};

// One answer of a batch (saveAnswers): whose it is and what they answered.
struct LearnerAnswer {
    QString personId;
    ItemAnswer answer;
};

// Pre and post self-assessments: each learner's progress (the page to resume on, submitted or not)
// and their answers. AssessmentWindowStore opens and closes the windows they are collected in.
//
// The schema itself enforces the collection rules, whoever writes: answers and progress are written
// only while a window is open for the cohort and phase and only for learners on the roster; answers
// are refused once the learner submitted; then-ratings only when the open window collects them.
// Reopening a submitted assessment (staff) needs an open window too. The store checks the same
// rules first to give a clear message. Every write is one BEGIN IMMEDIATE transaction committed
// before the call returns, so "saved" is true when the kiosk says it. Answers never go into the
// audit log or the log file.
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::AssessmentStore)

public:
    static constexpr int kMaximumCommentLength = 4000; // characters (UTF-16 units)

    explicit AssessmentStore(Database& database, RatingRanges ranges = {});

    // The learner's assessment as far as it has come (NotStarted and no answers when nothing is
    // stored). NotFound when the learner is not on the roster.
    Result<LearnerAssessment> progress(
        const QString& cohortId, const QString& personId, AssessmentPhase phase) const;

    // Saves one answer and the page the learner is on, together. An answer with nothing in it removes
    // the item's answer. Refused (Invalid, with a message for the learner) while no window is open,
    // for a learner not on the roster, after the learner submitted, for an item not in the cohort's
    // program, for a rating outside its range, for a then-rating the window does not collect and
    // for a comment longer than kMaximumCommentLength. The comment is stored verbatim.
    Result<void> saveAnswer(const QString& cohortId, const QString& personId, AssessmentPhase phase,
        const ItemAnswer& answer, int page);
    // Only the resume position; refused like saveAnswer.
    Result<void> savePage(const QString& cohortId, const QString& personId, AssessmentPhase phase, int page);
    // Hands the assessment in; answers are refused from then on. Audits "assessment.submitted"
    // (never the answers).
    Result<void> submit(const QString& cohortId, const QString& personId, AssessmentPhase phase);
    // Staff take a submitted assessment back to in progress, so that the learner can change it;
    // needs an open window. Audits "assessment.reopened" (never the answers).
    Result<void> reopen(
        const QString& cohortId, const QString& personId, AssessmentPhase phase, const QString& actor);

    // Every learner of the roster (by last, then first name) with their state in `phase`.
    Result<std::vector<LearnerStatus>> statuses(const QString& cohortId, AssessmentPhase phase) const;
    // All answers of the cohort, by phase, learner and item order.
    Result<std::vector<AnswerRow>> answers(const QString& cohortId) const;

    // Many answers of one cohort and phase in one transaction: all of them are saved or none is
    // (for answers transcribed from paper forms or brought from elsewhere, and demonstration data).
    // Every answer is checked by the same rules as saveAnswer, and the schema's triggers check it
    // again; the first one refused is named in the message (learner and question). An answer with
    // nothing in it removes the item's answer. Each learner named gets their assessment started
    // (a page already stored is kept, a new one is 0); with `submit` each of them is then handed in
    // and audited "assessment.submitted", as submit() does. `answeredAtUtc` is the time stored with
    // the answers and the submission (an invalid time: the database clock's now). Returns how many
    // answers were saved (removals not counted).
    Result<int> saveAnswers(const QString& cohortId, AssessmentPhase phase,
        const std::vector<LearnerAnswer>& answers, bool submit, const QDateTime& answeredAtUtc = {});

private:
    Result<void> writeProgress(const QString& cohortId, const QString& personId, AssessmentPhase phase,
        const ItemAnswer* answer, int page);

    Database& m_database;
    RatingRanges m_ranges;
};

} // namespace pcs::storage
