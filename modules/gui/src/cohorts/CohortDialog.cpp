#include "CohortDialog.h"

#include "CohortListModel.h"
#include "PersonPickerDialog.h"
#include "pcs/domain/Clock.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pcs::gui {

namespace {

QDate nextMonday(const QDate& from)
{
    return from.addDays(8 - from.dayOfWeek());
}

} // namespace

CohortDialog::CohortDialog(storage::Database& database, const CurriculumPackage& package,
    qint64 curriculumVersionId, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_package(&package)
    , m_language(language)
{
    m_cohort.curriculumVersionId = curriculumVersionId;
    m_cohort.startDate = nextMonday(database.clock().nowUtc().toLocalTime().date());
    setWindowTitle(tr("New Cohort"));
    build(true);
    for (const Program& program : package.programs)
        m_program->addItem(program.title.in(language), program.id);
    programChanged();
}

CohortDialog::CohortDialog(storage::Database& database, const Cohort& cohort, const Program* program,
    const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_language(language)
    , m_cohort(cohort)
    , m_titleEdited(true)
{
    setWindowTitle(tr("Cohort Details"));
    build(false);
    m_program->addItem(program ? program->title.in(language) : cohort.programId, cohort.programId);
    m_program->setEnabled(false);
    m_start->setEnabled(false);
    m_title->setText(cohort.title);
    m_location->setText(cohort.location);
    m_status->setCurrentIndex(m_status->findData(cohortStatusKey(cohort.status)));
    m_completion->setValue(cohort.completionPercent);
    storage::PeopleStore people(database);
    for (const QString& id : cohort.facilitatorIds) {
        const auto person = people.byId(id);
        auto* item = new QListWidgetItem(
            person && person->has_value() ? (*person)->displayName() : tr("(unknown person)"),
            m_facilitators);
        item->setData(Qt::UserRole, id);
    }
    updateHints();
}

void CohortDialog::build(bool creating)
{
    setObjectName(QStringLiteral("cohort-dialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("cohort-program"));
    m_program->setAccessibleName(tr("Program"));
    form->addRow(tr("&Program:"), m_program);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("cohort-title"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("cohort-location"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setPlaceholderText(tr("Office, community centre, online…"));
    form->addRow(tr("&Location:"), m_location);
    m_start = new QDateEdit(m_cohort.startDate, this);
    m_start->setObjectName(QStringLiteral("cohort-start"));
    m_start->setAccessibleName(tr("Start date"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Start date:"), m_start);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("cohort-status-choice"));
    m_status->setAccessibleName(tr("Status"));
    for (CohortStatus status : {CohortStatus::Planned, CohortStatus::Running, CohortStatus::Completed})
        m_status->addItem(CohortListModel::statusText(status), cohortStatusKey(status));
    form->addRow(tr("Stat&us:"), m_status);
    m_completion = new QSpinBox(this);
    m_completion->setObjectName(QStringLiteral("cohort-completion"));
    m_completion->setAccessibleName(tr("Completion rule: share of the program's contact hours"));
    m_completion->setRange(1, 100);
    m_completion->setSuffix(tr(" %"));
    m_completion->setValue(m_cohort.completionPercent);
    m_completion->setToolTip(tr("A learner is eligible for a certificate after attending at least this "
                                "share of the program's contact hours."));
    form->addRow(tr("&Completion rule:"), m_completion);

    auto* facilitatorsLabel = new QLabel(tr("&Facilitators:"), this);
    m_facilitators = new QListWidget(this);
    m_facilitators->setObjectName(QStringLiteral("cohort-facilitators"));
    m_facilitators->setAccessibleName(tr("Facilitators"));
    m_facilitators->setMaximumHeight(120);
    facilitatorsLabel->setBuddy(m_facilitators);
    auto* facilitatorButtons = new QHBoxLayout;
    const auto button = [this, facilitatorButtons](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        facilitatorButtons->addWidget(b);
        return b;
    };
    QPushButton* add = button(tr("&Add…"), QStringLiteral("add-facilitator"));
    QPushButton* remove = button(tr("&Remove"), QStringLiteral("remove-facilitator"));
    QPushButton* up = button(tr("Move u&p"), QStringLiteral("facilitator-up"));
    QPushButton* down = button(tr("Move do&wn"), QStringLiteral("facilitator-down"));
    facilitatorButtons->addStretch();
    auto* facilitatorBox = new QVBoxLayout;
    facilitatorBox->addWidget(m_facilitators);
    facilitatorBox->addLayout(facilitatorButtons);
    form->addRow(facilitatorsLabel, facilitatorBox);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("cohort-hint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);

    auto* buttons = new QDialogButtonBox(
        (creating ? QDialogButtonBox::Ok : QDialogButtonBox::Save) | QDialogButtonBox::Cancel, this);
    if (creating)
        buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate Cohort"));
    layout->addWidget(buttons);

    if (creating)
        m_status->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CohortDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CohortDialog::reject);
    connect(m_program, &QComboBox::currentIndexChanged, this, &CohortDialog::programChanged);
    connect(m_location, &QLineEdit::textEdited, this, &CohortDialog::suggestTitle);
    connect(m_start, &QDateEdit::dateChanged, this, [this] {
        suggestTitle();
        updateHints();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    connect(add, &QPushButton::clicked, this, [this] {
        PersonPickerDialog picker(m_database, tr("Add Facilitators"), this);
        if (picker.exec() == QDialog::Accepted)
            addFacilitators(picker.picked());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_facilitators->currentItem();
        updateHints();
    });
    connect(up, &QPushButton::clicked, this, [this] { moveFacilitator(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveFacilitator(1); });
}

void CohortDialog::addFacilitators(const std::vector<Person>& people)
{
    for (const Person& person : people) {
        bool listed = false;
        for (int row = 0; row < m_facilitators->count(); ++row)
            listed = listed || m_facilitators->item(row)->data(Qt::UserRole).toString() == person.id;
        if (listed)
            continue;
        auto* item = new QListWidgetItem(person.displayName(), m_facilitators);
        item->setData(Qt::UserRole, person.id);
    }
    updateHints();
}

void CohortDialog::moveFacilitator(int step)
{
    const int row = m_facilitators->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_facilitators->count())
        return;
    QListWidgetItem* item = m_facilitators->takeItem(row);
    m_facilitators->insertItem(target, item);
    m_facilitators->setCurrentRow(target);
}

void CohortDialog::programChanged()
{
    suggestTitle();
    updateHints();
}

void CohortDialog::suggestTitle()
{
    if (m_titleEdited)
        return;
    const QString program = m_program->currentText();
    const QString location = m_location->text().trimmed();
    const QString start = QLocale().toString(m_start->date(), QStringLiteral("MMMM yyyy"));
    m_title->setText(location.isEmpty() ? tr("%1 — %2").arg(program, start)
                                        : tr("%1 — %2, %3").arg(program, location, start));
}

void CohortDialog::updateHints()
{
    QStringList hints;
    const Program* program = m_package ? m_package->program(m_program->currentData().toString()) : nullptr;
    if (program) {
        const auto sessions = planSessions(*program, m_start->date(), {});
        if (!sessions.empty())
            hints << tr("%1 sessions will be planned, from %2 to %3 (weekdays); each can be edited later.")
                         .arg(sessions.size())
                         .arg(QLocale().toString(sessions.front().date, QLocale::ShortFormat),
                             QLocale().toString(sessions.back().date, QLocale::ShortFormat));
        if (program->coFacilitation && m_facilitators->count() < 2)
            hints << tr("This program is co-facilitated: add a second facilitator.");
    }
    if (m_facilitators->count() == 0)
        hints << tr("No facilitator yet.");
    m_hint->setText(hints.join(u'\n'));
}

Cohort CohortDialog::cohort() const
{
    Cohort cohort = m_cohort;
    cohort.title = m_title->text().trimmed();
    cohort.location = m_location->text().trimmed();
    cohort.completionPercent = m_completion->value();
    cohort.status = cohortStatusFromKey(m_status->currentData().toString());
    cohort.facilitatorIds.clear();
    for (int row = 0; row < m_facilitators->count(); ++row)
        cohort.facilitatorIds << m_facilitators->item(row)->data(Qt::UserRole).toString();
    if (m_package) {
        cohort.programId = m_program->currentData().toString();
        cohort.startDate = m_start->date();
        if (const Program* program = m_package->program(cohort.programId))
            cohort.sessions = planSessions(*program, cohort.startDate, cohort.location);
    }
    return cohort;
}

void CohortDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Give the cohort a title."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pcs::gui
