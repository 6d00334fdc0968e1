#pragma once

#include "pcs/domain/delivery/Person.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class PeopleModel;

// Everyone in the database, searched as one types (name or email, case and accents ignored);
// the list is read a page at a time as it scrolls.
class PeoplePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePanel(storage::Database& database, QWidget* parent = nullptr);

    PeopleModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    // The selected people, in list order.
    std::vector<Person> selectedPeople() const;
    // Applies the search text now instead of after the typing pause.
    void applySearch();
    // Adds "New person…" and "Edit person…" buttons (Enter on a row edits it too).
    void enableEditing();
    // Each opens the person form; true when a person was saved.
    bool createPerson();
    bool editSelectedPerson();

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    storage::Database& m_database;
    PeopleModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace pcs::gui
