#include "RosterImportDialog.h"

#include "pcs/services/CohortFiles.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pcs::gui {

namespace {

QTableWidget* table(
    QWidget* parent, const QString& name, const QString& accessibleName, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

RosterImportDialog::RosterImportDialog(storage::Database& database, const QString& cohortId,
    const QString& fileName, const exchange::RosterParse& parsed, QWidget* parent)
    : QDialog(parent)
    , m_parsed(parsed)
{
    setObjectName(QStringLiteral("roster-import"));
    setWindowTitle(tr("Import Roster: %1").arg(QFileInfo(fileName).fileName()));
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);
    auto* rowsLabel = new QLabel(
        tr("&Learners read (%1, %2-separated):").arg(parsed.encoding, QString(parsed.delimiter)), this);
    m_rows = table(this, QStringLiteral("import-rows"), tr("Learners read from the file"),
        {tr("Line"), tr("First name"), tr("Last name"), tr("Email"), tr("Organization"), tr("Language")});
    rowsLabel->setBuddy(m_rows);
    m_rows->setRowCount(int(parsed.rows.size()));
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        const exchange::RosterRow& row = parsed.rows[size_t(i)];
        const QStringList cells{QString::number(row.line), row.firstName, row.lastName, row.email,
            row.organization, row.preferredLanguage};
        for (int column = 0; column < cells.size(); ++column)
            m_rows->setItem(i, column, new QTableWidgetItem(cells[column]));
    }
    m_rows->resizeColumnsToContents();
    layout->addWidget(rowsLabel);
    layout->addWidget(m_rows, 3);

    auto* problemsLabel = new QLabel(tr("Lines with &problems (%1):").arg(parsed.problems.size()), this);
    m_problems = table(this, QStringLiteral("import-problems"), tr("Lines that cannot be imported"),
        {tr("Line"), tr("Problem")});
    problemsLabel->setBuddy(m_problems);
    m_problems->setRowCount(int(parsed.problems.size()));
    for (int i = 0; i < m_problems->rowCount(); ++i) {
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(parsed.problems[size_t(i)].line)));
        m_problems->setItem(i, 1, new QTableWidgetItem(parsed.problems[size_t(i)].message));
    }
    m_problems->resizeColumnToContents(0);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problems, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("import-summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("confirm-import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RosterImportDialog::reject);

    // What the import would do, from the store itself (a dry run writes nothing).
    bool importable = parsed.problems.empty() && !parsed.rows.empty();
    if (!parsed.problems.empty()) {
        m_summary->setText(
            tr("Nothing can be imported until the %1 lines with problems are fixed in the file: the "
               "import takes all rows or none.")
                .arg(parsed.problems.size()));
    } else if (parsed.rows.empty()) {
        m_summary->setText(tr("The file has no learners."));
    } else {
        const auto preview = services::CohortFiles::importRoster(database, cohortId, parsed.rows, true);
        if (!preview) {
            importable = false;
            m_summary->setText(preview.error().message);
        } else {
            importable = preview->added > 0;
            m_summary->setText(
                tr("%1 learners will be added to the roster (%2 of them new to PCS Studio); %3 are on "
                   "it already.")
                    .arg(preview->added)
                    .arg(preview->newPeople)
                    .arg(preview->alreadyOnRoster));
        }
    }
    m_import->setEnabled(importable);
}

QString RosterImportDialog::summary() const
{
    return m_summary->text();
}

bool RosterImportDialog::canImport() const
{
    return m_import->isEnabled();
}

} // namespace pcs::gui
