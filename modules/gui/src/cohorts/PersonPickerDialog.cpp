#include "PersonPickerDialog.h"

#include "PeoplePanel.h"
#include "PersonDialog.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pcs::gui {

PersonPickerDialog::PersonPickerDialog(storage::Database& database, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("person-picker"));
    setWindowTitle(title);
    resize(720, 480);
    auto* layout = new QVBoxLayout(this);
    m_people = new PeoplePanel(database, this);
    m_people->table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_people, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_pick = buttons->addButton(tr("&Pick"), QDialogButtonBox::AcceptRole);
    m_pick->setObjectName(QStringLiteral("pick-people"));
    m_pick->setEnabled(false);
    QPushButton* create = buttons->addButton(tr("&New person…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("new-person"));
    create->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PersonPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonPickerDialog::reject);
    connect(create, &QPushButton::clicked, this, &PersonPickerDialog::createPerson);
    connect(m_people->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_pick->setEnabled(m_people->table()->selectionModel()->hasSelection()); });
    connect(m_people->table(), &QTableView::doubleClicked, this, &PersonPickerDialog::accept);
    m_people->searchEdit()->setFocus();
}

void PersonPickerDialog::createPerson()
{
    PersonDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_picked = {dialog.person()};
    QDialog::accept();
}

void PersonPickerDialog::accept()
{
    m_picked = m_people->selectedPeople();
    if (!m_picked.empty())
        QDialog::accept();
}

} // namespace pcs::gui
