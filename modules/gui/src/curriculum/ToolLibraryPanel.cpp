#include "ToolLibraryPanel.h"

#include "CurriculumFormat.h"
#include "PresentationWindow.h"
#include "ToolSearch.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/reports/JobAidPdf.h"
#include "pcs/services/AppSettings.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pcs::gui {

ToolLibraryPanel::ToolLibraryPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("curriculum-tools"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchLabel = new QLabel(tr("&Search tools:"), side);
    m_search = new QLineEdit(side);
    m_search->setObjectName(QStringLiteral("tool-search"));
    m_search->setAccessibleName(tr("Search tools"));
    m_search->setAccessibleDescription(tr("Searches tool titles, summaries and prompting questions."));
    m_search->setPlaceholderText(tr("Title, summary or question"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &ToolLibraryPanel::filter);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    sideLayout->addWidget(searchLabel);
    sideLayout->addWidget(m_search);

    m_list = new QListWidget(side);
    m_list->setObjectName(QStringLiteral("tool-list"));
    m_list->setAccessibleName(tr("MicroCoaching tools"));
    connect(m_list, &QListWidget::currentRowChanged, this, &ToolLibraryPanel::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &ToolLibraryPanel::present);
    sideLayout->addWidget(m_list, 1);
    m_noMatch = new QLabel(tr("No tool matches the search."), side);
    m_noMatch->setObjectName(QStringLiteral("tool-no-match"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setVisible(false);
    sideLayout->addWidget(m_noMatch);

    auto* main = new QWidget(splitter);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    m_jobAid = new QTextBrowser(main);
    m_jobAid->setObjectName(QStringLiteral("job-aid-view"));
    m_jobAid->setAccessibleName(tr("Job aid"));
    m_jobAid->setOpenExternalLinks(true);
    mainLayout->addWidget(m_jobAid, 1);
    m_topics = new QLabel(main);
    m_topics->setObjectName(QStringLiteral("tool-topics"));
    m_topics->setAccessibleName(tr("Topics this tool serves"));
    m_topics->setTextFormat(Qt::PlainText);
    m_topics->setWordWrap(true);
    mainLayout->addWidget(m_topics);

    auto* buttons = new QHBoxLayout();
    m_present = new QPushButton(tr("P&resent"), main);
    m_present->setObjectName(QStringLiteral("present-button"));
    m_present->setAccessibleName(tr("Present the tool full screen"));
    connect(m_present, &QPushButton::clicked, this, &ToolLibraryPanel::present);
    m_exportOne = new QPushButton(tr("&Export job aid as PDF…"), main);
    m_exportOne->setObjectName(QStringLiteral("export-job-aid-button"));
    m_exportOne->setAccessibleName(tr("Export this job aid as PDF"));
    connect(m_exportOne, &QPushButton::clicked, this, &ToolLibraryPanel::exportCurrent);
    m_exportAll = new QPushButton(tr("Export &all job aids as PDF…"), main);
    m_exportAll->setObjectName(QStringLiteral("export-all-job-aids-button"));
    m_exportAll->setAccessibleName(tr("Export all job aids as PDF"));
    connect(m_exportAll, &QPushButton::clicked, this, &ToolLibraryPanel::exportAll);
    buttons->addWidget(m_present);
    buttons->addWidget(m_exportOne);
    buttons->addWidget(m_exportAll);
    buttons->addStretch(1);
    mainLayout->addLayout(buttons);

    splitter->addWidget(side);
    splitter->addWidget(main);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({320, 640});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("export-status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

void ToolLibraryPanel::setPackage(const CurriculumPackage* package, const QString& language)
{
    m_package = package;
    m_language = language;
    rebuild();
}

void ToolLibraryPanel::rebuild()
{
    const QString selected = currentToolId();
    m_list->clear();
    if (m_package) {
        for (const MicroCoachingTool& tool : m_package->tools) {
            auto* item = new QListWidgetItem(CurriculumFormat::toolLabel(tool, m_language), m_list);
            item->setData(ToolIdRole, tool.id);
            item->setToolTip(tool.summary.in(m_language));
        }
    }
    filter(m_search->text());
    if (!selected.isEmpty())
        selectTool(selected);
    showCurrent();
}

void ToolLibraryPanel::filter(const QString& query)
{
    int visible = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const MicroCoachingTool* tool
            = m_package ? m_package->tool(item->data(ToolIdRole).toString()) : nullptr;
        const bool match = tool && ToolSearch::matches(*tool, m_language, query);
        item->setHidden(!match);
        visible += match ? 1 : 0;
    }
    m_noMatch->setVisible(m_list->count() > 0 && visible == 0);
    m_list->setAccessibleDescription(tr("%1 of %2 tools shown").arg(visible).arg(m_list->count()));
    QListWidgetItem* current = m_list->currentItem();
    if (!current || current->isHidden()) {
        QListWidgetItem* first = nullptr;
        for (int row = 0; row < m_list->count() && !first; ++row)
            if (!m_list->item(row)->isHidden())
                first = m_list->item(row);
        m_list->setCurrentItem(first);
        if (!first)
            showCurrent();
    }
}

void ToolLibraryPanel::showTool(const QString& toolId)
{
    if (selectTool(toolId))
        m_list->setFocus(Qt::OtherFocusReason);
}

bool ToolLibraryPanel::selectTool(const QString& toolId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(ToolIdRole).toString() != toolId)
            continue;
        if (item->isHidden())
            m_search->clear();
        m_list->setCurrentItem(item);
        m_list->scrollToItem(item);
        return true;
    }
    return false;
}

QString ToolLibraryPanel::currentToolId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(ToolIdRole).toString() : QString();
}

const MicroCoachingTool* ToolLibraryPanel::currentTool() const
{
    return m_package ? m_package->tool(currentToolId()) : nullptr;
}

void ToolLibraryPanel::showCurrent()
{
    const MicroCoachingTool* tool = currentTool();
    m_present->setEnabled(tool != nullptr);
    m_exportOne->setEnabled(tool != nullptr);
    m_exportAll->setEnabled(m_package && !m_package->tools.empty());
    if (!tool) {
        m_jobAid->clear();
        m_topics->clear();
        return;
    }
    m_jobAid->setMarkdown(tool->jobAidMarkdown.in(m_language));
    m_jobAid->setAccessibleDescription(CurriculumFormat::toolLabel(*tool, m_language));
    QStringList topics;
    for (const Topic& topic : m_package->topics)
        if (topic.tools.contains(tool->id))
            topics << topic.title.in(m_language);
    m_topics->setText(topics.isEmpty() ? tr("Serves no topic of this package.")
                                       : tr("Topics it serves: %1").arg(topics.join(QStringLiteral("; "))));
}

void ToolLibraryPanel::present()
{
    const MicroCoachingTool* tool = currentTool();
    if (!tool)
        return;
    if (m_presentation)
        m_presentation->close();
    m_presentation = new PresentationWindow(*tool, m_language, this);
    connect(m_presentation, &PresentationWindow::closed, this, [this] {
        window()->activateWindow();
        m_list->setFocus(Qt::OtherFocusReason);
    });
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus(Qt::OtherFocusReason);
}

void ToolLibraryPanel::exportCurrent()
{
    if (const MicroCoachingTool* tool = currentTool())
        exportTools({*tool}, tool->id + QStringLiteral(".pdf"));
}

void ToolLibraryPanel::exportAll()
{
    if (m_package && !m_package->tools.empty())
        exportTools(m_package->tools, tr("microcoaching-job-aids") + QStringLiteral(".pdf"));
}

void ToolLibraryPanel::exportTools(const std::vector<MicroCoachingTool>& tools, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString caption
        = tools.size() == 1 ? tr("Export job aid as PDF") : tr("Export all job aids as PDF");
    const QString path = FileDialog::getSaveFileName(
        this, caption, QDir(folder).filePath(suggestedName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    reports::JobAidPdf pdf(m_language);
    pdf.setPageSize(services::AppSettings::reportPageSize());
    const auto written = pdf.write(path, tools);
    if (!written) {
        m_status->setText(tr("The job aids were not exported."));
        MessageBox::critical(this, tr("Export job aids"), written.error().message);
        return;
    }
    m_status->setText(tools.size() == 1
            ? tr("Job aid saved to %1.").arg(QDir::toNativeSeparators(path))
            : tr("%1 job aids saved to %2.").arg(tools.size()).arg(QDir::toNativeSeparators(path)));
}

} // namespace pcs::gui
