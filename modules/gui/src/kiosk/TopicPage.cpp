#include "TopicPage.h"

#include "KioskStyle.h"
#include "RatingGroup.h"

#include <QLabel>
#include <QRadioButton>

#include <QVBoxLayout>
#include <algorithm>

namespace pcs::gui {

TopicPage::TopicPage(const KioskTopic& topic, const AssessmentBank& bank, const QString& language,
    bool collectThen, const LearnerAssessment& saved, const ItemCard::Saver& save, QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("topic-page"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget(this);
    body->setObjectName(QStringLiteral("kiosk-scroll-body"));
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 12, 4);
    layout->setSpacing(14);
    auto* title = kiosk::textLabel(topic.topic.title.in(language), body, QStringLiteral("topic-title"));
    title->setAccessibleName(title->text());
    kiosk::scaleFont(title, 1.5, true);
    layout->addWidget(title);
    if (const QString description = topic.topic.description.in(language); !description.isEmpty()) {
        auto* about = kiosk::textLabel(description, body, QStringLiteral("topic-description"));
        about->setProperty("role", QStringLiteral("hint"));
        layout->addWidget(about);
    }
    for (const AssessmentItem& item : topic.items) {
        const ItemAnswer* answer = saved.answer(item.id);
        auto* card = new ItemCard(item, bank, language, collectThen,
            answer ? *answer : ItemAnswer{item.id, {}, {}, {}, {}}, save, body);
        connect(card, &ItemCard::answerSaved, this, &TopicPage::answerSaved);
        m_cards.push_back(card);
        layout->addWidget(card);
    }
    layout->addStretch(1);
    setWidget(body);
    viewport()->setAutoFillBackground(false);
}

int TopicPage::completeCount() const
{
    return int(
        std::count_if(m_cards.begin(), m_cards.end(), [](const ItemCard* c) { return c->isComplete(); }));
}

QWidget* TopicPage::firstControl() const
{
    if (m_cards.empty())
        return nullptr;
    return m_cards.front()->competence()->tabStop();
}

bool TopicPage::flush()
{
    bool all = true;
    for (ItemCard* card : m_cards)
        all = card->flush() && all;
    return all;
}

} // namespace pcs::gui
