#pragma once

class QCoreApplication;

namespace pcs::app {

// SIGTERM, SIGINT and SIGHUP (a logout, kill, Ctrl+C in a terminal) quit the event loop, so the
// window closes normally: the database is closed cleanly and its lock file removed.
void quitOnTerminationSignals(QCoreApplication& application);

} // namespace pcs::app
