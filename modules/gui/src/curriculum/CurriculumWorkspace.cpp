#include "pcs/gui/CurriculumWorkspace.h"

#include "ProgramsPanel.h"
#include "ToolLibraryPanel.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pcs::gui {

CurriculumWorkspace::CurriculumWorkspace(
    const CurriculumPackage& package, const QString& language, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("curriculum-workspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("curriculum-views"));
    m_tabs->setAccessibleName(tr("Curriculum views"));
    m_tabs->tabBar()->setAccessibleName(tr("Curriculum views"));
    m_tabs->setDocumentMode(true);
    m_programs = new ProgramsPanel(m_tabs);
    m_tools = new ToolLibraryPanel(m_tabs);
    m_tabs->addTab(m_programs, tr("&Programs"));
    m_tabs->addTab(m_tools, tr("&Tool library"));
    m_tabs->setTabToolTip(0, tr("Programs, workshops and agenda blocks"));
    m_tabs->setTabToolTip(1, tr("The MicroCoaching tools and their job aids"));
    layout->addWidget(m_tabs);

    connect(m_programs, &ProgramsPanel::toolRequested, this, &CurriculumWorkspace::showTool);
    setPackage(package, language);
}

CurriculumWorkspace::~CurriculumWorkspace() = default;

void CurriculumWorkspace::setPackage(const CurriculumPackage& package, const QString& language)
{
    m_package = package;
    m_language = language;
    // The panels point into m_package; both rebuild from the new copy.
    m_programs->setPackage(&m_package, m_language);
    m_tools->setPackage(&m_package, m_language);
}

CurriculumWorkspace::View CurriculumWorkspace::currentView() const
{
    return m_tabs->currentWidget() == m_tools ? View::Tools : View::Programs;
}

void CurriculumWorkspace::showView(View view)
{
    m_tabs->setCurrentWidget(view == View::Tools ? static_cast<QWidget*>(m_tools) : m_programs);
}

void CurriculumWorkspace::showTool(const QString& toolId)
{
    showView(View::Tools);
    m_tools->showTool(toolId);
}

} // namespace pcs::gui
