#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pcs {

// The two self-assessments of a program: before it starts and after it ends.
enum class AssessmentPhase { Pre, Post };
QString phaseKey(AssessmentPhase phase); // "pre", "post": the stored form
std::optional<AssessmentPhase> phaseFromKey(const QString& key); // nothing for an unknown key

// A facilitator opens a window for a cohort and a phase; learners can answer only while it is open.
// A closed window stays closed: to collect again, the facilitator opens a new one.
struct AssessmentWindow {
    QString id; // UUID
    QString cohortId;
    AssessmentPhase phase = AssessmentPhase::Pre;
    QDateTime openedAtUtc;
    QString openedBy; // account id or user name
    QString closedBy; // empty while open
    std::optional<QDateTime> closedAtUtc;
    bool usesPins = false; // learners confirm who they are with their PIN
    bool collectThen = false; // retrospective "then" ratings (how competent was I before?), post only

    bool isOpen() const { return !closedAtUtc.has_value(); }
    friend bool operator==(const AssessmentWindow&, const AssessmentWindow&) = default;
};

} // namespace pcs
