#pragma once

class QApplication;
class QCoreApplication;

namespace pcs::app {

// SIGTERM, SIGINT and SIGHUP (a logout, kill, Ctrl+C in a terminal) quit the event loop, so the
// window closes normally: the database is closed cleanly and its lock file removed.
void quitOnTerminationSignals(QCoreApplication& application);

// Ends the program's event loops as a termination signal does: visible dialogs are rejected, so
// that a modal exec() (the sign-in before the main loop starts, a form during it) returns; then the
// main loop ends with status 0, even under a window that refuses to close (the kiosk).
void endEventLoops(QCoreApplication& application);

} // namespace pcs::app
