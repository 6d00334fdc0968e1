#pragma once

#include "pcs/domain/Error.h"

#include <QString>
#include <QStringList>

namespace pcs::storage {

// File modes of the files that hold learner data: the database, its -wal and -shm (SQLite gives
// them the database file's mode), backups and their partial copies are 0600; folders the storage
// creates are 0700. The modes are set explicitly, whatever the process umask.

// Creates the missing folders of `folder`, each 0700. False when one cannot be created.
bool makePrivateFolder(const QString& folder);

// Creates `path` as an empty file, mode 0600; fails when it exists.
Result<void> createPrivateFile(const QString& path);

// What a path is when it is not a regular file (after following links): "a folder", "a device",
// "a named pipe", ...; empty for a regular file or a path that does not exist.
QString nonRegularKind(const QString& path);

// True when the file is read-only: its mode has no u+w, or this process may not write it.
bool ownerCannotWrite(const QString& path);

// On a writable open: the database, -wal and -shm owned by this user become 0600 when they are
// open to group or others, and a -wal or -shm that its owner cannot write (left by an attempt on
// a read-only database) becomes writable again. Each change is logged.
void tightenDatabaseFileModes(const QString& databasePath);

// One line per file (database, -wal, -shm) or folder that group or others may read or write.
QStringList exposureWarnings(const QString& databasePath);

} // namespace pcs::storage
