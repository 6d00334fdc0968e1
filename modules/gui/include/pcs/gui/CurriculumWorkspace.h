#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QString>
#include <QWidget>

class QTabWidget;

namespace pcs::gui {

class ProgramsPanel;
class ToolLibraryPanel;

// The Curriculum workspace: the programs of a curriculum package (programs → workshops → agenda
// blocks, with their details) and the library of MicroCoaching tools (search, job aids,
// presentation mode, PDF export). `language` ("en" or "fr") selects the curriculum text; the
// interface itself follows the translator. The workspace keeps its own copy of the package.
class CurriculumWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum class View { Programs, Tools };

    CurriculumWorkspace(const CurriculumPackage& package, const QString& language, QWidget* parent = nullptr);
    ~CurriculumWorkspace() override;

    void setPackage(const CurriculumPackage& package, const QString& language);
    const CurriculumPackage& package() const { return m_package; }
    QString language() const { return m_language; }

    View currentView() const;
    void showView(View view);
    // Opens the tool library on this tool.
    void showTool(const QString& toolId);

private:
    CurriculumPackage m_package;
    QString m_language;
    QTabWidget* m_tabs = nullptr;
    ProgramsPanel* m_programs = nullptr;
    ToolLibraryPanel* m_tools = nullptr;
};

} // namespace pcs::gui
