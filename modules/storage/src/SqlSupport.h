#pragma once

#include "pcs/domain/Error.h"
#include "pcs/storage/Database.h"

#include <QString>
#include <QStringList>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <functional>
#include <memory>

namespace pcs::storage {

// Turns what SQLite threw into an Error a person can read: what we were doing, on which file,
// and why (disk full, locked, damaged, ...). Exceptions never leave the storage module.
Error toError(const SQLite::Exception& e, const QString& action, const QString& path);
Error toError(const std::exception& e, const QString& action, const QString& path);

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT. Anything thrown rolls the transaction back and
// comes back as an Error; success means COMMIT returned.
Result<void> writeTransaction(
    SQLite::Database& db, const QString& action, const std::function<void(SQLite::Database&)>& body);

// Rows of PRAGMA quick_check: {"ok"} when healthy.
QStringList quickCheck(SQLite::Database& db);

// Copies `source` to `target` with the SQLite backup API, via a temporary file renamed into place.
Result<void> backupDatabase(
    SQLite::Database& source, const QString& sourcePath, const QString& target, BackupTarget mode);

// A read-only connection that leaves nothing behind: when no write-ahead log exists (no other
// connection has the database open and its last close was clean), the file is opened immutable,
// so SQLite creates no -wal or -shm beside it.
std::unique_ptr<SQLite::Database> openForReading(const QString& path);

QString quoteIdentifier(const QString& name);

} // namespace pcs::storage
