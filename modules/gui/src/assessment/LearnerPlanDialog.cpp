#include "LearnerPlanDialog.h"

#include "FollowUpDialog.h"
#include "SawPlanEditor.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/storage/SawPlanStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pcs::gui {

namespace {

QString statusTitle(const CurriculumTemplates& templates, const FollowUp& followUp, const QString& language)
{
    if (!followUp.status)
        return LearnerPlanDialog::tr("Not recorded yet");
    for (const LabelledEntry& entry : templates.followUpStatuses)
        if (entry.id == followUpStatusKey(*followUp.status))
            return entry.title.in(language);
    return followUpStatusKey(*followUp.status);
}

} // namespace

LearnerPlanDialog::LearnerPlanDialog(storage::Database& database, const CurriculumPackage& package,
    const QStringList& topicOrder, const QString& cohortId, const Person& learner, const QString& language,
    const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_package(package)
    , m_cohortId(cohortId)
    , m_learner(learner)
    , m_language(language)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("learner-plan"));
    setWindowTitle(tr("SAW Plan and Follow-ups: %1").arg(learner.displayName()));
    resize(900, 600);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("learner-plan-tabs"));
    m_plan = new SawPlanEditor(database, package, topicOrder, cohortId, learner.id, language, tabs);
    tabs->addTab(m_plan, tr("&SAW plan"));

    auto* followUpsPage = new QWidget(tabs);
    auto* followUpsLayout = new QVBoxLayout(followUpsPage);
    m_followUps = new QTableWidget(0, 4, followUpsPage);
    m_followUps->setObjectName(QStringLiteral("follow-ups"));
    m_followUps->setAccessibleName(tr("Follow-ups"));
    m_followUps->setHorizontalHeaderLabels({tr("Follow-up"), tr("Due"), tr("Status"), tr("Next step")});
    m_followUps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_followUps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_followUps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_followUps->setTabKeyNavigation(false);
    m_followUps->verticalHeader()->setVisible(false);
    m_followUps->horizontalHeader()->setStretchLastSection(true);
    followUpsLayout->addWidget(m_followUps, 1);
    auto* record = new QPushButton(tr("&Record follow-up…"), followUpsPage);
    record->setObjectName(QStringLiteral("record-follow-up"));
    record->setAccessibleName(tr("Record the selected follow-up"));
    followUpsLayout->addWidget(record, 0, Qt::AlignLeft);
    tabs->addTab(followUpsPage, tr("&Follow-ups"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &LearnerPlanDialog::reject);
    connect(record, &QPushButton::clicked, this, [this] { recordFollowUp(); });
    connect(m_followUps, &QTableWidget::cellActivated, this, [this](int row) { recordFollowUp(row); });
    reloadFollowUps();
}

void LearnerPlanDialog::reloadFollowUps()
{
    const auto list = storage::SawPlanStore(m_database, m_package.templates.followUpDays)
                          .followUps(m_cohortId, m_learner.id);
    if (!list) {
        MessageBox::critical(this, windowTitle(), list.error().message);
        return;
    }
    m_list = *list;
    m_followUps->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const FollowUp& followUp = m_list[size_t(row)];
        m_followUps->setItem(row, 0, new QTableWidgetItem(tr("%1 days").arg(followUp.dayOffset)));
        m_followUps->setItem(
            row, 1, new QTableWidgetItem(QLocale().toString(followUp.dueDate, QLocale::ShortFormat)));
        m_followUps->setItem(
            row, 2, new QTableWidgetItem(statusTitle(m_package.templates, followUp, m_language)));
        m_followUps->setItem(row, 3, new QTableWidgetItem(followUp.nextStep));
    }
    m_followUps->resizeColumnsToContents();
}

bool LearnerPlanDialog::recordFollowUp(int row)
{
    if (row < 0)
        row = m_followUps->currentRow();
    if (row < 0 || row >= int(m_list.size()))
        return false;
    FollowUpDialog form(m_list[size_t(row)], m_learner.displayName(), m_package.templates, m_language, this);
    if (form.exec() != QDialog::Accepted)
        return false;
    const auto recorded = storage::SawPlanStore(m_database, m_package.templates.followUpDays)
                              .recordFollowUp(form.followUp(), m_actor);
    if (!recorded) {
        MessageBox::critical(this, windowTitle(), recorded.error().message);
        return false;
    }
    reloadFollowUps();
    m_followUps->selectRow(row);
    return true;
}

} // namespace pcs::gui
