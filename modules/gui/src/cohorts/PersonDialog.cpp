#include "PersonDialog.h"

#include "pcs/gui/MessageBox.h"
#include "pcs/storage/PeopleStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace pcs::gui {

PersonDialog::PersonDialog(storage::Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("person-dialog"));
    setWindowTitle(tr("New Person"));
    auto* form = new QFormLayout(this);
    const auto field = [this, form](QLineEdit*& edit, const QString& name, const QString& label) {
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(label, edit);
    };
    field(m_firstName, QStringLiteral("first-name"), tr("&First name:"));
    field(m_lastName, QStringLiteral("last-name"), tr("&Last name:"));
    field(m_email, QStringLiteral("email"), tr("&Email (optional):"));
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("organization"));
    m_organization->setAccessibleName(tr("Organization (optional)"));
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->addItem(QString());
    if (const auto organizations = storage::PeopleStore(database).organizations())
        for (const Organization& organization : *organizations)
            m_organization->addItem(organization.name, organization.id);
    form->addRow(tr("&Organization (optional):"), m_organization);
    field(m_role, QStringLiteral("role"), tr("&Role or title (optional):"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("preferred-language"));
    m_language->setAccessibleName(tr("Preferred language"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    form->addRow(tr("Preferred &language:"), m_language);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
}

PersonDialog::PersonDialog(storage::Database& database, const Person& person, QWidget* parent)
    : PersonDialog(database, parent)
{
    setWindowTitle(tr("Person Details"));
    m_person = person;
    m_firstName->setText(person.firstName);
    m_lastName->setText(person.lastName);
    m_email->setText(person.email);
    m_role->setText(person.role);
    const int organization = m_organization->findData(person.organizationId);
    m_organization->setCurrentIndex(person.organizationId.isEmpty() || organization < 0 ? 0 : organization);
    m_language->setCurrentIndex(std::max(0, m_language->findData(person.preferredLanguage)));
}

void PersonDialog::accept()
{
    Person person = m_person; // keeps the id when editing
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.email = m_email->text().trimmed();
    person.role = m_role->text().trimmed();
    person.preferredLanguage = m_language->currentData().toString();
    if (person.firstName.isEmpty() && person.lastName.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Enter a first or a last name."));
        m_firstName->setFocus();
        return;
    }
    storage::PeopleStore store(m_database);
    person.organizationId.clear();
    const QString organization = m_organization->currentText().trimmed();
    if (!organization.isEmpty()) {
        const auto found = store.organization(organization);
        if (!found) {
            MessageBox::warning(this, windowTitle(), found.error().message);
            return;
        }
        person.organizationId = found->id;
    }
    if (person.id.isEmpty()) {
        const auto saved = store.add(person);
        if (!saved) {
            MessageBox::warning(this, windowTitle(), saved.error().message);
            return;
        }
        person = *saved;
    } else if (const auto updated = store.update(person); !updated) {
        MessageBox::warning(this, windowTitle(), updated.error().message);
        return;
    }
    m_person = person;
    QDialog::accept();
}

} // namespace pcs::gui
