#include "ReportRequestPanel.h"

#include "pcs/services/AppSettings.h"

#include "pcs/services/ReportJob.h"

#include "pcs/reports/JobAidPdf.h"
#include "pcs/storage/CohortStore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pcs::gui {

ReportRequestPanel::ReportRequestPanel(storage::Database& database, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("report-request"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = combo(QStringLiteral("report-kind"), tr("Report"));
    for (services::ReportKind kind :
        {services::ReportKind::Cohort, services::ReportKind::Learner, services::ReportKind::Certificates,
            services::ReportKind::SignInSheet, services::ReportKind::OrganizationSummary})
        m_kind->addItem(services::ReportJob::kindTitle(kind), int(kind));
    m_form->addRow(tr("&Report:"), m_kind);

    m_scope = combo(QStringLiteral("certificate-scope"), tr("Which certificates"));
    m_scope->addItem(tr("One cohort"), false);
    m_scope->addItem(tr("Cohorts ending in a period"), true);
    m_form->addRow(tr("&Which certificates:"), m_scope);

    m_cohort = combo(QStringLiteral("report-cohort"), tr("Cohort"));
    m_cohort->setEditable(true);
    m_cohort->setInsertPolicy(QComboBox::NoInsert);
    m_cohort->lineEdit()->setAccessibleName(tr("Cohort"));
    m_cohort->lineEdit()->setPlaceholderText(tr("Type part of a cohort's title"));
    m_cohort->setToolTip(tr("Type any part of a cohort's title to find it"));
    m_cohort->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_cohort->completer()->setFilterMode(Qt::MatchContains);
    m_cohort->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_cohort->completer()->popup()->setAccessibleName(tr("Cohorts matching the text typed"));
    m_form->addRow(tr("C&ohort:"), m_cohort);

    m_learner = combo(QStringLiteral("report-learner"), tr("Learner"));
    m_form->addRow(tr("&Learner:"), m_learner);
    m_session = combo(QStringLiteral("report-session"), tr("Session"));
    m_form->addRow(tr("S&ession:"), m_session);
    m_sheet = combo(QStringLiteral("report-sheet"), tr("Kind of sheet"));
    m_sheet->addItem(tr("Blank, for signing"), false);
    m_sheet->addItem(tr("Filled with the attendance recorded"), true);
    m_form->addRow(tr("&Kind of sheet:"), m_sheet);

    const QDate today = QDate::currentDate();
    m_from = dateEdit(QStringLiteral("report-from"), tr("From"), QDate(today.year(), 1, 1));
    m_form->addRow(tr("Fro&m:"), m_from);
    m_to = dateEdit(QStringLiteral("report-to"), tr("To"), today);
    m_form->addRow(tr("&To:"), m_to);

    m_language = combo(QStringLiteral("report-language"), tr("Report language"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_form->addRow(tr("La&nguage:"), m_language);
    setLanguage(language);
    m_paper = combo(QStringLiteral("report-paper"), tr("Paper"));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_form->addRow(tr("P&aper:"), m_paper);
    setPaper(services::AppSettings::reportPageSize());
    layout->addLayout(m_form);

    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("report-about"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_about);

    m_generate = new QPushButton(tr("&Generate preview"), this);
    m_generate->setObjectName(QStringLiteral("generate-report"));
    m_generate->setAccessibleName(tr("Generate preview"));
    m_generate->setToolTip(tr("Write the report and show it on the right"));
    m_generate->setDefault(true);
    layout->addWidget(m_generate, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportRequestPanel::updateRows);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportRequestPanel::updateRows);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &ReportRequestPanel::cohortChanged);
    connect(m_session, &QComboBox::currentIndexChanged, this, &ReportRequestPanel::sessionChanged);
    // Text typed that names no cohort goes back to the chosen one.
    connect(m_cohort->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int typed = m_cohort->findText(m_cohort->currentText(), Qt::MatchFixedString);
        if (typed >= 0)
            m_cohort->setCurrentIndex(typed);
        else
            m_cohort->setEditText(m_cohort->itemText(m_cohort->currentIndex()));
    });
    connect(m_generate, &QPushButton::clicked, this, &ReportRequestPanel::generateRequested);
    reload();
    // Wide enough for every row of every kind: the rows are all shown until updateRows().
    setMinimumWidth(layout->minimumSize().width());
    updateRows();
}

