#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace pcs::app {

void configureApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("pcs-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCS_VERSION));
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("pcs-studio.sqlite"));
}

QString logDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

void keepFilesPrivate()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (QFileInfo(data).isDir() && !QFileInfo(data).isSymLink())
        QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace pcs::app
