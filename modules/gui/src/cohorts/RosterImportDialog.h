#pragma once

#include "pcs/exchange/RosterRow.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The preview of a roster file before anything is written: every row it read, every line it could
// not (with its line number and why), and what importing would do to the roster. Import is offered
// only when the file has no problem lines: the import is all rows or none.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RosterImportDialog(storage::Database& database, const QString& cohortId, const QString& fileName,
        const exchange::RosterParse& parsed, QWidget* parent = nullptr);

    const exchange::RosterParse& parsed() const { return m_parsed; }
    QTableWidget* rowsTable() const { return m_rows; }
    QTableWidget* problemsTable() const { return m_problems; }
    QString summary() const;
    bool canImport() const;

private:
    exchange::RosterParse m_parsed;
    QTableWidget* m_rows = nullptr;
    QTableWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace pcs::gui
