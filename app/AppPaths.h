#pragma once

#include <QString>

namespace pcs::app {

// Sets the application name the standard locations derive from. Call right after creating the
// Q(Core)Application.
void configureApplicationIdentity();

// <AppDataLocation>/pcs-studio.sqlite, e.g. ~/.local/share/pcs-studio/pcs-studio.sqlite
QString defaultDatabasePath();
// <AppDataLocation>/logs, holding pcs-studio.log and its rotations
QString logDirectory();

} // namespace pcs::app
