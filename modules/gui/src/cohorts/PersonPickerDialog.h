#pragma once

#include "pcs/domain/delivery/Person.h"

#include <QDialog>

#include <vector>

class QPushButton;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class PeoplePanel;

// Picks one or more people from everyone in the database (searched as one types), or creates a
// new person on the spot. Enter or double-click picks the selection.
class PersonPickerDialog : public QDialog
{
    Q_OBJECT

public:
    PersonPickerDialog(storage::Database& database, const QString& title, QWidget* parent = nullptr);

    std::vector<Person> picked() const { return m_picked; }
    PeoplePanel* people() const { return m_people; }
    // Opens the new-person form; a person saved there is picked and the dialog accepted.
    void createPerson();
    void accept() override;

private:
    storage::Database& m_database;
    PeoplePanel* m_people = nullptr;
    QPushButton* m_pick = nullptr;
    std::vector<Person> m_picked;
};

} // namespace pcs::gui
