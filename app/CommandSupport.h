#pragma once

#include "pcs/storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextStream;

namespace pcs::app {

// What every command that reads or writes a database does the same way.
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::CommandSupport)

public:
    // The database at `path` (never created); nullptr and the reason on `err` when it cannot be opened.
    static std::unique_ptr<storage::Database> open(const QString& path, bool readOnly, QTextStream& err);
    // False and a message on `err` when `cohortId` is empty or names no cohort of the database.
    static bool requireCohort(storage::Database& database, const QString& cohortId, QTextStream& err);
    // Records in the audit log (actor "cli") that `subject` is being exported as `what` to `target`,
    // through a short writable connection, before the file is written; false and the reason on
    // `err` when it cannot be recorded, and then nothing is to be written.
    static bool recordExport(const QString& databasePath, const QString& what, const QString& subject,
        const QString& target, QTextStream& err);
    // Writes through QSaveFile; false and the reason on `err` when it cannot.
    static bool save(const QString& target, const QByteArray& bytes, QTextStream& err);
};

} // namespace pcs::app
