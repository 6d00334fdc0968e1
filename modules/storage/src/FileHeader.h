#pragma once

#include "pcs/domain/Error.h"

#include <QString>

#include <optional>

namespace pcs::storage {

// The first 100 bytes of an SQLite file, read without SQLite so that a refusal touches nothing.
struct FileHeader {
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // "in-header database size", meaningful when pageCountValid
    bool pageCountValid = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    bool walMode = false; // file format version numbers say WAL
};

// Reads and checks the header of an existing file. std::nullopt for an empty (zero-byte) file,
// which SQLite treats as an empty database. Errors name the file and say what is wrong:
// not an SQLite file, truncated, written by a newer PCS Studio, or belonging to another program.
Result<std::optional<FileHeader>> inspectDatabaseFile(const QString& path, int latestVersion);

} // namespace pcs::storage
