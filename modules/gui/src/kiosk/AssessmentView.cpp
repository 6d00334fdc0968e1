#include "AssessmentView.h"

#include "KioskStyle.h"
#include "LearnerHeader.h"
#include "ReviewPage.h"
#include "TopicPage.h"

#include "pcs/domain/Clock.h"
#include "pcs/storage/AssessmentWindowStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pcs::gui {

AssessmentView::AssessmentView(storage::Database& database, const KioskContent& content,
    const Person& learner, LearnerAssessment saved, const QString& language, bool collectThen,
    const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_content(content)
    , m_learner(learner)
    , m_saved(std::move(saved))
    , m_collectThen(collectThen)
    , m_clock(clock)
    , m_store(database, storage::RatingRanges::of(content.package.assessment))
    , m_language(language == QStringLiteral("fr") ? QStringLiteral("fr") : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("assessment-view"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_header = new LearnerHeader(learner.displayName(), m_language, this);
    layout->addWidget(m_header);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    m_index = std::clamp(m_saved.page, 0, int(m_content.topics.size()));
    buildPages(); // before Back and Next, so that the Tab order follows the screen

    auto* nav = new QHBoxLayout;
    m_back = kiosk::button(tr("← Back"), tr("Previous page"), this);
    m_back->setObjectName(QStringLiteral("page-back"));
    nav->addWidget(m_back);
    auto* keyHint = kiosk::textLabel(
        tr("Tab moves between questions · arrows or number keys choose · Page Down: next page"), this);
    keyHint->setProperty("role", QStringLiteral("hint"));
    keyHint->setAlignment(Qt::AlignCenter);
    nav->addWidget(keyHint, 1);
    m_keyHint = keyHint;
    m_next = kiosk::button(tr("Next →"), tr("Next page"), this, true);
    m_next->setObjectName(QStringLiteral("page-next"));
    nav->addWidget(m_next);
    layout->addLayout(nav);

    connect(m_back, &QPushButton::clicked, this, &AssessmentView::previous);
    connect(m_next, &QPushButton::clicked, this, &AssessmentView::next);
    connect(m_header, &LearnerHeader::languageChosen, this, [this](const QString& chosen) {
        flush();
        Q_EMIT languageChosen(chosen);
    });
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &AssessmentView::next);
    }
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &AssessmentView::previous);
    }

    showPage();
}

int AssessmentView::pageCount() const
{
    return int(m_content.topics.size()) + 1;
}

bool AssessmentView::isOnReview() const
{
    return m_index == int(m_content.topics.size());
}

void AssessmentView::buildPages()
{
    const ItemCard::Saver saver = [this](const ItemAnswer& answer) { return save(answer); };
    for (const KioskTopic& topic : m_content.topics) {
        auto* page = new TopicPage(
            topic, m_content.package.assessment, m_language, m_collectThen, m_saved, saver, m_pages);
        connect(page, &TopicPage::answerSaved, this, &AssessmentView::updateProgress);
        m_pages->addWidget(page);
        m_topicPages.push_back(page);
    }
    m_review = new ReviewPage(m_pages);
    connect(m_review, &ReviewPage::topicChosen, this, &AssessmentView::goTo);
    connect(m_review, &ReviewPage::submitConfirmed, this, &AssessmentView::submit);
    m_pages->addWidget(m_review);
}

void AssessmentView::goTo(int index)
{
    index = std::clamp(index, 0, pageCount() - 1);
    if (index == m_index)
        return;
    if (!isOnReview() && !m_topicPages[std::size_t(m_index)]->flush())
        return; // the refusal is in the header; the learner stays with the comment
    const auto stored = m_store.savePage(m_content.cohort.id, m_learner.id, m_content.phase, index);
    if (!stored) {
        refused(stored.error());
        return;
    }
    m_saved.page = index;
    m_index = index;
    showPage();
}

void AssessmentView::next()
{
    goTo(m_index + 1);
}

void AssessmentView::previous()
{
    goTo(m_index - 1);
}

bool AssessmentView::flush()
{
    if (!isOnReview() && m_index < int(m_topicPages.size()))
        return m_topicPages[std::size_t(m_index)]->flush();
    return true;
}

void AssessmentView::focusPage()
{
    QWidget* first
        = isOnReview() ? m_review->firstControl() : m_topicPages[std::size_t(m_index)]->firstControl();
    if (first)
        first->setFocus(Qt::TabFocusReason);
}

void AssessmentView::showPage()
{
    if (isOnReview()) {
        std::vector<ReviewPage::Row> rows;
        for (std::size_t i = 0; i < m_content.topics.size(); ++i)
            rows.push_back({m_content.topics[i].topic.title.in(m_language), m_topicPages[i]->completeCount(),
                m_topicPages[i]->itemCount()});
        m_review->cancelConfirmation();
        m_review->setRows(rows);
    }
    m_pages->setCurrentIndex(m_index);
    m_back->setEnabled(m_index > 0);
    m_next->setVisible(!isOnReview());
    m_keyHint->setText(isOnReview()
            ? tr("Tab moves between topics · Enter opens one · Page Up: previous page")
            : tr("Tab moves between questions · arrows or number keys choose · Page Down: next page"));
    m_next->setText(m_index + 1 == int(m_content.topics.size()) ? tr("Review →") : tr("Next →"));
    m_next->setAccessibleName(
        m_index + 1 == int(m_content.topics.size()) ? tr("Review my answers") : tr("Next page"));
    updateProgress();
    focusPage();
}

int AssessmentView::completeCount() const
{
    int complete = 0;
    for (const TopicPage* page : m_topicPages)
        complete += page->completeCount();
    return complete;
}

void AssessmentView::updateProgress()
{
    const QString answered = tr("%1 of %2 answered").arg(completeCount()).arg(m_content.itemCount());
    m_header->setProgress(isOnReview()
            ? tr("Review · %1").arg(answered)
            : tr("Topic %1 of %2 · %3").arg(m_index + 1).arg(m_content.topics.size()).arg(answered));
}

bool AssessmentView::save(const ItemAnswer& answer)
{
    const auto stored
        = m_store.saveAnswer(m_content.cohort.id, m_learner.id, m_content.phase, answer, m_index);
    if (!stored) {
        refused(stored.error());
        return false;
    }
    auto& answers = m_saved.answers;
    const auto found = std::find_if(
        answers.begin(), answers.end(), [&](const ItemAnswer& a) { return a.itemId == answer.itemId; });
    if (answer.isEmpty()) {
        if (found != answers.end())
            answers.erase(found);
    } else if (found != answers.end()) {
        *found = answer;
    } else {
        answers.push_back(answer);
    }
    m_saved.state = SubmissionState::InProgress;
    m_header->showSaved(m_clock.nowUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    return true;
}

void AssessmentView::submit()
{
    const auto handedIn = m_store.submit(m_content.cohort.id, m_learner.id, m_content.phase);
    if (!handedIn) {
        refused(handedIn.error());
        return;
    }
    m_saved.state = SubmissionState::Submitted;
    Q_EMIT submitted();
}

void AssessmentView::refused(const Error& error)
{
    // A closed window ends the learner's turn; anything else stays on the page, said in the header.
    const auto open
        = storage::AssessmentWindowStore(m_database).openWindowFor(m_content.cohort.id, m_content.phase);
    if (open && !open->has_value()) {
        Q_EMIT stopped(error.message);
        return;
    }
    m_header->showNotSaved(error.message);
}

} // namespace pcs::gui
