#pragma once

#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/domain/curriculum/Assessment.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pcs {

// One learner's answer to one item. Ratings are on the bank's scales (competence 1-5, desire for
// further development 1-4 in PCS); a rating not given is empty. The comment is kept verbatim.
struct ItemAnswer {
    QString itemId;
    std::optional<int> competence;
    std::optional<int> desire;
    std::optional<int> thenCompetence; // retrospective pre rating, given at the post assessment
    QString comment;

    // Nothing given at all: the same as no answer.
    bool isEmpty() const { return !competence && !desire && !thenCompetence && comment.isEmpty(); }
    friend bool operator==(const ItemAnswer&, const ItemAnswer&) = default;
};

enum class SubmissionState { NotStarted, InProgress, Submitted };
QString submissionStateKey(SubmissionState state); // "not-started", "in-progress", "submitted"
std::optional<SubmissionState> submissionStateFromKey(const QString& key);

// One learner's pre or post self-assessment, as far as it has come.
struct LearnerAssessment {
    QString cohortId;
    QString personId;
    AssessmentPhase phase = AssessmentPhase::Pre;
    SubmissionState state = SubmissionState::NotStarted;
    int page = 0; // where to resume: index of the page (topic) the learner was on
    std::optional<QDateTime> submittedAtUtc;
    std::vector<ItemAnswer> answers; // in the program's item order

    // The answer to `itemId`, or null when the item has none.
    const ItemAnswer* answer(const QString& itemId) const;
    friend bool operator==(const LearnerAssessment&, const LearnerAssessment&) = default;
};

// The topics a learner most wants to work on: the topics whose mean competence is lowest and mean
// desire highest. Topics are ordered by (mean desire - mean competence), largest first, ties by the
// lower mean competence, then by the order of `items`; topics without both a competence and a
// desire rating are left out. Returns at most `count` topic ids. Ratings of answers to items not in
// `items` are ignored.
QStringList priorityTopics(
    const LearnerAssessment& assessment, const std::vector<AssessmentItem>& items, int count = 3);

} // namespace pcs
