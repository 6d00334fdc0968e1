#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/assessment/SawPlan.h"

#include <QHash>

#include <algorithm>
#include <set>

namespace pcs {

namespace {

struct TopicMeans {
    QString topic;
    int order = 0; // first appearance in the items
    int competenceSum = 0;
    int competenceCount = 0;
    int desireSum = 0;
    int desireCount = 0;

    double competence() const { return double(competenceSum) / competenceCount; }
    double desire() const { return double(desireSum) / desireCount; }
};

} // namespace

QStringList priorityTopics(
    const LearnerAssessment& assessment, const std::vector<AssessmentItem>& items, int count)
{
    std::vector<TopicMeans> topics;
    QHash<QString, std::size_t> topicIndex; // topic id -> index in topics
    QHash<QString, std::size_t> itemTopic; // item id -> index in topics
    for (const AssessmentItem& item : items) {
        auto found = topicIndex.constFind(item.topic);
        if (found == topicIndex.constEnd()) {
            found = topicIndex.insert(item.topic, topics.size());
            topics.push_back({item.topic, int(topics.size())});
        }
        itemTopic.insert(item.id, *found);
    }
    for (const ItemAnswer& answer : assessment.answers) {
        const auto topic = itemTopic.constFind(answer.itemId);
        if (topic == itemTopic.constEnd())
            continue;
        TopicMeans& means = topics[*topic];
        if (answer.competence) {
            means.competenceSum += *answer.competence;
            ++means.competenceCount;
        }
        if (answer.desire) {
            means.desireSum += *answer.desire;
            ++means.desireCount;
        }
    }
    std::erase_if(topics, [](const TopicMeans& t) { return t.competenceCount == 0 || t.desireCount == 0; });
    // Compared as fractions over integers (a/b < c/d as a*d < c*b), so equal means tie exactly.
    const auto gapLess = [](const TopicMeans& a, const TopicMeans& b) {
        // gap = desireSum/desireCount - competenceSum/competenceCount, over a common denominator
        const qint64 aNum = qint64(a.desireSum) * a.competenceCount - qint64(a.competenceSum) * a.desireCount;
        const qint64 aDen = qint64(a.desireCount) * a.competenceCount;
        const qint64 bNum = qint64(b.desireSum) * b.competenceCount - qint64(b.competenceSum) * b.desireCount;
        const qint64 bDen = qint64(b.desireCount) * b.competenceCount;
        return aNum * bDen < bNum * aDen;
    };
    const auto competenceLess = [](const TopicMeans& a, const TopicMeans& b) {
        return qint64(a.competenceSum) * b.competenceCount < qint64(b.competenceSum) * a.competenceCount;
    };
    std::sort(topics.begin(), topics.end(), [&](const TopicMeans& a, const TopicMeans& b) {
        if (gapLess(b, a))
            return true; // a has the larger gap
        if (gapLess(a, b))
            return false;
        if (competenceLess(a, b))
            return true;
        if (competenceLess(b, a))
            return false;
        return a.order < b.order;
    });
    QStringList chosen;
    for (const TopicMeans& topic : topics) {
        if (chosen.size() >= count)
            break;
        chosen << topic.topic;
    }
    return chosen;
}

std::vector<FollowUp> planFollowUps(
    const QString& cohortId, const QString& personId, const QDate& from, const std::vector<int>& dayOffsets)
{
    std::vector<FollowUp> planned;
    if (!from.isValid())
        return planned;
    const std::set<int> offsets(dayOffsets.begin(), dayOffsets.end());
    for (int offset : offsets) {
        if (offset < 1)
            continue;
        FollowUp followUp;
        followUp.cohortId = cohortId;
        followUp.personId = personId;
        followUp.dayOffset = offset;
        followUp.dueDate = from.addDays(offset);
        planned.push_back(followUp);
    }
    return planned;
}

} // namespace pcs
