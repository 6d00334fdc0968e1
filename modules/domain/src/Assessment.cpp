#include "pcs/domain/assessment/AssessmentWindow.h"
#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/assessment/SawPlan.h"

#include <algorithm>

namespace pcs {

QString phaseKey(AssessmentPhase phase)
{
    switch (phase) {
    case AssessmentPhase::Pre:
        return QStringLiteral("pre");
    case AssessmentPhase::Post:
        return QStringLiteral("post");
    }
    return {};
}

std::optional<AssessmentPhase> phaseFromKey(const QString& key)
{
    for (AssessmentPhase phase : {AssessmentPhase::Pre, AssessmentPhase::Post})
        if (phaseKey(phase) == key)
            return phase;
    return std::nullopt;
}

QString submissionStateKey(SubmissionState state)
{
    switch (state) {
    case SubmissionState::NotStarted:
        return QStringLiteral("not-started");
    case SubmissionState::InProgress:
        return QStringLiteral("in-progress");
    case SubmissionState::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

std::optional<SubmissionState> submissionStateFromKey(const QString& key)
{
    for (SubmissionState state :
        {SubmissionState::NotStarted, SubmissionState::InProgress, SubmissionState::Submitted})
        if (submissionStateKey(state) == key)
            return state;
    return std::nullopt;
}

const ItemAnswer* LearnerAssessment::answer(const QString& itemId) const
{
    const auto found = std::find_if(
        answers.begin(), answers.end(), [&](const ItemAnswer& answer) { return answer.itemId == itemId; });
    return found == answers.end() ? nullptr : &*found;
}

QString followUpStatusKey(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::NotStarted:
        return QStringLiteral("not-started");
    case FollowUpStatus::Started:
        return QStringLiteral("started");
    case FollowUpStatus::Applied:
        return QStringLiteral("applied");
    }
    return {};
}

std::optional<FollowUpStatus> followUpStatusFromKey(const QString& key)
{
    for (FollowUpStatus status :
        {FollowUpStatus::NotStarted, FollowUpStatus::Started, FollowUpStatus::Applied})
        if (followUpStatusKey(status) == key)
            return status;
    return std::nullopt;
}

} // namespace pcs
