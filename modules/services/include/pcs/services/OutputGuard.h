#pragma once

#include "pcs/domain/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pcs::services {

// Keeps a file a user asked for (an export, a report, a copy) from landing on the database it is
// made from: the database file, its -wal, -shm, -journal and .lock files, whether named directly,
// through a symbolic link (followed to the end, dangling or not) or through a hard link; and its
// backups: the copy made beside it before an upgrade, and the hidden .part file of a backup being
// written.
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::OutputGuard)

public:
    // The files of the database at `databasePath` that nothing else may overwrite.
    static QStringList protectedFiles(const QString& databasePath);
    // An error naming `target` and the database when writing `target` would replace one of them.
    static Result<void> check(const QString& target, const QString& databasePath);

    // The window protects every database it opens; a file it is asked to save is then checked
    // against all of them (gui::FileDialog::getSaveFileName does, for every save of the window).
    static void protect(const QString& databasePath);
    static Result<void> checkProtected(const QString& target);
};

} // namespace pcs::services
