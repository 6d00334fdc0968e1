#include "WriterLock.h"

#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace pcs::storage {
namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool isOtherHost(const QString& host)
{
    return !host.isEmpty() && host != QSysInfo::machineHostName();
}

// True when the process that wrote a lock is known to have ended: it ran on this computer and its
// process id no longer exists.
bool ownerIsGone(qint64 pid, const QString& host)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || isOtherHost(host))
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    Q_UNUSED(host);
    return false;
#endif
}

Error heldElsewhere(const QString& path, const QLockFile& lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    lock.getLockInfo(&pid, &host, &app);
    const QString lockPath = QFileInfo(lock.fileName()).absoluteFilePath();
    const QDateTime since = QFileInfo(lockPath).lastModified();
    const QString when = since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)
                                         : Database::tr("an unknown time");
    if (isOtherHost(host))
        return Error{ErrorKind::Locked,
            Database::tr("%1 is open in PCS Studio on another computer, %2 (process %3), since %4. "
                         "Close it there first. If that computer no longer uses it (it was switched "
                         "off, or the folder was copied from it), make sure nobody works on this "
                         "database there, then delete %5 and try again. Nothing was written.")
                .arg(shown(path), host)
                .arg(pid)
                .arg(when, shown(lockPath))};
    return Error{ErrorKind::Locked,
        Database::tr("%1 is already open in another PCS Studio (process %2 on %3). "
                     "Close it there first; nothing was written.")
            .arg(shown(path))
            .arg(pid)
            .arg(host.isEmpty() ? Database::tr("this computer") : host)};
}

} // namespace

Result<std::unique_ptr<QLockFile>> takeWriterLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    qint64 ownerPid = 0;
    QString ownerHost;
    QString ownerApp;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&ownerPid, &ownerHost, &ownerApp)) {
        // A lock file that names no owner: its writer died while creating it, or is writing it at
        // this moment. Give a live writer a moment; then the file is stale.
        if (lock->tryLock(250))
            return lock;
        if (!lock->getLockInfo(&ownerPid, &ownerHost, &ownerApp) && lock->removeStaleLockFile()
            && lock->tryLock(0)) {
            log::warning(QStringLiteral("Removed an ownerless lock file beside %1").arg(path));
            return lock;
        }
    }
    if (lock->error() == QLockFile::LockFailedError && ownerIsGone(ownerPid, ownerHost)) {
        // QLockFile can decline a stale lock whose owner died while itself clearing an older one
        // (a leftover .rmlock). The owner is gone from this computer: the lock protects nothing.
        QFile::remove(lock->fileName() + QStringLiteral(".rmlock"));
        if (lock->removeStaleLockFile() && lock->tryLock(0)) {
            log::warning(QStringLiteral("Removed the lock of process %1, which has ended, beside %2")
                             .arg(ownerPid)
                             .arg(path));
            return lock;
        }
    }
    if (lock->error() == QLockFile::LockFailedError)
        return std::unexpected(heldElsewhere(path, *lock));
    return fail(ErrorKind::Io,
        Database::tr("Cannot create the lock file beside %1: the folder "
                     "may be read-only.")
            .arg(shown(path)));
}

} // namespace pcs::storage
