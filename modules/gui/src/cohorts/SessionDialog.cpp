#include "SessionDialog.h"

#include "../curriculum/CurriculumFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QUuid>
#include <QVBoxLayout>

namespace pcs::gui {

SessionDialog::SessionDialog(
    const CohortSession& session, const Workshop& workshop, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_workshop(workshop)
    , m_language(language)
{
    setObjectName(QStringLiteral("session-dialog"));
    // The workshop's own title says which session or day it is ("Session 2: …", "Day 1: …").
    const QString workshopTitle = workshop.title.in(language);
    const QString date = QLocale().toString(session.date, QLocale::LongFormat);
    setWindowTitle(workshopTitle.isEmpty() ? tr("Session %1 — %2").arg(session.position).arg(date)
                                           : tr("%1 — %2").arg(workshopTitle, date));
    resize(640, 600);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_date = new QDateEdit(session.date, this);
    m_date->setObjectName(QStringLiteral("session-date"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Date:"), m_date);
    m_start = new QTimeEdit(session.start, this);
    m_start->setObjectName(QStringLiteral("session-start"));
    m_start->setAccessibleName(tr("Start time"));
    m_start->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    form->addRow(tr("&Start time:"), m_start);
    m_place = new QLineEdit(session.place, this);
    m_place->setObjectName(QStringLiteral("session-place"));
    m_place->setAccessibleName(tr("Place"));
    form->addRow(tr("&Place:"), m_place);
    m_notes = new QPlainTextEdit(session.notes, this);
    m_notes->setObjectName(QStringLiteral("session-notes"));
    m_notes->setAccessibleName(tr("Facilitator notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What went well, what to follow up, room or equipment notes…"));
    m_notes->setMaximumHeight(110);
    form->addRow(tr("Facilitator &notes:"), m_notes);

    auto* agendaLabel = new QLabel(tr("&Agenda:"), this);
    m_agenda = new QTableWidget(0, AgendaColumnCount, this);
    m_agenda->setObjectName(QStringLiteral("session-agenda"));
    m_agenda->setAccessibleName(tr("Agenda blocks"));
    m_agenda->setAccessibleDescription(tr("Title, length in minutes and whether the block is a break"));
    m_agenda->setHorizontalHeaderLabels({tr("Block"), tr("Minutes"), tr("Break")});
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->setTabKeyNavigation(false);
    m_agenda->verticalHeader()->setVisible(false);
    m_agenda->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    agendaLabel->setBuddy(m_agenda);
    layout->addWidget(agendaLabel);
    layout->addWidget(m_agenda, 1);

    auto* agendaButtons = new QHBoxLayout;
    const auto button = [this, agendaButtons](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        agendaButtons->addWidget(b);
        return b;
    };
    connect(button(tr("Add &block"), QStringLiteral("add-block")), &QPushButton::clicked, this,
        &SessionDialog::addBlock);
    connect(button(tr("&Remove block"), QStringLiteral("remove-block")), &QPushButton::clicked, this,
        &SessionDialog::removeBlock);
    connect(button(tr("Move &up"), QStringLiteral("block-up")), &QPushButton::clicked, this,
        [this] { moveBlock(-1); });
    connect(button(tr("Move do&wn"), QStringLiteral("block-down")), &QPushButton::clicked, this,
        [this] { moveBlock(1); });
    connect(button(tr("Reset to the &workshop's agenda"), QStringLiteral("reset-agenda")),
        &QPushButton::clicked, this, &SessionDialog::resetAgenda);
    agendaButtons->addStretch();
    layout->addLayout(agendaButtons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("session-summary"));
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    connect(m_start, &QTimeEdit::timeChanged, this, &SessionDialog::updateSummary);
    connect(m_agenda, &QTableWidget::itemChanged, this, &SessionDialog::updateSummary);

    showBlocks(sessionBlocks(session, workshop));
}

void SessionDialog::showBlocks(const std::vector<AgendaBlock>& blocks)
{
    const QSignalBlocker blocker(m_agenda);
    m_shownBlocks = blocks;
    m_agenda->setRowCount(0);
    for (const AgendaBlock& block : blocks) {
        const int row = m_agenda->rowCount();
        m_agenda->insertRow(row);
        auto* title = new QTableWidgetItem(block.title.in(m_language));
        title->setData(Qt::UserRole, block.id);
        m_agenda->setItem(row, TitleColumn, title);
        auto* minutes = new QTableWidgetItem;
        minutes->setData(Qt::EditRole, block.minutes);
        m_agenda->setItem(row, MinutesColumn, minutes);
        auto* isBreak = new QTableWidgetItem;
        isBreak->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        isBreak->setCheckState(block.isBreak ? Qt::Checked : Qt::Unchecked);
        m_agenda->setItem(row, BreakColumn, isBreak);
    }
    m_agenda->resizeColumnToContents(MinutesColumn);
    updateSummary();
}

std::vector<AgendaBlock> SessionDialog::blocks() const
{
    std::vector<AgendaBlock> result;
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        const QString id = m_agenda->item(row, TitleColumn)->data(Qt::UserRole).toString();
        AgendaBlock block;
        for (const AgendaBlock& known : m_shownBlocks)
            if (known.id == id)
                block = known;
        block.id = id;
        const QString title = m_agenda->item(row, TitleColumn)->text().trimmed();
        if (title != block.title.in(m_language)) {
            // The title as typed, in the language shown; the other language follows it.
            block.title.en = title;
            block.title.fr = title;
        }
        block.minutes = m_agenda->item(row, MinutesColumn)->data(Qt::EditRole).toInt();
        block.isBreak = m_agenda->item(row, BreakColumn)->checkState() == Qt::Checked;
        result.push_back(block);
    }
    return result;
}

void SessionDialog::addBlock()
{
    std::vector<AgendaBlock> current = blocks();
    AgendaBlock block;
    block.id = QStringLiteral("session-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    block.title = {tr("New block"), tr("New block")};
    block.minutes = 15;
    const int row = m_agenda->currentRow() < 0 ? int(current.size()) : m_agenda->currentRow() + 1;
    current.insert(current.begin() + row, block);
    showBlocks(current);
    m_agenda->setCurrentCell(row, TitleColumn);
    m_agenda->editItem(m_agenda->item(row, TitleColumn));
}

void SessionDialog::removeBlock()
{
    const int row = m_agenda->currentRow();
    if (row < 0)
        return;
    std::vector<AgendaBlock> current = blocks();
    current.erase(current.begin() + row);
    showBlocks(current);
    m_agenda->setCurrentCell(std::min(row, m_agenda->rowCount() - 1), TitleColumn);
}

void SessionDialog::moveBlock(int step)
{
    const int row = m_agenda->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_agenda->rowCount())
        return;
    std::vector<AgendaBlock> current = blocks();
    std::swap(current[size_t(row)], current[size_t(target)]);
    showBlocks(current);
    m_agenda->setCurrentCell(target, TitleColumn);
}

void SessionDialog::resetAgenda()
{
    showBlocks(m_workshop.blocks);
}

CohortSession SessionDialog::session() const
{
    CohortSession session = m_session;
    session.date = m_date->date();
    session.start = m_start->time();
    session.place = m_place->text().trimmed();
    session.notes = m_notes->toPlainText().trimmed();
    std::vector<AgendaBlock> edited = blocks();
    setSessionAgenda(session, m_workshop, edited == m_workshop.blocks ? std::vector<AgendaBlock>{} : edited);
    return session;
}

void SessionDialog::updateSummary()
{
    const CohortSession preview = session();
    m_summary->setText(tr("Ends at %1 · %2 of contact time (breaks excluded)")
                           .arg(QLocale().toString(preview.end, QLocale::ShortFormat),
                               CurriculumFormat::length(preview.contactMinutes)));
}

} // namespace pcs::gui
