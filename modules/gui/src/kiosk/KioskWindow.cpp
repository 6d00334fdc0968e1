#include "pcs/gui/KioskWindow.h"

#include "AssessmentView.h"
#include "ExitPage.h"
#include "HandOffPage.h"
#include "IdleWarning.h"
#include "KioskContent.h"
#include "KioskIdle.h"
#include "KioskStyle.h"
#include "LearnerSession.h"
#include "WindowPresence.h"

#include "pcs/log/Log.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/LearnerPinStore.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pcs::gui {
namespace {

QString phaseTitle(AssessmentPhase phase)
{
    return phase == AssessmentPhase::Pre ? KioskWindow::tr("Self-assessment: before the program")
                                         : KioskWindow::tr("Self-assessment: after the program");
}

// Keys that close or quit elsewhere in the application; in the kiosk they do nothing.
bool isLeavingKey(const QKeyEvent* key)
{
    const QKeyCombination combination = key->keyCombination();
    if (combination == QKeyCombination(Qt::AltModifier, Qt::Key_F4))
        return true;
    return key->matches(QKeySequence::Close) || key->matches(QKeySequence::Quit);
}

} // namespace

KioskWindow::KioskWindow(storage::Database& database, const QString& cohortId, AssessmentPhase phase,
    const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint | Qt::FramelessWindowHint)
    , m_database(database)
    , m_cohortId(cohortId)
    , m_phase(phase)
    , m_clock(clock)
    , m_pinParameters(storage::kPinHashParameters)
{
    setObjectName(QStringLiteral("kiosk"));
    setWindowTitle(tr("Self-assessment")); // shown as "Self-assessment — PCS Studio"
    setAccessibleName(tr("Self-assessment kiosk"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(kiosk::styleSheet());
    QFont large = font();
    large.setPointSizeF(std::max(large.pointSizeF() * kiosk::kFontScale, kiosk::kMinimumPointSize));
    setFont(large);

    auto loaded = KioskContent::load(database, cohortId, phase);
    if (loaded)
        m_content = std::make_unique<KioskContent>(std::move(*loaded));
    else
        m_loadError = loaded.error().message;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 16);
    auto* top = new QHBoxLayout;
    auto* brand = kiosk::textLabel(tr("PCS Studio · self-assessment"), this, QStringLiteral("kiosk-brand"));
    brand->setProperty("role", QStringLiteral("hint"));
    top->addWidget(brand, 1);
    auto* staff = kiosk::button(tr("Staff: exit"), tr("Staff only: exit the kiosk"), this);
    staff->setObjectName(QStringLiteral("kiosk-staff-exit"));
    staff->setProperty("quiet", true);
    staff->setFocusPolicy(Qt::ClickFocus); // reachable with Ctrl+Alt+Q, not in every learner's Tab path
    top->addWidget(staff);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    m_handOff = new HandOffPage(m_content ? m_content->cohort.title : QString(), phaseTitle(phase), m_pages);
    m_pages->addWidget(m_handOff);
    m_exit = new ExitPage(database, m_pages);
    m_pages->addWidget(m_exit);
    if (!m_content) {
        m_handOff->setClosed(true, tr("This self-assessment cannot start: %1").arg(m_loadError));
        m_handOff->retryButton()->hide();
    }

    m_idleWarning = new IdleWarning(this);
    m_idle = new KioskIdle(*this, clock, this);

    connect(staff, &QPushButton::clicked, this, &KioskWindow::showExitScreen);
    auto* exitKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), this);
    connect(exitKeys, &QShortcut::activated, this, &KioskWindow::showExitScreen);
    connect(m_handOff, &HandOffPage::learnerChosen, this,
        [this](const storage::LearnerStatus& learner) { startLearner(learner.person.id); });
    connect(m_handOff, &HandOffPage::retryRequested, this, [this] { refreshHandOff({}); });
    connect(m_exit, &ExitPage::cancelled, this, &KioskWindow::leaveExitScreen);
    connect(m_exit, &ExitPage::authorised, this, &KioskWindow::authorisedExit);
    connect(m_idle, &KioskIdle::warningStarted, this, &KioskWindow::showIdleWarning);
    connect(m_idle, &KioskIdle::warningTick, this, &KioskWindow::showIdleWarning);
    connect(m_idle, &KioskIdle::warningCancelled, this, &KioskWindow::hideIdleWarning);
    connect(m_idle, &KioskIdle::timedOut, this, [this] {
        const bool anything = hasLearner() || m_pages->currentWidget() == m_exit
            || !m_handOff->searchEdit()->text().isEmpty();
        // What was typed last is saved first, and the notice says what became of it.
        const QString unsaved = m_session ? m_session->flush() : QString();
        returnToHandOff(!unsaved.isEmpty()
                ? tr("The kiosk went back to the start after 2 minutes without use. What was typed last "
                     "could not be saved: %1")
                      .arg(unsaved)
                : anything ? tr("The kiosk went back to the start after 2 minutes without use. "
                                "Answers given were saved.")
                           : QString());
    });
    connect(m_idleWarning, &IdleWarning::continued, m_idle, &KioskIdle::noteActivity);
    m_presence = new QTimer(this);
    m_presence->setInterval(1000);
    connect(m_presence, &QTimer::timeout, this, [this] {
        if (isVisible() && !kiosk::nativeWindowExists(*this))
            endWithoutWindow();
    });
    qApp->installEventFilter(this);
    if (m_content)
        refreshHandOff({});
}

