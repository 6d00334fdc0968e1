#include "WorkspacePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pcs::gui {

WorkspacePage::WorkspacePage(Workspace workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(workspaceKey(workspace) + QStringLiteral("-page"));
    setAccessibleName(workspaceTitle(workspace));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);

    auto* heading = new QLabel(workspaceTitle(workspace), this);
    heading->setObjectName(QStringLiteral("workspace-heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(workspaceTitle(workspace));
    layout->addWidget(heading);

    auto* description = new QLabel(workspaceDescription(workspace), this);
    description->setWordWrap(true);
    description->setObjectName(QStringLiteral("workspace-description"));
    layout->addWidget(description);

    m_content = new QVBoxLayout();
    m_content->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(m_content, 1);
}

void WorkspacePage::setEmptyState(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("empty-state"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    QFont font = label->font();
    font.setItalic(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    m_content->addStretch(1);
    m_content->addWidget(label);
    m_content->addStretch(2);
}

} // namespace pcs::gui
