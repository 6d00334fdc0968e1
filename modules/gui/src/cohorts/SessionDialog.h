#pragma once

#include "pcs/domain/curriculum/Program.h"
#include "pcs/domain/delivery/Cohort.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimeEdit;

namespace pcs::gui {

// One session of a cohort: date, start time, place, facilitator notes and its agenda blocks
// (title, minutes, break or not), which start as the workshop's and can be changed, added,
// removed, reordered or reset. The end time and contact minutes follow from the blocks.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(const CohortSession& session, const Workshop& workshop, const QString& language,
        QWidget* parent = nullptr);

    // The session as edited (its agenda empty when the blocks are the workshop's own).
    CohortSession session() const;

    QTableWidget* agendaTable() const { return m_agenda; }
    void addBlock();
    void removeBlock();
    void moveBlock(int step);
    void resetAgenda();

private:
    enum AgendaColumn { TitleColumn, MinutesColumn, BreakColumn, AgendaColumnCount };

    void showBlocks(const std::vector<AgendaBlock>& blocks);
    std::vector<AgendaBlock> blocks() const;
    void updateSummary();

    CohortSession m_session;
    Workshop m_workshop;
    QString m_language;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QLineEdit* m_place = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableWidget* m_agenda = nullptr;
    QLabel* m_summary = nullptr;
    std::vector<AgendaBlock> m_shownBlocks; // the blocks as loaded, to keep ids, tools and notes
};

} // namespace pcs::gui
