// `db check` (checkDatabase) and every open agree: a file is called healthy only when every open
// accepts it and its curriculum loads.

#include "CurriculumFixture.h"
#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/DatabaseCheck.h"
#include "pcs/storage/Migration.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <random>
#include <sys/stat.h>

using namespace pcs;
using namespace pcs::test;

namespace {

QString makeCurriculumDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString path = makeDatabaseWithRows(dir, name, 20);
    auto database = openOrFail(path);
    storage::CurriculumStore store(*database);
    REQUIRE(store.import(smallCurriculum(1, 6000)).has_value());
    REQUIRE(store.import(smallCurriculum(2, 9000)).has_value());
    return path;
}

void setUserVersionInHeader(const QString& path, quint32 version)
{
    QByteArray bytes = readFile(path);
    REQUIRE(bytes.size() > 100);
    for (int i = 0; i < 4; ++i)
        bytes[60 + i] = char((version >> (24 - 8 * i)) & 0xff);
    writeFile(path, bytes);
}

// What a person would do with the file after `db check` said it is healthy: open it for reading,
// read every curriculum version, open it for writing.
bool everyOpenReadsTheCurriculum(const QString& path, QString* why)
{
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    for (const bool writable : {false, true}) {
        auto opened = storage::Database::open(path, writable ? storage::OpenOptions{} : readOnly);
        if (!opened) {
            *why = opened.error().message;
            return false;
        }
        storage::CurriculumStore store(**opened);
        auto versions = store.versions();
        if (!versions) {
            *why = versions.error().message;
            return false;
        }
        for (const auto& version : *versions) {
            auto loaded = store.byVersionId(version.versionId);
            if (!loaded || !*loaded) {
                *why = loaded ? QStringLiteral("version %1 missing").arg(version.versionId)
                              : loaded.error().message;
                return false;
            }
        }
    }
    return true;
}

} // namespace

TEST_CASE("Devices pipes and folders are refused by every open and by db check")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = dir.filePath(QStringLiteral("folder.sqlite"));
    REQUIRE(QDir().mkpath(folder));
    for (const QString& path : {QStringLiteral("/dev/null"), QStringLiteral("/dev/zero"),
             QStringLiteral("/dev/full"), fifo, folder}) {
        INFO(path.toStdString());
        auto checked = storage::checkDatabase(path);
        REQUIRE_FALSE(checked.has_value());
        CHECK(checked.error().message.contains(path));
        CHECK(checked.error().message.contains(QStringLiteral("not a database file")));
        storage::OpenOptions readOnly;
        readOnly.readOnly = true;
        for (const auto& options : {storage::OpenOptions{}, readOnly}) {
            auto opened = storage::Database::open(path, options);
            REQUIRE_FALSE(opened.has_value());
            CHECK(opened.error().message.contains(path));
            CHECK(opened.error().message.contains(QStringLiteral("not a database file")));
        }
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    CHECK(folderEntries(dir.path())
        == QStringList{QStringLiteral("folder.sqlite"), QStringLiteral("pipe.sqlite")});
}

TEST_CASE("A damaged schema version in the header is refused by every open and by db check")
{
    QTemporaryDir dir;
    const QString path = makeCurriculumDatabase(dir, QStringLiteral("version.sqlite"));
    const quint32 damaged = GENERATE(quint32(3), quint32(0), quint32(0xfffffff9));
    setUserVersionInHeader(path, damaged);
    const QByteArray before = fileChecksum(path);
    const QStringList entries = folderEntries(dir.path());

    auto checked = storage::checkDatabase(path);
    REQUIRE_FALSE(checked.has_value());
    CHECK(checked.error().kind == ErrorKind::Corrupt);
    CHECK(checked.error().message.contains(QStringLiteral("version.sqlite")));
    CHECK(checked.error().message.contains(QStringLiteral("schema version")));

    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    for (const auto& options : {storage::OpenOptions{}, readOnly}) {
        auto opened = storage::Database::open(path, options);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().kind == ErrorKind::Corrupt);
    }
    // Refused before anything was written: no upgrade backup, no -wal, the file as it was.
    CHECK(fileChecksum(path) == before);
    CHECK(folderEntries(dir.path()) == entries);
}

TEST_CASE("After random damage db check calls a file healthy only when every open reads its curriculum")
{
    QTemporaryDir dir;
    const QString original = makeCurriculumDatabase(dir, QStringLiteral("original.sqlite"));
    const QByteArray pristine = readFile(original);
    REQUIRE(storage::checkDatabase(original).value().healthy());
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));

    std::mt19937 random(20261203);
    std::uniform_int_distribution<qsizetype> offset(0, pristine.size() - 1);
    std::uniform_int_distribution<int> bit(0, 7);
    int unhealthy = 0;
    const int flips = 300;
    for (int i = 0; i < flips; ++i) {
        for (const char* suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(path + QString::fromLatin1(suffix));
        QByteArray bytes = pristine;
        const qsizetype at = offset(random);
        bytes[at] = char(bytes[at] ^ (1 << bit(random)));
        writeFile(path, bytes);
        auto report = storage::checkDatabase(path);
        if (!report || !report->healthy()) {
            ++unhealthy;
            continue;
        }
        QString why;
        const bool readable = everyOpenReadsTheCurriculum(path, &why);
        INFO("flip " << i << " at byte " << at << ": " << why.toStdString());
        CHECK(readable);
    }
    // The damage is found, not just absent: many flips land in the curriculum content.
    WARN("db check found " << unhealthy << " of " << flips << " one-bit flips");
    CHECK(unhealthy > 0);
}
