#include "LearnerSession.h"

#include "../assessment/SawPlanEditor.h"
#include "AssessmentView.h"
#include "ConfirmPage.h"
#include "KioskStyle.h"
#include "LearnerHeader.h"
#include "PinPage.h"
#include "ResultPage.h"

#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/LearnerPinStore.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pcs::gui {

LearnerSession::LearnerSession(storage::Database& database, const KioskContent& content,
    const Person& learner, const AssessmentWindow& window, bool resuming,
    storage::PasswordHashParameters pinParameters, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_content(content)
    , m_learner(learner)
    , m_window(window)
    , m_pinParameters(pinParameters)
    , m_clock(clock)
    , m_language(
          learner.preferredLanguage == QStringLiteral("fr") ? QStringLiteral("fr") : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("learner-session"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_steps = new QStackedWidget(this);
    layout->addWidget(m_steps);
    auto* confirm = new ConfirmPage(learner.displayName(), resuming, m_steps);
    connect(confirm, &ConfirmPage::confirmed, this, &LearnerSession::confirmed);
    connect(confirm, &ConfirmPage::declined, this, [this] { Q_EMIT finished({}); });
    show(confirm);
}

QString LearnerSession::flush()
{
    if (m_assessment && !m_assessment->flush())
        return tr("The last comment could not be saved.");
    if (m_plan && !m_plan->flush())
        return m_plan->lastError();
    return {};
}

void LearnerSession::focusCurrent()
{
    if (m_assessment && m_steps->currentWidget() == m_assessment)
        m_assessment->focusPage();
    else if (QWidget* current = m_steps->currentWidget())
        current->setFocus(Qt::OtherFocusReason);
}

void LearnerSession::show(QWidget* page)
{
    m_steps->addWidget(page);
    QWidget* previous = m_steps->currentWidget();
    m_steps->setCurrentWidget(page);
    if (previous && previous != page) {
        // Later, not now: the step may be the one asking (its button's click is still running).
        m_steps->removeWidget(previous);
        previous->hide();
        previous->deleteLater();
    }
    focusCurrent();
}

void LearnerSession::confirmed()
{
    if (!m_window.usesPins) {
        startAssessment();
        return;
    }
    const auto hasPin = storage::LearnerPinStore(m_database, m_pinParameters).hasPin(m_learner.id);
    if (!hasPin) {
        Q_EMIT finished(hasPin.error().message);
        return;
    }
    auto* pin = new PinPage(m_database, m_pinParameters, m_learner.id, m_learner.displayName(),
        *hasPin ? PinPage::Mode::Check : PinPage::Mode::Set, m_steps);
    connect(pin, &PinPage::accepted, this, &LearnerSession::startAssessment);
    connect(pin, &PinPage::declined, this, [this] { Q_EMIT finished({}); });
    show(pin);
}

void LearnerSession::startAssessment()
{
    storage::AssessmentStore store(m_database, storage::RatingRanges::of(m_content.package.assessment));
    auto progress = store.progress(m_content.cohort.id, m_learner.id, m_content.phase);
    if (!progress) {
        Q_EMIT finished(progress.error().message);
        return;
    }
    if (progress->state == SubmissionState::Submitted) {
        if (m_content.phase == AssessmentPhase::Post) {
            showPlan(); // their own plan, to go on with it
            return;
        }
        Q_EMIT finished(tr("This self-assessment has already been submitted. Ask your facilitator if "
                           "something needs to change."));
        return;
    }
    // Marks the assessment started (and checks the window is still open) before any question shows.
    if (const auto started
        = store.savePage(m_content.cohort.id, m_learner.id, m_content.phase, progress->page);
        !started) {
        Q_EMIT finished(started.error().message);
        return;
    }
    showAssessment(std::move(*progress));
}

void LearnerSession::showAssessment(LearnerAssessment progress)
{
    m_assessment = new AssessmentView(m_database, m_content, m_learner, std::move(progress), m_language,
        m_window.collectThen, m_clock, m_steps);
    connect(m_assessment, &AssessmentView::submitted, this, &LearnerSession::showResult);
    connect(m_assessment, &AssessmentView::stopped, this, &LearnerSession::finished);
    connect(m_assessment, &AssessmentView::languageChosen, this, [this](const QString& language) {
        // The same answers and page, every text of the questions in the other language.
        m_language = language;
        showAssessment(m_assessment->saved());
        m_assessment->header()->languageButton()->setFocus(Qt::OtherFocusReason);
    });
    show(m_assessment);
}

void LearnerSession::showPlan()
{
    auto* page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("plan-page"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 24, 40, 24);
    auto* title
        = kiosk::textLabel(tr("%1, your Skills Application in the Workplace plan").arg(m_learner.firstName),
            page, QStringLiteral("plan-title"));
    kiosk::scaleFont(title, 1.4, true);
    layout->addWidget(title);
    QStringList topicOrder;
    if (const Program* program = m_content.package.program(m_content.cohort.programId))
        topicOrder = program->topics;
    auto* editor = new SawPlanEditor(
        m_database, m_content.package, topicOrder, m_content.cohort.id, m_learner.id, m_language, page);
    layout->addWidget(editor, 1);
    m_plan = editor;
    auto* done = kiosk::button(tr("Done"), tr("Done: return to the start for the next person"), page, true);
    done->setObjectName(QStringLiteral("plan-done"));
    layout->addWidget(done, 0, Qt::AlignRight);
    connect(done, &QPushButton::clicked, this, [this] {
        // What was typed last is saved first; when the store refuses it, the learner stays to see why.
        if (m_plan && !m_plan->flush())
            return;
        Q_EMIT finished({});
    });
    show(page);
    editor->topicBox()->setFocus(Qt::OtherFocusReason);
}

void LearnerSession::showResult()
{
    auto* result = new ResultPage(m_content, m_assessment->saved(), m_learner.firstName, m_language, m_steps);
    connect(result, &ResultPage::done, this, [this] { Q_EMIT finished({}); });
    connect(result, &ResultPage::planRequested, this, &LearnerSession::showPlan);
    m_assessment = nullptr; // deleted with the step it was
    show(result);
}

} // namespace pcs::gui
