#include "pcs/services/InstallationKey.h"

#include "pcs/log/Log.h"
#include "pcs/storage/LearnerPinStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <array>

namespace pcs::services {
namespace {

constexpr int kKeyBytes = storage::LearnerPinStore::kInstallationKeyBytes;
constexpr qint64 kKeyFileLimit = 4096; // a key file is 65 bytes; anything far larger is not one
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Result<QByteArray> readKey(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return fail(ErrorKind::Invalid,
            InstallationKey::tr(
                "%1 is a link or not a regular file, so it cannot be the PIN key. Move it away and "
                "start PCS Studio again (PINs set before then must be set again).")
                .arg(shown(path)));
    QFile file(path);
    if (info.size() > kKeyFileLimit || !file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io,
            InstallationKey::tr("Cannot read the PIN key %1 (%2).")
                .arg(shown(path),
                    info.size() > kKeyFileLimit ? InstallationKey::tr("far too large") : file.errorString()));
    const QByteArray text = file.readAll().trimmed();
    const QByteArray key = QByteArray::fromHex(text);
    if (text.size() != 2 * kKeyBytes || key.size() != kKeyBytes || key.toHex() != text.toLower())
        return fail(ErrorKind::Corrupt,
            InstallationKey::tr("The PIN key %1 is damaged (it should hold %2 hexadecimal digits). Restore "
                                "it from a backup of this computer's settings, or remove it to make a new "
                                "one: then every learner PIN must be set again.")
                .arg(shown(path))
                .arg(2 * kKeyBytes));
    if ((file.permissions() & kOthers) != 0) {
        if (file.setPermissions(kOwnerOnly))
            log::warning(QStringLiteral("The PIN key %1 was readable by others; it is 0600 now").arg(path));
        else
            log::warning(
                QStringLiteral("The PIN key %1 is readable by others and could not be made 0600").arg(path));
    }
    return key;
}

Result<QByteArray> createKey(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(ErrorKind::Io, InstallationKey::tr("Cannot create the folder %1.").arg(shown(folder)));
    QFile::setPermissions(folder, kOwnerFolder);
    std::array<quint32, kKeyBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray key(reinterpret_cast<const char*>(words.data()), kKeyBytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)
        || file.write(key.toHex() + '\n') != 2 * kKeyBytes + 1 || !file.commit())
        return fail(ErrorKind::Io,
            InstallationKey::tr("Cannot write the PIN key %1 (%2).").arg(shown(path), file.errorString()));
    log::info(QStringLiteral("Made a new PIN key at %1").arg(path));
    return key;
}

} // namespace

QString InstallationKey::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("pin.key"));
}

Result<QByteArray> InstallationKey::loadOrCreate(const QString& requestedPath)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return readKey(path);
    return createKey(path);
}

Result<void> InstallationKey::install(const QString& path)
{
    auto key = loadOrCreate(path);
    if (!key)
        return std::unexpected(key.error());
    if (!storage::LearnerPinStore::setInstallationKey(*key))
        return fail(ErrorKind::Corrupt, tr("The PIN key %1 has the wrong size.").arg(shown(path)));
    return {};
}

} // namespace pcs::services