ReportRequestPanel::~ReportRequestPanel() = default;

QComboBox* ReportRequestPanel::combo(const QString& name, const QString& accessibleName)
{
    auto* box = new QComboBox(this);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->view()->setAccessibleName(tr("Choices for %1").arg(accessibleName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    return box;
}

QDateEdit* ReportRequestPanel::dateEdit(const QString& name, const QString& accessibleName, const QDate& date)
{
    auto* edit = new QDateEdit(date, this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
            ? QLocale().dateFormat(QLocale::ShortFormat)
            : QStringLiteral("yyyy-MM-dd"));
    return edit;
}

void ReportRequestPanel::reload()
{
    const QString selected = m_cohort->currentData().toString();
    const auto cohorts = storage::CohortStore(m_database).list();
    if (!cohorts) {
        Q_EMIT errorOccurred(cohorts.error().message);
        return;
    }
    std::vector<storage::CohortSummary> sorted = *cohorts;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const auto& a, const auto& b) { return a.startDate > b.startDate; }); // newest first
    {
        const QSignalBlocker blocker(m_cohort);
        m_cohort->clear();
        for (const storage::CohortSummary& cohort : sorted) {
            const QString text
                = tr("%1 (%2)").arg(cohort.title, QLocale().toString(cohort.startDate, QLocale::ShortFormat));
            m_cohort->addItem(text, cohort.id);
            m_cohort->setItemData(m_cohort->count() - 1, text, Qt::ToolTipRole);
        }
        // The list opens wide enough for whole titles, even when the box is narrower.
        m_cohort->view()->setMinimumWidth(m_cohort->view()->sizeHintForColumn(0) + 24);
        // At first the latest cohort that has started: the one a report is most likely wanted for.
        int index = m_cohort->findData(selected);
        if (index < 0) {
            const auto started
                = std::find_if(sorted.begin(), sorted.end(), [](const storage::CohortSummary& cohort) {
                      return cohort.startDate <= QDate::currentDate();
                  });
            index = started != sorted.end() ? int(started - sorted.begin()) : (sorted.empty() ? -1 : 0);
        }
        m_cohort->setCurrentIndex(index);
    }
    m_cohortId.clear(); // the roster and sessions may have changed too
    cohortChanged();
}

void ReportRequestPanel::cohortChanged()
{
    m_cohort->lineEdit()->setCursorPosition(0); // the start of a long title, not its end
    m_cohort->setToolTip(
        m_cohort->currentText() + u'\n' + tr("Type any part of a cohort's title to find it"));
    const QString cohortId = m_cohort->currentData().toString();
    if (cohortId == m_cohortId)
        return;
    m_cohortId = cohortId;
    const QString learner = m_learner->currentData().toString();
    const QString session = m_session->currentData().toString();
    m_sessions.clear();
    m_marks.clear();
    std::vector<Person> roster;
    if (!cohortId.isEmpty()) {
        storage::CohortStore store(m_database);
        const auto cohort = store.byId(cohortId);
        const auto learners = store.roster(cohortId);
        const auto marks = store.attendance(cohortId);
        if (!cohort || !learners || !marks)
            Q_EMIT errorOccurred(!cohort ? cohort.error().message
                                         : (!learners ? learners.error().message : marks.error().message));
        if (cohort && cohort->has_value())
            m_sessions = (*cohort)->sessions;
        if (learners)
            roster = *learners;
        if (marks)
            m_marks = *marks;
    }
    {
        const QSignalBlocker blocker(m_learner);
        m_learner->clear();
        for (const Person& person : roster)
            m_learner->addItem(person.displayName(), person.id);
        const int index = m_learner->findData(learner);
        m_learner->setCurrentIndex(index >= 0 ? index : (m_learner->count() > 0 ? 0 : -1));
    }
    {
        const QSignalBlocker blocker(m_session);
        m_session->clear();
        const QLocale locale;
        for (const CohortSession& s : m_sessions) {
            m_session->addItem(
                tr("Session %1 — %2").arg(s.position).arg(locale.toString(s.date, QLocale::ShortFormat)),
                s.id);
            m_session->setItemData(m_session->count() - 1,
                tr("Session %1 — %2, %3–%4")
                    .arg(s.position)
                    .arg(locale.toString(s.date, QLocale::LongFormat),
                        locale.toString(s.start, QLocale::ShortFormat),
                        locale.toString(s.end, QLocale::ShortFormat)),
                Qt::ToolTipRole);
        }
        const int index = m_session->findData(session);
        m_session->setCurrentIndex(index >= 0 ? index : (m_session->count() > 0 ? 0 : -1));
    }
    sessionChanged();
}

