#include "PeoplePanel.h"

#include "PeopleModel.h"
#include "PersonDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pcs::gui {

PeoplePanel::PeoplePanel(storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new PeopleModel(database, this))
{
    setObjectName(QStringLiteral("people-panel"));
    auto* layout = new QVBoxLayout(this);

    auto* searchLabel = new QLabel(tr("Search &names or emails:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("people-search"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setAccessibleDescription(tr("Shows the people whose name or email contains the text"));
    m_search->setPlaceholderText(tr("Name or email"));
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("people-table"));
    m_table->setAccessibleName(tr("People"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Uniform rows: the view never measures each of the many rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PeopleModel::NameColumn, 220);
    m_table->setColumnWidth(PeopleModel::EmailColumn, 240);
    m_table->setColumnWidth(PeopleModel::OrganizationColumn, 200);
    layout->addWidget(m_table, 1);

    // Search as one types, once typing pauses, so a fast typist does not query on every key.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &PeoplePanel::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_model, &PeopleModel::errorOccurred, this, &PeoplePanel::errorOccurred);

    m_model->setFilter({});
}

std::vector<Person> PeoplePanel::selectedPeople() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    std::vector<Person> people;
    for (const QModelIndex& row : rows)
        if (const Person* person = m_model->person(row.row()))
            people.push_back(*person);
    return people;
}

void PeoplePanel::enableEditing()
{
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("&New person…"), this);
    create->setObjectName(QStringLiteral("new-person"));
    create->setAccessibleName(tr("New person"));
    auto* edit = new QPushButton(tr("&Edit person…"), this);
    edit->setObjectName(QStringLiteral("edit-person"));
    edit->setAccessibleName(tr("Edit the selected person"));
    edit->setEnabled(false);
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addStretch();
    static_cast<QVBoxLayout*>(layout())->addLayout(buttons);
    connect(create, &QPushButton::clicked, this, &PeoplePanel::createPerson);
    connect(edit, &QPushButton::clicked, this, &PeoplePanel::editSelectedPerson);
    connect(m_table, &QTableView::activated, this, &PeoplePanel::editSelectedPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, edit,
        [this, edit] { edit->setEnabled(m_table->selectionModel()->hasSelection()); });
}

bool PeoplePanel::createPerson()
{
    PersonDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_model->reload();
    return true;
}

bool PeoplePanel::editSelectedPerson()
{
    const std::vector<Person> selected = selectedPeople();
    if (selected.size() != 1)
        return false;
    PersonDialog dialog(m_database, selected.front(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_model->reload();
    // Keep the edited person selected when they are still on the first page of matches.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->person(row)->id == dialog.person().id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
    return true;
}

void PeoplePanel::applySearch()
{
    m_searchDelay->stop();
    if (m_search->text().trimmed() != m_model->filter())
        m_model->setFilter(m_search->text());
}

} // namespace pcs::gui
