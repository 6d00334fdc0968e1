#pragma once

#include <QString>

class QApplication;

namespace pcs::app {

// Opens the database (a dialog explains any refusal) and runs the main window until it closes.
int runGui(QApplication& application, const QString& databasePath);

} // namespace pcs::app
