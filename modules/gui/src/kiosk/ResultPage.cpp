#include "ResultPage.h"

#include "KioskStyle.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pcs::gui {

ResultPage::ResultPage(const KioskContent& content, const LearnerAssessment& assessment,
    const QString& firstName, const QString& language, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("result-page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(14);
    auto* thanks = kiosk::textLabel(tr("Thank you, %1. Your self-assessment is submitted.").arg(firstName),
        this, QStringLiteral("result-thanks"));
    kiosk::scaleFont(thanks, 1.6, true);
    layout->addWidget(thanks);

    const QStringList topics = priorityTopics(assessment, content.items, kTopicCount);
    auto* intro = kiosk::textLabel(topics.isEmpty()
            ? tr(
                "Rate both your competence and your wish to develop a topic to see which topics to focus on.")
            : tr("The topics to focus on next: where you rated your competence lowest and your wish to "
                 "develop highest, with the MicroCoaching tools that help with each."),
        this, QStringLiteral("result-intro"));
    layout->addWidget(intro);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("kiosk-scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* list = new QWidget(scroll);
    list->setObjectName(QStringLiteral("kiosk-scroll-body"));
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 12, 0);
    listLayout->setSpacing(10);
    int position = 0;
    QStringList spoken{thanks->text(), intro->text()};
    for (const QString& topicId : topics) {
        const Topic* topic = content.package.topic(topicId);
        const QString title = topic ? topic->title.in(language) : topicId;
        auto* card = new QFrame(list);
        card->setObjectName(QStringLiteral("kiosk-item"));
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(16, 12, 16, 12);
        ++position;
        auto* heading = kiosk::textLabel(
            tr("%1. %2").arg(position).arg(title), card, QStringLiteral("result-topic-%1").arg(position));
        kiosk::scaleFont(heading, 1.2, true);
        cardLayout->addWidget(heading);
        const QStringList tools = content.toolTitles(topicId, language);
        auto* toolText = kiosk::textLabel(tools.isEmpty()
                ? tr("No MicroCoaching tool is linked to this topic.")
                : tr("MicroCoaching tools: %1").arg(tools.join(QStringLiteral(" · "))),
            card, QStringLiteral("result-tools-%1").arg(position));
        cardLayout->addWidget(toolText);
        spoken << heading->text() << toolText->text();
        listLayout->addWidget(card);
    }
    listLayout->addStretch(1);
    scroll->setWidget(list);
    scroll->viewport()->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);

    auto* handOn
        = kiosk::textLabel(tr("When you are done, press Done and pass the laptop to the next person."), this);
    layout->addWidget(handOn);
    m_done = kiosk::button(tr("Done"), tr("Done: return to the start for the next person"), this, true);
    m_done->setObjectName(QStringLiteral("result-done"));
    m_done->setAccessibleDescription(spoken.join(u'\n')); // read with the focused button
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    if (content.phase == AssessmentPhase::Post) {
        // After the program: the learner plans how to apply what they learned (SAW plan).
        m_plan = kiosk::button(tr("Write my SAW plan"),
            tr("Write my Skills Application in the Workplace plan for the topics I choose"), this, false);
        m_plan->setObjectName(QStringLiteral("result-plan"));
        buttons->addWidget(m_plan);
        connect(m_plan, &QPushButton::clicked, this, &ResultPage::planRequested);
    }
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
    connect(m_done, &QPushButton::clicked, this, &ResultPage::done);
    setFocusProxy(m_done);
}

} // namespace pcs::gui
