#include "StorageTestSupport.h"

#include "pcs/storage/AuditLogStore.h"

#include <catch2/catch.hpp>

#include <vector>

namespace pcs::test {

std::unique_ptr<storage::Database> openOrFail(const QString& path, const storage::OpenOptions& options)
{
    auto opened = storage::Database::open(path, options);
    if (!opened)
        FAIL("open failed: " << opened.error().message.toStdString());
    return std::move(*opened);
}

std::unique_ptr<SQLite::Database> rawConnection(const QString& path, bool writable)
{
    return std::make_unique<SQLite::Database>(
        path.toStdString(), writable ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY);
}

QString makeDatabaseWithRows(const QTemporaryDir& dir, const QString& name, int auditRows)
{
    const QString path = dir.filePath(name);
    auto database = openOrFail(path);
    storage::AuditLogStore audit(*database);
    std::vector<AuditEntry> entries;
    for (int i = 0; i < auditRows; ++i)
        entries.push_back({0, {}, QStringLiteral("tester"), QStringLiteral("test.row"), QString::number(i),
            QStringLiteral("padding to fill pages ").repeated(8)});
    REQUIRE(audit.append(entries).has_value());
    return path;
}

void makeForeignSqliteFile(const QString& path, int applicationId, int userVersion)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)");
    db.exec("INSERT INTO notes(body) VALUES ('someone else''s data')");
    db.exec("PRAGMA application_id = " + std::to_string(applicationId));
    db.exec("PRAGMA user_version = " + std::to_string(userVersion));
}

} // namespace pcs::test
