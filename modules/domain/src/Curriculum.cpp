#include "pcs/domain/curriculum/Assessment.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/curriculum/LocalizedText.h"
#include "pcs/domain/curriculum/Program.h"

#include <algorithm>

namespace pcs {

QString LocalizedText::in(const QString& language) const
{
    const bool french = language == QLatin1String("fr");
    const QString& wanted = french ? fr : en;
    if (!wanted.trimmed().isEmpty())
        return wanted;
    return french ? en : fr;
}

int Workshop::totalMinutes() const
{
    int total = 0;
    for (const AgendaBlock& block : blocks)
        total += block.minutes;
    return total;
}

int Workshop::contactMinutes() const
{
    int total = 0;
    for (const AgendaBlock& block : blocks)
        if (!block.isBreak)
            total += block.minutes;
    return total;
}

std::vector<QTime> Workshop::blockStarts(QTime start) const
{
    std::vector<QTime> starts;
    starts.reserve(blocks.size());
    QTime next = start;
    for (const AgendaBlock& block : blocks) {
        starts.push_back(next);
        next = next.addSecs(block.minutes * 60);
    }
    return starts;
}

int Program::contactMinutes() const
{
    int total = 0;
    for (const Workshop& workshop : workshops)
        total += workshop.contactMinutes();
    return total;
}

QStringList Program::toolsUsed() const
{
    QStringList tools;
    for (const Workshop& workshop : workshops)
        for (const AgendaBlock& block : workshop.blocks)
            for (const QString& tool : block.tools)
                if (!tools.contains(tool))
                    tools << tool;
    return tools;
}

QString workshopKindKey(WorkshopKind kind)
{
    switch (kind) {
    case WorkshopKind::Day:
        return QStringLiteral("day");
    case WorkshopKind::HalfDay:
        return QStringLiteral("half-day");
    case WorkshopKind::Block:
        return QStringLiteral("block");
    }
    return {};
}

const ScaleAnchor* RatingScale::anchor(int value) const
{
    const auto found = std::find_if(
        anchors.begin(), anchors.end(), [&](const ScaleAnchor& a) { return a.value == value; });
    return found == anchors.end() ? nullptr : &*found;
}

std::vector<AssessmentItem> AssessmentBank::itemsFor(
    const QString& programId, const QStringList& topicOrder) const
{
    std::vector<AssessmentItem> selected;
    for (const QString& topic : topicOrder)
        for (const AssessmentItem& item : items)
            if (item.program == programId && item.topic == topic)
                selected.push_back(item);
    return selected;
}

namespace {
template <typename T> const T* findById(const std::vector<T>& list, const QString& id)
{
    const auto found = std::find_if(list.begin(), list.end(), [&](const T& entry) { return entry.id == id; });
    return found == list.end() ? nullptr : &*found;
}
} // namespace

const Program* CurriculumPackage::program(const QString& programId) const
{
    return findById(programs, programId);
}

const Topic* CurriculumPackage::topic(const QString& topicId) const
{
    return findById(topics, topicId);
}

const MicroCoachingTool* CurriculumPackage::tool(const QString& toolId) const
{
    return findById(tools, toolId);
}

} // namespace pcs