KioskWindow::~KioskWindow()
{
    if (qApp)
        qApp->removeEventFilter(this);
    delete m_session.data(); // before the content its pages read
}

void KioskWindow::clearClipboard()
{
    // Whatever the last person copied (a comment, a name) is not there for the next to paste.
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    if (clipboard->supportsFindBuffer())
        clipboard->clear(QClipboard::FindBuffer);
}

void KioskWindow::showKiosk()
{
    clearClipboard();
    showFullScreen();
    m_presence->start();
    raise();
    activateWindow();
    m_handOff->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::setPinHashParameters(storage::PasswordHashParameters parameters)
{
    m_pinParameters = parameters;
}

void KioskWindow::checkIdle()
{
    m_idle->check();
}

void KioskWindow::refreshHandOff(const QString& notice)
{
    m_handOff->reset(notice);
    if (!m_content)
        return;
    const auto window = storage::AssessmentWindowStore(m_database).openWindowFor(m_cohortId, m_phase);
    if (!window || !window->has_value()) {
        m_handOff->setLearners({});
        m_handOff->setClosed(true,
            !window
                ? window.error().message
                : (notice.isEmpty() ? tr("The self-assessment is not open. Ask your facilitator to open it.")
                                    : notice));
        return;
    }
    const auto statuses = storage::AssessmentStore(m_database).statuses(m_cohortId, m_phase);
    if (!statuses) {
        m_handOff->setLearners({});
        m_handOff->setClosed(true, statuses.error().message);
        return;
    }
    m_handOff->setClosed(false);
    m_handOff->setLearners(*statuses, (*window)->usesPins);
}

void KioskWindow::startLearner(const QString& personId)
{
    if (!m_content || hasLearner())
        return;
    const auto window = storage::AssessmentWindowStore(m_database).openWindowFor(m_cohortId, m_phase);
    if (!window || !window->has_value()) {
        refreshHandOff(!window ? window.error().message
                               : tr("The self-assessment is closed. Ask your facilitator to open it."));
        return;
    }
    const auto progress = storage::AssessmentStore(m_database).progress(m_cohortId, personId, m_phase);
    if (!progress) {
        refreshHandOff(progress.error().message);
        return;
    }
    // A learner who has submitted is told so (or given their SAW plan) only after "this is me" and
    // their PIN: the hand-off screen says nothing of anyone's progress.
    const auto statuses = storage::AssessmentStore(m_database).statuses(m_cohortId, m_phase);
    if (!statuses) {
        refreshHandOff(statuses.error().message);
        return;
    }
    const auto found = std::find_if(statuses->begin(), statuses->end(),
        [&](const storage::LearnerStatus& status) { return status.person.id == personId; });
    if (found == statuses->end()) {
        refreshHandOff(tr("This learner is not on the roster of this cohort."));
        return;
    }
    auto* session = new LearnerSession(m_database, *m_content, found->person, **window,
        progress->state == SubmissionState::InProgress, m_pinParameters, m_clock, m_pages);
    m_session = session;
    // Queued: the session's own button is still running when it says it is finished.
    connect(
        session, &LearnerSession::finished, this,
        [this, session](const QString& notice) {
            if (m_session == session)
                returnToHandOff(notice);
        },
        Qt::QueuedConnection);
    m_pages->addWidget(session);
    m_pages->setCurrentWidget(session);
    // Nothing of the search stays behind the learner's pages.
    m_handOff->reset();
    session->focusCurrent();
}

void KioskWindow::returnToHandOff(const QString& notice)
{
    hideIdleWarning();
    m_focusBeforeWarning.clear();
    m_beforeExit.clear();
    if (LearnerSession* session = m_session.data()) {
        session->flush();
        m_pages->removeWidget(session);
        m_session.clear();
        delete session; // destroyed, not hidden: nothing of it stays in the accessibility tree
    }
    m_exit->reset();
    clearClipboard();
    m_pages->setCurrentWidget(m_handOff);
    refreshHandOff(notice);
    if (isActiveWindow() || QApplication::focusWidget() == nullptr
        || isAncestorOf(QApplication::focusWidget()))
        m_handOff->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::showExitScreen()
{
    if (m_pages->currentWidget() == m_exit)
        return;
    hideIdleWarning();
    m_beforeExit = m_pages->currentWidget();
    m_exit->reset();
    m_pages->setCurrentWidget(m_exit);
    m_exit->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::leaveExitScreen()
{
    m_exit->reset();
    QWidget* back = m_beforeExit ? m_beforeExit.data() : m_handOff;
    m_beforeExit.clear();
    m_pages->setCurrentWidget(back);
    if (back == m_session.data())
        m_session->focusCurrent();
    else
        back->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::authorisedExit()
{
    m_exitAuthorised = true;
    m_exitAccount = m_exit->authorisedAccount(); // before returnToHandOff() empties the exit screen
    returnToHandOff();
    const QPointer<KioskWindow> self(this);
    Q_EMIT exitRequested();
    if (self)
        close();
}

void KioskWindow::showIdleWarning(int secondsLeft)
{
    const bool anything
        = hasLearner() || m_pages->currentWidget() == m_exit || !m_handOff->searchEdit()->text().isEmpty();
    if (!anything)
        return; // nothing to lose: the empty hand-off screen just stays
    if (!m_idleWarning->isVisible()) {
        QWidget* focus = QApplication::focusWidget();
        m_focusBeforeWarning = focus && isAncestorOf(focus) ? focus : nullptr;
    }
    m_idleWarning->showCountdown(secondsLeft);
}

void KioskWindow::hideIdleWarning()
{
    if (!m_idleWarning->isVisible())
        return;
    m_idleWarning->hide();
    if (m_focusBeforeWarning)
        m_focusBeforeWarning->setFocus(Qt::OtherFocusReason);
    m_focusBeforeWarning.clear();
}

void KioskWindow::endWithoutWindow()
{
    if (m_exitAuthorised || m_ending)
        return;
    log::warning(QStringLiteral("The window system took the kiosk's window away; the kiosk ends"));
    m_ending = true;
    m_presence->stop();
    returnToHandOff(); // what was typed is saved, and nothing of the learner's turn is left
    close(); // the last window of `pcs-studio kiosk`: the application quits and the database closes
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_exitAuthorised || m_ending) {
        event->accept();
        return;
    }
    event->ignore(); // Alt+F4 and the window manager: only the staff exit screen leaves the kiosk
    // Some window managers take the window off the screen all the same: it comes straight back.
    QTimer::singleShot(0, this, &KioskWindow::reassert);
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange && !m_exitAuthorised && !m_ending && isMinimized())
        QTimer::singleShot(0, this, &KioskWindow::reassert);
    QWidget::changeEvent(event);
}

void KioskWindow::hideEvent(QHideEvent* event)
{
    // Hidden by the window system (unmapped), not by the kiosk's own exit: back on the screen.
    if (event->spontaneous() && !m_exitAuthorised && !m_ending)
        QTimer::singleShot(0, this, &KioskWindow::reassert);
    QWidget::hideEvent(event);
}

void KioskWindow::reassert()
{
    if (m_exitAuthorised || m_ending)
        return;
    if (!isVisible() || isMinimized() || !isFullScreen())
        showFullScreen();
    raise();
    activateWindow();
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    // Escape (and anything else no control wanted) does nothing here.
    event->accept();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* widget = qobject_cast<QWidget*>(watched);
        auto* key = static_cast<QKeyEvent*>(event);
        if (widget && widget->window() == this && isLeavingKey(key)) {
            // Taken as an ordinary key press, which nothing in the kiosk uses: no application-wide
            // Close or Quit shortcut fires while the kiosk has the keyboard.
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pcs::gui
