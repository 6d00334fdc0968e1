#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/delivery/Cohort.h"
#include "pcs/domain/delivery/Person.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// A new cohort (program, title, location, start date, facilitators, completion rule; its sessions
// planned from the program's workshops) or the details of an existing one (its program and
// sessions stay; status can change). `language` picks the curriculum text shown.
class CohortDialog : public QDialog
{
    Q_OBJECT

public:
    // New cohort of the package's programs.
    CohortDialog(storage::Database& database, const CurriculumPackage& package, qint64 curriculumVersionId,
        const QString& language, QWidget* parent = nullptr);
    // Details of `cohort`.
    CohortDialog(storage::Database& database, const Cohort& cohort, const Program* program,
        const QString& language, QWidget* parent = nullptr);

    // The cohort as entered: for a new one with its planned sessions, not yet saved.
    Cohort cohort() const;
    void accept() override;

    // Adds people picked in the person picker as facilitators.
    void addFacilitators(const std::vector<Person>& people);

private:
    void build(bool creating);
    void programChanged();
    void suggestTitle();
    void moveFacilitator(int step);
    void updateHints();

    storage::Database& m_database;
    const CurriculumPackage* m_package = nullptr;
    QString m_language;
    Cohort m_cohort;
    bool m_titleEdited = false;
    QComboBox* m_program = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_location = nullptr;
    QDateEdit* m_start = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_completion = nullptr;
    QListWidget* m_facilitators = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace pcs::gui
