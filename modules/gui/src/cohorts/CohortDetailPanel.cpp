#include "CohortDetailPanel.h"

#include "RunSheetWindow.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pcs::gui {

namespace {

enum SessionColumn { DateColumn, TimeColumn, PlaceColumn, SessionColumnCount };

} // namespace

CohortDetailPanel::CohortDetailPanel(storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("cohort-detail"));
    auto* layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("cohort-heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto* sessionsLabel = new QLabel(tr("&Sessions:"), this);
    m_sessions = new QTableWidget(0, SessionColumnCount, this);
    m_sessions->setObjectName(QStringLiteral("cohort-sessions"));
    m_sessions->setAccessibleName(tr("Sessions of the cohort"));
    m_sessions->setAccessibleDescription(tr("Date, start and end time, and place of each session"));
    m_sessions->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Place")});
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->setTabKeyNavigation(false);
    m_sessions->verticalHeader()->setVisible(false);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    sessionsLabel->setBuddy(m_sessions);
    layout->addWidget(sessionsLabel);
    layout->addWidget(m_sessions, 2);
    m_runSheet = new QPushButton(tr("Open the r&un-sheet of the selected session"), this);
    m_runSheet->setObjectName(QStringLiteral("open-run-sheet"));
    m_runSheet->setAccessibleName(tr("Open the run-sheet of the selected session"));
    m_runSheet->setEnabled(false);
    connect(m_runSheet, &QPushButton::clicked, this, [this] { openRunSheet(); });
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this,
        [this] { m_runSheet->setEnabled(!m_sessions->selectedItems().isEmpty()); });
    layout->addWidget(m_runSheet, 0, Qt::AlignLeft);

    auto* rosterLabel = new QLabel(tr("&Roster:"), this);
    m_roster = new QListWidget(this);
    m_roster->setObjectName(QStringLiteral("cohort-roster"));
    m_roster->setAccessibleName(tr("Roster of the cohort"));
    m_roster->setAccessibleDescription(tr("The learners of the cohort, by name"));
    rosterLabel->setBuddy(m_roster);
    layout->addWidget(rosterLabel);
    layout->addWidget(m_roster, 1);

    clear();
}

void CohortDetailPanel::clear()
{
    m_cohortId.clear();
    m_cohort.reset();
    m_heading->setText(tr("Select a cohort to see its sessions and roster."));
    m_sessions->setRowCount(0);
    m_roster->clear();
}

RunSheetWindow* CohortDetailPanel::openRunSheet(int row)
{
    if (row < 0)
        row = m_sessions->currentRow();
    if (!m_cohort || row < 0 || row >= int(m_cohort->sessions.size()))
        return nullptr;
    const CohortSession& session = m_cohort->sessions.at(size_t(row));
    const auto package = storage::CurriculumStore(m_database).byVersionId(m_cohort->curriculumVersionId);
    if (!package || !package->has_value()) {
        Q_EMIT errorOccurred(
            package ? tr("The curriculum of this cohort is missing.") : package.error().message);
        return nullptr;
    }
    const Program* program = (*package)->program(m_cohort->programId);
    const Workshop* workshop = nullptr;
    if (program)
        for (const Workshop& candidate : program->workshops)
            if (candidate.id == session.workshopId)
                workshop = &candidate;
    if (!workshop) {
        Q_EMIT errorOccurred(tr("The workshop of this session is not in the cohort's curriculum."));
        return nullptr;
    }
    const QString language
        = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    auto* window
        = new RunSheetWindow(*workshop, session.start, **package, language, SystemClock::instance(), this);
    window->showMaximized();
    return window;
}

bool CohortDetailPanel::showCohort(const QString& cohortId)
{
    storage::CohortStore store(m_database);
    const auto cohort = store.byId(cohortId);
    if (!cohort) {
        clear();
        Q_EMIT errorOccurred(cohort.error().message);
        return false;
    }
    if (!cohort->has_value()) {
        clear();
        return false;
    }
    const auto roster = store.roster(cohortId);
    if (!roster) {
        clear();
        Q_EMIT errorOccurred(roster.error().message);
        return false;
    }

    const Cohort& shown = **cohort;
    m_cohort = shown;
    m_cohortId = cohortId;
    m_heading->setText(
        shown.location.isEmpty() ? shown.title : tr("%1 (%2)").arg(shown.title, shown.location));

    const QLocale locale;
    m_sessions->setRowCount(static_cast<int>(shown.sessions.size()));
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const CohortSession& session = shown.sessions[static_cast<std::size_t>(row)];
        const QString time = tr("%1–%2").arg(locale.toString(session.start, QLocale::ShortFormat),
            locale.toString(session.end, QLocale::ShortFormat));
        m_sessions->setItem(
            row, DateColumn, new QTableWidgetItem(locale.toString(session.date, QLocale::ShortFormat)));
        m_sessions->setItem(row, TimeColumn, new QTableWidgetItem(time));
        m_sessions->setItem(row, PlaceColumn, new QTableWidgetItem(session.place));
        m_sessions->item(row, DateColumn)->setData(Qt::UserRole, session.id);
    }
    m_sessions->resizeColumnsToContents();

    m_roster->clear();
    for (const Person& person : *roster) {
        auto* item = new QListWidgetItem(person.displayName(), m_roster);
        item->setData(Qt::UserRole, person.id);
        if (!person.email.isEmpty())
            item->setToolTip(person.email);
    }
    if (roster->empty())
        m_roster->addItem(tr("No learners on the roster yet."));
    return true;
}

} // namespace pcs::gui
