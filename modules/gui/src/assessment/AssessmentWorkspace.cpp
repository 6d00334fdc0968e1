#include "pcs/gui/AssessmentWorkspace.h"

#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/LearnerPinStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

// The workspace's views: the cohort, its window and its learners; AssessmentWorkspaceActions.cpp
// holds the actions behind the buttons and the follow-ups due.

namespace pcs::gui {

namespace {

enum LearnerColumn {
    NameColumn,
    StateColumn,
    AnsweredColumn,
    SubmittedColumn,
    PinColumn,
    LearnerColumnCount
};

QString stateText(SubmissionState state)
{
    switch (state) {
    case SubmissionState::NotStarted:
        return AssessmentWorkspace::tr("Not started");
    case SubmissionState::InProgress:
        return AssessmentWorkspace::tr("In progress");
    case SubmissionState::Submitted:
        return AssessmentWorkspace::tr("Submitted");
    }
    return {};
}

QPushButton* button(QWidget* parent, QHBoxLayout* row, const QString& text, const QString& name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
    row->addWidget(b);
    return b;
}

QTableWidget* table(
    QWidget* parent, const QString& name, const QString& accessible, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

AssessmentWorkspace::AssessmentWorkspace(
    storage::Database& database, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_language(language)
{
    setObjectName(QStringLiteral("assessment-workspace"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("assessment-views"));
    tabs->setAccessibleName(tr("Self-assessment views"));
    tabs->tabBar()->setAccessibleName(tr("Self-assessment views"));
    tabs->setDocumentMode(true);
    outer->addWidget(tabs);

    auto* page = new QWidget(tabs);
    auto* layout = new QVBoxLayout(page);
    auto* choose = new QFormLayout;
    m_cohort = new QComboBox(page);
    m_cohort->setObjectName(QStringLiteral("assessment-cohort"));
    m_cohort->setAccessibleName(tr("Cohort"));
    choose->addRow(tr("&Cohort:"), m_cohort);
    m_phase = new QComboBox(page);
    m_phase->setObjectName(QStringLiteral("assessment-phase"));
    m_phase->setAccessibleName(tr("Phase"));
    m_phase->addItem(tr("Pre-program self-assessment"), phaseKey(AssessmentPhase::Pre));
    m_phase->addItem(tr("Post-program self-assessment"), phaseKey(AssessmentPhase::Post));
    choose->addRow(tr("P&hase:"), m_phase);
    layout->addLayout(choose);

    auto* windowBox = new QGroupBox(tr("Answering"), page);
    auto* windowLayout = new QVBoxLayout(windowBox);
    m_windowState = new QLabel(windowBox);
    m_windowState->setObjectName(QStringLiteral("window-state"));
    m_windowState->setWordWrap(true);
    m_windowState->setTextFormat(Qt::PlainText);
    windowLayout->addWidget(m_windowState);
    auto* windowButtons = new QHBoxLayout;
    m_open = button(windowBox, windowButtons, tr("&Open for learners…"), QStringLiteral("open-window"));
    m_close = button(windowBox, windowButtons, tr("C&lose"), QStringLiteral("close-window"));
    m_kiosk = button(
        windowBox, windowButtons, tr("Start the &kiosk on this laptop"), QStringLiteral("start-kiosk"));
    windowButtons->addStretch();
    windowLayout->addLayout(windowButtons);
    layout->addWidget(windowBox);

    m_learners = table(page, QStringLiteral("assessment-learners"), tr("Learners and their self-assessments"),
        {tr("Learner"), tr("State"), tr("Answered"), tr("Submitted"), tr("PIN")});
    layout->addWidget(m_learners, 1);
    auto* learnerButtons = new QHBoxLayout;
    m_reopen = button(page, learnerButtons, tr("&Reopen"), QStringLiteral("reopen"));
    m_reopen->setToolTip(tr("Let the learner change a submitted self-assessment while the window is open."));
    m_setPin = button(page, learnerButtons, tr("Set &PIN…"), QStringLiteral("set-pin"));
    m_removePin = button(page, learnerButtons, tr("Remo&ve PIN"), QStringLiteral("remove-pin"));
    m_plan = button(page, learnerButtons, tr("SAW plan and &follow-ups…"), QStringLiteral("open-plan"));
    learnerButtons->addStretch();
    layout->addLayout(learnerButtons);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("assessment-status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    tabs->addTab(page, tr("&Self-assessments"));

    auto* duePage = new QWidget(tabs);
    auto* dueLayout = new QVBoxLayout(duePage);
    auto* dueText = new QLabel(tr("Follow-ups not recorded yet that are due within the next two weeks or are "
                                  "overdue, across all cohorts."),
        duePage);
    dueText->setWordWrap(true);
    dueLayout->addWidget(dueText);
    m_due = table(duePage, QStringLiteral("due-follow-ups"), tr("Follow-ups due"),
        {tr("Due"), tr("Learner"), tr("Follow-up"), tr("Cohort")});
    dueLayout->addWidget(m_due, 1);
    auto* dueButtons = new QHBoxLayout;
    QPushButton* record = button(duePage, dueButtons, tr("&Record follow-up…"), QStringLiteral("record-due"));
    dueButtons->addStretch();
    dueLayout->addLayout(dueButtons);
    tabs->addTab(duePage, tr("Follow-ups &due"));

    connect(m_cohort, &QComboBox::currentIndexChanged, this, &AssessmentWorkspace::showCohort);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &AssessmentWorkspace::showCohort);
    connect(m_open, &QPushButton::clicked, this, &AssessmentWorkspace::askAndOpen);
    connect(m_close, &QPushButton::clicked, this, &AssessmentWorkspace::closeForLearners);
    connect(m_kiosk, &QPushButton::clicked, this, [this] { Q_EMIT kioskRequested(cohortId(), phase()); });
    connect(m_reopen, &QPushButton::clicked, this, &AssessmentWorkspace::reopenSelected);
    connect(m_setPin, &QPushButton::clicked, this, &AssessmentWorkspace::setPinForSelected);
    connect(m_removePin, &QPushButton::clicked, this, &AssessmentWorkspace::removePinForSelected);
    connect(m_plan, &QPushButton::clicked, this, &AssessmentWorkspace::openPlanForSelected);
    connect(m_learners, &QTableWidget::itemSelectionChanged, this, &AssessmentWorkspace::updateButtons);
    connect(record, &QPushButton::clicked, this, &AssessmentWorkspace::recordSelectedDueFollowUp);
    connect(m_due, &QTableWidget::cellActivated, this, &AssessmentWorkspace::recordSelectedDueFollowUp);
    reload();
}

AssessmentWorkspace::~AssessmentWorkspace() = default;

void AssessmentWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // learners may have answered in the kiosk, or cohorts changed elsewhere
}

void AssessmentWorkspace::reload()
{
    const QString selected = cohortId();
    const auto cohorts = storage::CohortStore(m_database).list();
    if (!cohorts) {
        report(cohorts.error().message);
        return;
    }
    {
        const QSignalBlocker blocker(m_cohort);
        m_cohort->clear();
        for (const storage::CohortSummary& cohort : *cohorts)
            m_cohort->addItem(cohort.title, cohort.id);
        const int index = m_cohort->findData(selected);
        m_cohort->setCurrentIndex(index >= 0 ? index : 0);
    }
    showCohort();
    reloadDue();
}

bool AssessmentWorkspace::selectCohort(const QString& id)
{
    const int index = m_cohort->findData(id);
    if (index < 0)
        return false;
    m_cohort->setCurrentIndex(index);
    showCohort();
    return true;
}

void AssessmentWorkspace::setPhase(AssessmentPhase phase)
{
    m_phase->setCurrentIndex(m_phase->findData(phaseKey(phase)));
}

QString AssessmentWorkspace::cohortId() const
{
    return m_cohort->currentData().toString();
}

AssessmentPhase AssessmentWorkspace::phase() const
{
    return phaseFromKey(m_phase->currentData().toString()).value_or(AssessmentPhase::Pre);
}

void AssessmentWorkspace::report(const QString& message)
{
    m_status->setText(message);
}

void AssessmentWorkspace::showCohort()
{
    m_window.reset();
    m_statuses.clear();
    m_learners->setRowCount(0);
    const QString id = cohortId();
    if (id.isEmpty()) {
        m_windowState->setText(tr("No cohorts yet: create one in the Cohorts workspace."));
        updateButtons();
        return;
    }
    const auto cohort = storage::CohortStore(m_database).byId(id);
    if (cohort && cohort->has_value()) {
        const auto package = storage::CurriculumStore(m_database).byVersionId((*cohort)->curriculumVersionId);
        m_package.reset();
        m_topicOrder.clear();
        if (package && package->has_value()) {
            m_package = **package;
            if (const Program* program = m_package->program((*cohort)->programId))
                m_topicOrder = program->topics;
        }
    }
    const auto window = storage::AssessmentWindowStore(m_database).openWindowFor(id, phase());
    const auto statuses = storage::AssessmentStore(m_database).statuses(id, phase());
    if (!window || !statuses) {
        report(!window ? window.error().message : statuses.error().message);
        updateButtons();
        return;
    }
    m_window = *window;
    m_statuses = *statuses;
    if (m_window) {
        QStringList options;
        if (m_window->usesPins)
            options << tr("learners enter a PIN");
        if (m_window->collectThen)
            options << tr("then-ratings are asked");
        m_windowState->setText(
            tr("Open since %1 (by %2)%3. Learners can answer on the kiosk.")
                .arg(QLocale().toString(m_window->openedAtUtc.toLocalTime(), QLocale::ShortFormat),
                    m_window->openedBy,
                    options.isEmpty() ? QString() : QStringLiteral("; ") + options.join(tr("; "))));
    } else {
        m_windowState->setText(tr("Closed: learners cannot answer. Open it when the group is ready."));
    }
    storage::LearnerPinStore pins(m_database);
    int submitted = 0;
    m_learners->setRowCount(int(m_statuses.size()));
    for (int row = 0; row < m_learners->rowCount(); ++row) {
        const storage::LearnerStatus& status = m_statuses[size_t(row)];
        submitted += status.state == SubmissionState::Submitted ? 1 : 0;
        const auto hasPin = pins.hasPin(status.person.id);
        const QStringList cells{status.person.displayName(), stateText(status.state),
            QString::number(status.answered),
            status.submittedAtUtc
                ? QLocale().toString(status.submittedAtUtc->toLocalTime(), QLocale::ShortFormat)
                : QString(),
            hasPin && *hasPin ? tr("Set") : QString()};
        for (int column = 0; column < LearnerColumnCount; ++column)
            m_learners->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_learners->resizeColumnsToContents();
    report(tr("%1 of %2 learners have submitted.").arg(submitted).arg(m_statuses.size()));
    updateButtons();
}

const storage::LearnerStatus* AssessmentWorkspace::selectedLearner() const
{
    const int row = m_learners->currentRow();
    return row >= 0 && row < int(m_statuses.size()) && m_learners->selectionModel()->hasSelection()
        ? &m_statuses[size_t(row)]
        : nullptr;
}

void AssessmentWorkspace::updateButtons()
{
    const bool cohort = !cohortId().isEmpty();
    const storage::LearnerStatus* learner = selectedLearner();
    m_open->setEnabled(cohort && !m_window);
    m_close->setEnabled(m_window.has_value());
    m_kiosk->setEnabled(m_window.has_value());
    m_reopen->setEnabled(learner && m_window && learner->state == SubmissionState::Submitted);
    m_setPin->setEnabled(learner);
    m_removePin->setEnabled(learner);
    m_plan->setEnabled(learner && m_package);
}

} // namespace pcs::gui
