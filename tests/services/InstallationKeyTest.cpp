// The PIN key: made once with a mode only its owner can read, read back the same, never replaced
// when damaged, and refused when it is not a plain file.
#include "pcs/services/InstallationKey.h"
#include "pcs/storage/LearnerPinStore.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pcs;
namespace test = pcs::test;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString& path, const QByteArray& bytes, QFile::Permissions permissions)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    REQUIRE(file.setPermissions(permissions));
}

} // namespace

TEST_CASE("The PIN key is made once as 0600 in a 0700 folder and read back the same")
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("config/pcs-studio"));
    const QString path = QDir(folder).filePath(QStringLiteral("pin.key"));
    const auto made = services::InstallationKey::loadOrCreate(path);
    REQUIRE(made);
    CHECK(made->size() == storage::LearnerPinStore::kInstallationKeyBytes);
    CHECK(test::fileMode(path) == 0600);
    CHECK(test::fileMode(folder) == 0700);
    const QByteArray text = bytesOf(path);
    CHECK(text == made->toHex() + '\n');

    const auto again = services::InstallationKey::loadOrCreate(path);
    REQUIRE(again);
    CHECK(*again == *made);
    CHECK(bytesOf(path) == text);

    // Two installations get two keys.
    const auto other = services::InstallationKey::loadOrCreate(home.filePath(QStringLiteral("other.key")));
    REQUIRE(other);
    CHECK(*other != *made);

    REQUIRE(services::InstallationKey::install(path));
    CHECK(storage::LearnerPinStore::hasInstallationKey());
}

TEST_CASE("A PIN key others can read is tightened to 0600")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("pin.key"));
    const QByteArray key(32, '\x5a');
    write(
        path, key.toHex() + '\n', QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const auto loaded = services::InstallationKey::loadOrCreate(path);
    REQUIRE(loaded);
    CHECK(*loaded == key);
    CHECK(test::fileMode(path) == 0600);
}

TEST_CASE("A damaged PIN key is reported and never replaced")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("pin.key"));
    for (const QByteArray& damaged : {QByteArray("0123456789abcdef\n"), QByteArray(64, 'z'),
             QByteArray(QByteArray(32, '\x5a').toHex() + "00"), QByteArray()}) {
        INFO(damaged.toStdString());
        write(path, damaged, QFile::ReadOwner | QFile::WriteOwner);
        const auto loaded = services::InstallationKey::loadOrCreate(path);
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(loaded.error().message.contains(QStringLiteral("damaged")));
        CHECK(bytesOf(path) == damaged);
    }
}

TEST_CASE("A PIN key that is a link or a folder is refused")
{
    QTemporaryDir home;
    const QString real = home.filePath(QStringLiteral("real.key"));
    REQUIRE(services::InstallationKey::loadOrCreate(real));
    const QString link = home.filePath(QStringLiteral("link.key"));
    REQUIRE(QFile::link(real, link));
    const auto linked = services::InstallationKey::loadOrCreate(link);
    REQUIRE_FALSE(linked);
    CHECK(linked.error().message.contains(QStringLiteral("not a regular file")));

    const QString folder = home.filePath(QStringLiteral("folder.key"));
    REQUIRE(QDir().mkpath(folder));
    CHECK_FALSE(services::InstallationKey::loadOrCreate(folder));
}
