#pragma once

#include "pcs/domain/curriculum/LocalizedText.h"

#include <QStringList>
#include <QTime>

#include <vector>

namespace pcs {

struct LearningObjective {
    QString id;
    LocalizedText text;
    friend bool operator==(const LearningObjective&, const LearningObjective&) = default;
};

// One line of a workshop's agenda. Breaks count in the day's length but not in contact time.
struct AgendaBlock {
    QString id;
    LocalizedText title;
    int minutes = 0;
    bool isBreak = false;
    QStringList topics; // topic ids
    QStringList tools; // MicroCoaching tool ids
    LocalizedText notes; // facilitator note, may be empty
    friend bool operator==(const AgendaBlock&, const AgendaBlock&) = default;
};

enum class WorkshopKind { Day, HalfDay, Block };

// One unit of a program's curriculum: a day, a half-day or a block of its own length.
struct Workshop {
    QString id;
    LocalizedText title;
    WorkshopKind kind = WorkshopKind::Day;
    QTime defaultStart;
    std::vector<AgendaBlock> blocks;

    int totalMinutes() const; // breaks included
    int contactMinutes() const; // breaks excluded
    // Planned start of each block when the workshop starts at `start`, in block order.
    std::vector<QTime> blockStarts(QTime start) const;
    friend bool operator==(const Workshop&, const Workshop&) = default;
};

struct Program {
    QString id;
    int order = 0;
    LocalizedText title;
    LocalizedText tagline;
    LocalizedText audience;
    LocalizedText deliveryMethod;
    bool coFacilitation = false;
    int recommendedContactMinutes = 0;
    LocalizedText durationLabel;
    LocalizedText overview;
    std::vector<LearningObjective> objectives;
    QStringList topics; // in self-assessment order
    std::vector<Workshop> workshops;

    int contactMinutes() const; // over all workshops, breaks excluded
    QStringList toolsUsed() const; // ids, in first-use order, no duplicates
    friend bool operator==(const Program&, const Program&) = default;
};

QString workshopKindKey(WorkshopKind kind); // "day", "half-day", "block"

} // namespace pcs
