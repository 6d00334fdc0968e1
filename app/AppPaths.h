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

// Files and folders this process creates are its user's alone (umask 077: files 0600, folders
// 0700); the data folder, made by an older version perhaps, is made 0700 too. Call first in main.
void keepFilesPrivate();

} // namespace pcs::app
