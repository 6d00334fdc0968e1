#pragma once

#include <QCoreApplication>

class QWidget;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// File > Import Curriculum Package…: choose a folder, see every problem or every change, confirm,
// import as a new version.
class CurriculumImporter
{
    Q_DECLARE_TR_FUNCTIONS(pcs::gui::CurriculumImporter)

public:
    // True when a new version was imported (the caller shows it).
    static bool run(storage::Database& database, QWidget* parent);
};

} // namespace pcs::gui
