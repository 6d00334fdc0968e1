#pragma once

#include "pcs/domain/assessment/AssessmentWindow.h"

#include <QString>

class QApplication;

namespace pcs::app {

// How the window modes run, beyond the database.
struct GuiOptions {
    // Exit with status 0 once the first window has been shown and painted (--quit-after-show).
    bool quitAfterShow = false;
};

// Opens the database (a dialog explains any refusal) and runs the main window until it closes.
int runGui(QApplication& application, const QString& databasePath, const GuiOptions& options = {});
// Starts straight into the self-assessment kiosk of the cohort and phase (for a desktop shortcut
// on the shared laptop). When its window is not open yet, a staff member signs in first and it is
// opened for them. Leaving the kiosk with a staff password ends the program.
int runKiosk(QApplication& application, const QString& databasePath, const QString& cohortId,
    AssessmentPhase phase, const GuiOptions& options = {});

} // namespace pcs::app
