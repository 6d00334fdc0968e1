#include "SqlSupport.h"

#include "FileModes.h"

#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <sqlite3.h>

#include <filesystem>

namespace pcs::storage {

Error toError(const SQLite::Exception& e, const QString& action, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString detail = QString::fromUtf8(e.getErrorStr());
    const QString what = QString::fromUtf8(e.what());
    ErrorKind kind = ErrorKind::Invalid;
    QString reason;
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_FULL:
        kind = ErrorKind::Io;
        reason = Database::tr("the disk is full, so nothing of it was saved. Free some space and try again");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorKind::Locked;
        reason = Database::tr("another program is using the database");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = ErrorKind::Corrupt;
        reason = Database::tr("the file is damaged (%1)").arg(what);
        break;
    case SQLITE_IOERR:
        kind = ErrorKind::Io;
        reason = Database::tr("the file could not be written or read (%1); the disk may be full, "
                              "removed or failing")
                     .arg(what);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        kind = ErrorKind::Io;
        reason = Database::tr("the system refused access (%1)").arg(what);
        break;
    default:
        reason = what == detail || detail.isEmpty() ? what : what + QStringLiteral(" (") + detail + u')';
        break;
    }
    log::error(QStringLiteral("SQLite error %1 while %2 on %3: %4")
                   .arg(e.getExtendedErrorCode())
                   .arg(action, shown, what));
    return Error{kind, Database::tr("Could not %1 in %2: %3.").arg(action, shown, reason)};
}

Error toError(const std::exception& e, const QString& action, const QString& path)
{
    if (const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e))
        return toError(*sqlite, action, path);
    log::error(QStringLiteral("Error while %1 on %2: %3").arg(action, path, QString::fromUtf8(e.what())));
    return Error{ErrorKind::Invalid,
        Database::tr("Could not %1 in %2: %3.")
            .arg(action, QDir::toNativeSeparators(path), QString::fromUtf8(e.what()))};
}

Result<void> writeTransaction(
    SQLite::Database& db, const QString& action, const std::function<void(SQLite::Database&)>& body)
{
    // Inside Database::transaction(): a savepoint, so that this step can fail alone and the outer
    // transaction decides what commits.
    if (sqlite3_get_autocommit(db.getHandle()) == 0) {
        try {
            db.exec("SAVEPOINT pcs_step");
            try {
                body(db);
            } catch (...) {
                // After a full disk or an I/O error SQLite may have rolled the whole transaction
                // back already; the error that caused it is the one to report, not "no such
                // savepoint".
                if (sqlite3_get_autocommit(db.getHandle()) == 0) {
                    try {
                        db.exec("ROLLBACK TO pcs_step");
                        db.exec("RELEASE pcs_step");
                    } catch (const std::exception& rollback) {
                        log::error(QStringLiteral("Rolling back a step in %1 failed: %2")
                                       .arg(QString::fromStdString(db.getFilename()),
                                           QString::fromUtf8(rollback.what())));
                    }
                }
                throw;
            }
            db.exec("RELEASE pcs_step");
            return {};
        } catch (const std::exception& e) {
            return std::unexpected(toError(e, action, QString::fromStdString(db.getFilename())));
        }
    }
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        body(db);
        transaction.commit();
        return {};
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, action, QString::fromStdString(db.getFilename())));
    }
}

QStringList quickCheck(SQLite::Database& db)
{
    QStringList rows;
    SQLite::Statement query(db, "PRAGMA quick_check");
    while (query.executeStep())
        rows << QString::fromUtf8(query.getColumn(0).getText());
    return rows;
}

Result<void> backupDatabase(
    SQLite::Database& source, const QString& sourcePath, const QString& target, BackupTarget mode)
{
    const QString shownTarget = QDir::toNativeSeparators(target);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath())
        return fail(
            ErrorKind::Invalid, Database::tr("Not backed up: %1 is the database itself.").arg(shownTarget));
    if (mode == BackupTarget::MustNotExist && QFileInfo::exists(target))
        return fail(ErrorKind::Invalid, Database::tr("Not backed up: %1 already exists.").arg(shownTarget));
    const QFileInfo targetInfo(target);
    if (!makePrivateFolder(targetInfo.absolutePath()))
        return fail(ErrorKind::Io,
            Database::tr("Not backed up: cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(targetInfo.absolutePath())));

    try {
        const QStringList check = quickCheck(source);
        if (check != QStringList{QStringLiteral("ok")})
            return fail(ErrorKind::Corrupt,
                Database::tr("Not backed up: %1 fails its integrity check (%2).")
                    .arg(QDir::toNativeSeparators(sourcePath), check.value(0)));
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, Database::tr("check the database before a backup"), sourcePath));
    }

    const QString temporary = targetInfo.absoluteDir().filePath(u'.' + targetInfo.fileName() + u'.'
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".part"));
    // Created 0600 before SQLite opens it: the copy holds the same learner data as the database.
    if (auto created = createPrivateFile(temporary); !created)
        return fail(ErrorKind::Io, Database::tr("Not backed up: %1").arg(created.error().message));
    try {
        {
            SQLite::Database copy(temporary.toStdString(), SQLite::OPEN_READWRITE);
            copy.exec("PRAGMA synchronous=FULL");
            SQLite::Backup backup(copy, source);
            backup.executeStep(-1);
            // The pages arrive as they are, WAL flag included; a backup is one self-contained file.
            copy.exec("PRAGMA journal_mode = DELETE");
        }
        // rename(2) replaces an existing target atomically: it holds the old or the new copy.
        std::error_code renameError;
        std::filesystem::rename(std::filesystem::path(temporary.toStdString()),
            std::filesystem::path(target.toStdString()), renameError);
        if (renameError) {
            QFile::remove(temporary);
            return fail(ErrorKind::Io,
                Database::tr("Not backed up: cannot move the copy to %1 (%2).")
                    .arg(shownTarget, QString::fromStdString(renameError.message())));
        }
    } catch (const std::exception& e) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return std::unexpected(toError(e, Database::tr("write the backup %1").arg(shownTarget), sourcePath));
    }
    log::info(QStringLiteral("Backed up %1 to %2").arg(sourcePath, target));
    return {};
}

std::unique_ptr<SQLite::Database> openForReading(const QString& path)
{
    std::unique_ptr<SQLite::Database> db;
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        db = std::make_unique<SQLite::Database>(path.toStdString(), SQLite::OPEN_READONLY);
    } else {
        const QByteArray uri = QUrl::fromLocalFile(path).toEncoded() + "?immutable=1";
        db = std::make_unique<SQLite::Database>(uri.toStdString(), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    }
    db->setBusyTimeout(5000);
    return db;
}

QString quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace pcs::storage
