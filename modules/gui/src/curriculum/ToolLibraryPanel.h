#pragma once

#include "PresentationWindow.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTextBrowser;

namespace pcs::gui {

// The MicroCoaching tools: type-as-you-search, the list, the selected tool's job aid with the
// topics it serves, presentation mode and PDF export of one or all job aids.
class ToolLibraryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { ToolIdRole = Qt::UserRole };

    explicit ToolLibraryPanel(QWidget* parent = nullptr);

    // `package` must outlive the panel or the next call (the workspace keeps it).
    void setPackage(const CurriculumPackage* package, const QString& language);
    // Selects the tool (clearing a search that hides it) and puts the focus on the list.
    void showTool(const QString& toolId);
    QString currentToolId() const;
    // The presentation window while it is open.
    PresentationWindow* presentation() const { return m_presentation; }

    void present();
    void exportCurrent();
    void exportAll();

private:
    void rebuild();
    bool selectTool(const QString& toolId);
    void filter(const QString& query);
    void showCurrent();
    const MicroCoachingTool* currentTool() const;
    void exportTools(const std::vector<MicroCoachingTool>& tools, const QString& suggestedName);

    const CurriculumPackage* m_package = nullptr;
    QString m_language;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_noMatch = nullptr;
    QTextBrowser* m_jobAid = nullptr;
    QLabel* m_topics = nullptr;
    QPushButton* m_present = nullptr;
    QPushButton* m_exportOne = nullptr;
    QPushButton* m_exportAll = nullptr;
    QLabel* m_status = nullptr;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace pcs::gui
