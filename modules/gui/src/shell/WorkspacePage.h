#pragma once

#include "pcs/gui/Workspace.h"

#include <QWidget>

class QVBoxLayout;

namespace pcs::gui {

// The frame every workspace shares: a heading, what the workspace is for, and its content below.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(Workspace workspace, QWidget* parent = nullptr);

    Workspace workspace() const { return m_workspace; }
    // Content goes here, below the heading.
    QVBoxLayout* contentLayout() const { return m_content; }
    // Shown while the workspace has nothing to show for this database.
    void setEmptyState(const QString& text);

private:
    Workspace m_workspace;
    QVBoxLayout* m_content = nullptr;
};

} // namespace pcs::gui
