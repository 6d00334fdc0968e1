#pragma once

#include "pcs/storage/Database.h"

#include <memory>

class QWidget;

namespace pcs::gui {

// Opens the database for the GUI. On failure shows a dialog that names the file and the problem
// and returns null; the file is left as it was.
std::unique_ptr<storage::Database> openDatabaseOrExplain(const QString& path, QWidget* parent = nullptr);

} // namespace pcs::gui
