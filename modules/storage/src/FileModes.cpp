#include "FileModes.h"

#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pcs::storage {
namespace {

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

} // namespace

bool makePrivateFolder(const QString& folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makePrivateFolder(parent))
        return false;
    if (::mkdir(native(absolute).constData(), 0700) == 0) {
        // mkdir applies the umask; the mode is meant, not merely allowed.
        ::chmod(native(absolute).constData(), 0700);
        return true;
    }
    return errno == EEXIST && QFileInfo(absolute).isDir();
}

Result<void> createPrivateFile(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorKind::Io,
            Database::tr("Cannot create %1: %2.")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    ::fchmod(fd, 0600);
    ::close(fd);
    return {};
}

QString nonRegularKind(const QString& path)
{
    struct stat st = {};
    if (::stat(native(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    if (S_ISDIR(st.st_mode))
        return Database::tr("a folder");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Database::tr("a device");
    if (S_ISFIFO(st.st_mode))
        return Database::tr("a named pipe");
    if (S_ISSOCK(st.st_mode))
        return Database::tr("a socket");
    return Database::tr("not a regular file");
}

bool ownerCannotWrite(const QString& path)
{
    struct stat st = {};
    if (::stat(native(path).constData(), &st) != 0)
        return false;
    // The mode bit too: root may write any file, yet a file made read-only is meant to stay so.
    return (st.st_mode & S_IWUSR) == 0 || ::access(native(path).constData(), W_OK) != 0;
}

void tightenDatabaseFileModes(const QString& databasePath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = databasePath + suffix;
        struct stat st = {};
        if (::lstat(native(path).constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
            continue;
        const mode_t mode = st.st_mode & 07777;
        const bool exposed = (mode & 077) != 0;
        const bool stuck = !suffix.isEmpty() && (mode & 0600) != 0600;
        if (!exposed && !stuck)
            continue;
        if (::chmod(native(path).constData(), 0600) == 0)
            log::warning(QStringLiteral("Changed the mode of %1 from %2 to 0600").arg(path, octal(mode)));
        else
            log::warning(QStringLiteral("Cannot change the mode of %1 (%2): %3")
                             .arg(path, octal(mode), QString::fromLocal8Bit(std::strerror(errno))));
    }
}

QStringList exposureWarnings(const QString& databasePath)
{
    QStringList warnings;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        struct stat st = {};
        const QString path = databasePath + suffix;
        if (::stat(native(path).constData(), &st) == 0 && (st.st_mode & 077) != 0)
            warnings << Database::tr("%1 can be read or written by other accounts (mode %2); make it "
                                     "private with: chmod 600 %1")
                            .arg(QDir::toNativeSeparators(path), octal(st.st_mode));
    }
    const QString folder = QFileInfo(databasePath).absolutePath();
    struct stat st = {};
    if (::stat(native(folder).constData(), &st) == 0 && (st.st_mode & 077) != 0)
        warnings << Database::tr("The folder %1 can be read or entered by other accounts (mode %2); make "
                                 "it private with: chmod 700 %1")
                        .arg(QDir::toNativeSeparators(folder), octal(st.st_mode));
    return warnings;
}

} // namespace pcs::storage
