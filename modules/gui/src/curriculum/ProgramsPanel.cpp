#include "ProgramsPanel.h"

#include "CurriculumFormat.h"
#include "CurriculumHtml.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>

namespace pcs::gui {
namespace {

QTreeWidgetItem* makeItem(ProgramsPanel::Kind kind, const QString& id, int program, int workshop, int block)
{
    auto* item = new QTreeWidgetItem();
    item->setData(0, ProgramsPanel::KindRole, kind);
    item->setData(0, ProgramsPanel::IdRole, id);
    item->setData(0, ProgramsPanel::ProgramRole, program);
    item->setData(0, ProgramsPanel::WorkshopRole, workshop);
    item->setData(0, ProgramsPanel::BlockRole, block);
    return item;
}

} // namespace

ProgramsPanel::ProgramsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("curriculum-programs"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("program-tree"));
    m_tree->setAccessibleName(tr("Programs, workshops and agenda blocks"));
    m_tree->setAccessibleDescription(tr("Select an item to see its details. Arrow keys move and expand."));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Program, workshop or block"), tr("Time"), tr("Length")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LengthColumn, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* current) { showDetails(current); });

    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("program-details"));
    m_details->setAccessibleName(tr("Details of the selected program, workshop or block"));
    m_details->setOpenLinks(false);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ProgramsPanel::linkActivated);

    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
}

void ProgramsPanel::setPackage(const CurriculumPackage* package, const QString& language)
{
    m_package = package;
    m_language = language;
    rebuild();
}

void ProgramsPanel::rebuild()
{
    // Keep the selection across a language switch, by ids.
    QStringList selectedPath;
    for (QTreeWidgetItem* item = m_tree->currentItem(); item; item = item->parent())
        selectedPath.prepend(item->data(0, IdRole).toString());

    m_tree->clear();
    m_details->clear();
    if (!m_package)
        return;

    QTreeWidgetItem* reselect = nullptr;
    for (int p = 0; p < int(m_package->programs.size()); ++p) {
        const Program& program = m_package->programs[p];
        auto* programItem = makeItem(ProgramItem, program.id, p, -1, -1);
        programItem->setText(NameColumn, program.title.in(m_language));
        programItem->setToolTip(NameColumn, program.title.in(m_language));
        // The duration as people say it is in the details pane and the tooltip; the columns stay
        // narrow so that the names keep their room.
        programItem->setText(LengthColumn, CurriculumFormat::contactHours(program.contactMinutes()));
        programItem->setToolTip(LengthColumn, program.durationLabel.in(m_language));
        QFont bold = programItem->font(NameColumn);
        bold.setBold(true);
        programItem->setFont(NameColumn, bold);
        m_tree->addTopLevelItem(programItem);

        for (int w = 0; w < int(program.workshops.size()); ++w) {
            const Workshop& workshop = program.workshops[w];
            const QTime end = workshop.defaultStart.addSecs(workshop.totalMinutes() * 60);
            auto* workshopItem = makeItem(WorkshopItem, workshop.id, p, w, -1);
            workshopItem->setText(NameColumn, workshop.title.in(m_language));
            workshopItem->setToolTip(NameColumn, workshop.title.in(m_language));
            workshopItem->setText(
                TimeColumn, CurriculumFormat::timeRange(workshop.defaultStart, end, m_language));
            workshopItem->setText(LengthColumn,
                tr("%1, %2").arg(CurriculumFormat::kind(workshop.kind),
                    CurriculumFormat::length(workshop.totalMinutes())));
            programItem->addChild(workshopItem);

            const std::vector<QTime> starts = workshop.blockStarts(workshop.defaultStart);
            for (int b = 0; b < int(workshop.blocks.size()); ++b) {
                const AgendaBlock& block = workshop.blocks[b];
                auto* blockItem = makeItem(BlockItem, block.id, p, w, b);
                blockItem->setText(NameColumn, block.title.in(m_language));
                blockItem->setToolTip(NameColumn, block.title.in(m_language));
                blockItem->setText(TimeColumn, CurriculumFormat::time(starts[b], m_language));
                const QString length = CurriculumFormat::length(block.minutes);
                blockItem->setText(LengthColumn, block.isBreak ? tr("%1 (break)").arg(length) : length);
                if (block.isBreak) {
                    QFont italic = blockItem->font(NameColumn);
                    italic.setItalic(true);
                    for (int column = 0; column < 3; ++column)
                        blockItem->setFont(column, italic);
                }
                workshopItem->addChild(blockItem);
                if (selectedPath == QStringList{program.id, workshop.id, block.id})
                    reselect = blockItem;
            }
            if (selectedPath == QStringList{program.id, workshop.id})
                reselect = workshopItem;
        }
        if (selectedPath == QStringList{program.id})
            reselect = programItem;
        programItem->setExpanded(true);
    }
    if (!reselect)
        reselect = m_tree->topLevelItem(0);
    if (reselect) {
        m_tree->setCurrentItem(reselect);
        m_tree->scrollToItem(reselect);
    }
}

void ProgramsPanel::showDetails(QTreeWidgetItem* item)
{
    if (!item || !m_package) {
        m_details->clear();
        return;
    }
    const Program& program = m_package->programs.at(item->data(0, ProgramRole).toInt());
    switch (item->data(0, KindRole).toInt()) {
    case ProgramItem:
        m_details->setHtml(CurriculumHtml::program(program, *m_package, m_language));
        break;
    case WorkshopItem: {
        const Workshop& workshop = program.workshops.at(item->data(0, WorkshopRole).toInt());
        m_details->setHtml(CurriculumHtml::workshop(workshop, *m_package, m_language));
        break;
    }
    case BlockItem: {
        const Workshop& workshop = program.workshops.at(item->data(0, WorkshopRole).toInt());
        const int index = item->data(0, BlockRole).toInt();
        const QTime start = workshop.blockStarts(workshop.defaultStart).at(index);
        m_details->setHtml(CurriculumHtml::block(workshop.blocks.at(index), start, *m_package, m_language));
        break;
    }
    default:
        m_details->clear();
    }
}

void ProgramsPanel::linkActivated(const QUrl& url)
{
    const QString toolId = CurriculumHtml::toolId(url);
    if (!toolId.isEmpty())
        Q_EMIT toolRequested(toolId);
}

} // namespace pcs::gui
