#pragma once

#include "ItemCard.h"
#include "KioskContent.h"

#include <QScrollArea>

#include <vector>

namespace pcs::gui {

// One page of the self-assessment: a topic's title and description and a card per item, in a
// scroll area that follows the keyboard focus.
class TopicPage : public QScrollArea
{
    Q_OBJECT

public:
    TopicPage(const KioskTopic& topic, const AssessmentBank& bank, const QString& language, bool collectThen,
        const LearnerAssessment& saved, const ItemCard::Saver& save, QWidget* parent = nullptr);

    const std::vector<ItemCard*>& cards() const { return m_cards; }
    int itemCount() const { return int(m_cards.size()); }
    int completeCount() const;
    // The first control a learner uses on this page.
    QWidget* firstControl() const;
    // Saves comments typed but not saved yet; false when one was refused.
    bool flush();

Q_SIGNALS:
    void answerSaved();

private:
    std::vector<ItemCard*> m_cards;
};

} // namespace pcs::gui