void ReportRequestPanel::sessionChanged()
{
    // As the command line does: blank before the session, filled once attendance was taken.
    const QString sessionId = m_session->currentData().toString();
    const bool taken = std::any_of(m_marks.begin(), m_marks.end(),
        [&](const AttendanceMark& mark) { return mark.sessionId == sessionId; });
    m_sheet->setCurrentIndex(taken ? 1 : 0);
}

void ReportRequestPanel::updateRows()
{
    const services::ReportRequest wanted = request();
    m_form->setRowVisible(m_scope, wanted.kind == services::ReportKind::Certificates);
    m_form->setRowVisible(m_cohort, wanted.usesCohort());
    m_form->setRowVisible(m_learner, wanted.kind == services::ReportKind::Learner);
    m_form->setRowVisible(m_session, wanted.kind == services::ReportKind::SignInSheet);
    m_form->setRowVisible(m_sheet, wanted.kind == services::ReportKind::SignInSheet);
    m_form->setRowVisible(m_from, wanted.usesRange());
    m_form->setRowVisible(m_to, wanted.usesRange());
    m_about->setText(services::ReportJob::kindDescription(wanted.kind, wanted.certificatesInRange));
}

services::ReportRequest ReportRequestPanel::request() const
{
    services::ReportRequest r;
    r.kind = kind();
    r.certificatesInRange = m_scope->currentData().toBool();
    if (r.usesCohort())
        r.cohortId = m_cohort->currentData().toString();
    if (r.kind == services::ReportKind::Learner)
        r.learnerId = m_learner->currentData().toString();
    if (r.kind == services::ReportKind::SignInSheet) {
        r.sessionId = m_session->currentData().toString();
        r.filledSheet = m_sheet->currentData().toBool();
    }
    if (r.usesRange()) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.language = m_language->currentData().toString();
    r.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    return r;
}

QString ReportRequestPanel::problem() const
{
    const services::ReportRequest r = request();
    if (r.usesCohort() && r.cohortId.isEmpty())
        return m_cohort->count() == 0 ? tr("There are no cohorts yet: create one in the Cohorts workspace.")
                                      : tr("Choose a cohort first.");
    if (r.kind == services::ReportKind::Learner && r.learnerId.isEmpty())
        return tr("The cohort has no learners on its roster yet.");
    if (r.kind == services::ReportKind::SignInSheet && r.sessionId.isEmpty())
        return tr("The cohort has no sessions yet.");
    if (r.usesRange() && r.to < r.from)
        return tr("The period ends before it starts: the To date must be on or after the From date.");
    return {};
}

services::ReportKind ReportRequestPanel::kind() const
{
    return services::ReportKind(m_kind->currentData().toInt());
}

void ReportRequestPanel::setKind(services::ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportRequestPanel::setCertificatesInRange(bool inRange)
{
    m_scope->setCurrentIndex(inRange ? 1 : 0);
}

bool ReportRequestPanel::selectCohort(const QString& cohortId)
{
    const int index = m_cohort->findData(cohortId);
    if (index < 0)
        return false;
    m_cohort->setCurrentIndex(index);
    return true;
}

bool ReportRequestPanel::selectLearner(const QString& personId)
{
    const int index = m_learner->findData(personId);
    if (index >= 0)
        m_learner->setCurrentIndex(index);
    return index >= 0;
}

bool ReportRequestPanel::selectSession(const QString& sessionId)
{
    const int index = m_session->findData(sessionId);
    if (index >= 0)
        m_session->setCurrentIndex(index);
    return index >= 0;
}

void ReportRequestPanel::setFilledSheet(bool filled)
{
    m_sheet->setCurrentIndex(filled ? 1 : 0);
}

void ReportRequestPanel::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportRequestPanel::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportRequestPanel::setPaper(QPageSize::PageSizeId paper)
{
    const int index = m_paper->findData(int(paper));
    m_paper->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportRequestPanel::setBusy(bool busy)
{
    m_generate->setEnabled(!busy);
}

} // namespace pcs::gui
