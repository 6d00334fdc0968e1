#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

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

} // namespace pcs::app
