#pragma once

#include "pcs/domain/delivery/Person.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// A new person (or the details of one): first and last name (one of them is enough), and only what the work
// needs beyond that: email, organization (chosen or typed), role or title, preferred language.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonDialog(storage::Database& database, QWidget* parent = nullptr);
    // Edits `person` instead: accepting saves the changes to it.
    PersonDialog(storage::Database& database, const Person& person, QWidget* parent = nullptr);

    // Saves the person (and a typed organization that is new) when the dialog is accepted; the
    // saved person, with its id, is then available here.
    const Person& person() const { return m_person; }
    void accept() override;

    QLineEdit* firstNameEdit() const { return m_firstName; }
    QLineEdit* lastNameEdit() const { return m_lastName; }
    QLineEdit* emailEdit() const { return m_email; }
    QComboBox* organizationBox() const { return m_organization; }

private:
    storage::Database& m_database;
    Person m_person;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_organization = nullptr;
    QLineEdit* m_role = nullptr;
    QComboBox* m_language = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pcs::gui
