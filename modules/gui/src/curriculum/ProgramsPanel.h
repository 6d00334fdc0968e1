#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QWidget>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace pcs::gui {

// Programs → workshops → agenda blocks with their times and lengths, and the details of the
// selected item beside them. Tool links in the details ask for the tool library.
class ProgramsPanel : public QWidget
{
    Q_OBJECT

public:
    // Item data roles of the tree, for tests and the details pane.
    enum Role { KindRole = Qt::UserRole, IdRole, ProgramRole, WorkshopRole, BlockRole };
    enum Kind { ProgramItem, WorkshopItem, BlockItem };
    enum Column { NameColumn, TimeColumn, LengthColumn };

    explicit ProgramsPanel(QWidget* parent = nullptr);

    // `package` must outlive the panel or the next call (the workspace keeps it).
    void setPackage(const CurriculumPackage* package, const QString& language);

Q_SIGNALS:
    void toolRequested(const QString& toolId);

private:
    void rebuild();
    void showDetails(QTreeWidgetItem* item);
    void linkActivated(const QUrl& url);

    const CurriculumPackage* m_package = nullptr;
    QString m_language;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace pcs::gui
