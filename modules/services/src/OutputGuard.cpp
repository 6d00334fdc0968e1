#include "pcs/services/OutputGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

#include <sys/stat.h>

namespace pcs::services {
namespace {

// The absolute, clean path `path` ends at once every symbolic link on the way is followed (the
// file itself may not exist: a dangling link still names where a write would go).
QString resolved(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        const QString next = info.symLinkTarget();
        if (next.isEmpty())
            break;
        current = QFileInfo(next).absoluteFilePath();
    }
    const QFileInfo info(current);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName());
}

struct FileId {
    dev_t device = 0;
    ino_t inode = 0;
};

std::optional<FileId> fileId(const QString& path)
{
    struct stat status {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileId{status.st_dev, status.st_ino};
}

QStringList& protectedDatabases()
{
    static QStringList databases;
    return databases;
}

} // namespace

void OutputGuard::protect(const QString& databasePath)
{
    if (!protectedDatabases().contains(databasePath))
        protectedDatabases() << databasePath;
}

Result<void> OutputGuard::checkProtected(const QString& target)
{
    for (const QString& database : protectedDatabases())
        if (auto allowed = check(target, database); !allowed)
            return allowed;
    return {};
}

QStringList OutputGuard::protectedFiles(const QString& databasePath)
{
    QStringList files;
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"),
             QLatin1String("-journal"), QLatin1String(".lock")})
        files << databasePath + suffix;
    return files;
}

Result<void> OutputGuard::check(const QString& target, const QString& databasePath)
{
    const QString where = resolved(target);
    const auto targetId = fileId(where);
    for (const QString& file : protectedFiles(resolved(databasePath))) {
        const auto id = fileId(file);
        const bool sameFile
            = targetId && id && targetId->device == id->device && targetId->inode == id->inode;
        if (where != file && !sameFile)
            continue;
        const QString shown = QDir::toNativeSeparators(target);
        if (QDir::cleanPath(QFileInfo(target).absoluteFilePath()) == file)
            return fail(ErrorKind::Invalid,
                tr("%1 is a file of the database %2; choose another file to write, nothing was written.")
                    .arg(shown, QDir::toNativeSeparators(databasePath)));
        return fail(ErrorKind::Invalid,
            tr("%1 leads to %3, a file of the database %2; choose another file to write, nothing was "
               "written.")
                .arg(shown, QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(file)));
    }
    // The copies of it: the one made before an upgrade (the only way back to the older version) and
    // the partial file of a backup being written now.
    const QFileInfo database(resolved(databasePath));
    const QFileInfo written(where);
    const QString name = written.fileName();
    static const QRegularExpression partial(
        QStringLiteral(R"(^\..+\.[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\.part$)"));
    const QRegularExpression upgradeCopy(u'^' + QRegularExpression::escape(database.fileName())
        + QStringLiteral(R"(\.v\d+-\d{8}T\d{6}Z\.backup$)"));
    if ((written.absolutePath() == database.absolutePath() && upgradeCopy.match(name).hasMatch())
        || partial.match(name).hasMatch())
        return fail(ErrorKind::Invalid,
            tr("%1 is a backup of the database %2, or one being written; choose another file to write, "
               "nothing was written.")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(databasePath)));
    return {};
}

} // namespace pcs::services
