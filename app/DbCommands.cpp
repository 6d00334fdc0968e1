#include "DbCommands.h"

#include "pcs/storage/Database.h"
#include "pcs/storage/DatabaseCheck.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

namespace pcs::app {
namespace {

QJsonObject toJson(const storage::DatabaseCheck& report)
{
    QJsonObject tables;
    for (const auto& table : report.tables)
        tables.insert(table.table, table.rows);
    return QJsonObject{
        {QStringLiteral("path"), report.path},
        {QStringLiteral("healthy"), report.healthy()},
        {QStringLiteral("schema_version"), report.schemaVersion},
        {QStringLiteral("latest_schema_version"), report.latestSchemaVersion},
        {QStringLiteral("quick_check"), QJsonArray::fromStringList(report.quickCheck)},
        {QStringLiteral("journal_mode"), report.journalMode},
        {QStringLiteral("page_size"), report.pageSize},
        {QStringLiteral("page_count"), report.pageCount},
        {QStringLiteral("sqlite_version"), report.sqliteVersion},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("curriculum_versions_checked"), report.curriculumVersions},
        {QStringLiteral("audit_chain"),
            !report.auditChained               ? QStringLiteral("not-chained")
                : report.firstBrokenAuditEntry ? QStringLiteral("broken")
                                               : QStringLiteral("intact")},
        {QStringLiteral("first_broken_audit_entry"),
            report.firstBrokenAuditEntry ? QJsonValue(double(*report.firstBrokenAuditEntry)) : QJsonValue()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

void printText(const storage::DatabaseCheck& report, QTextStream& out)
{
    out << DbCommands::tr("Database:       %1").arg(QDir::toNativeSeparators(report.path)) << '\n';
    QString version = DbCommands::tr("Schema version: %1 (this build: %2)")
                          .arg(report.schemaVersion)
                          .arg(report.latestSchemaVersion);
    if (report.schemaVersion < report.latestSchemaVersion)
        version += u' ' + DbCommands::tr("— upgraded when PCS Studio next opens it");
    out << version << '\n';
    out << DbCommands::tr("SQLite:         %1, %2 pages of %3 bytes, journal mode %4")
               .arg(report.sqliteVersion)
               .arg(report.pageCount)
               .arg(report.pageSize)
               .arg(report.journalMode)
        << '\n';
    out << DbCommands::tr("Quick check:    %1")
               .arg(report.quickCheck.join(QStringLiteral("\n                ")))
        << '\n';
    out << DbCommands::tr("Curriculum:     stored versions checked: %n", nullptr, report.curriculumVersions)
        << '\n';
    QString chain = DbCommands::tr("not chained yet (chained when PCS Studio next opens it)");
    if (report.auditChained)
        chain = report.firstBrokenAuditEntry
            ? DbCommands::tr("broken at entry %1").arg(*report.firstBrokenAuditEntry)
            : DbCommands::tr("hash chain intact");
    out << DbCommands::tr("Audit log:      %1").arg(chain) << '\n';
    out << DbCommands::tr("Rows per table:") << '\n';
    qsizetype width = 0;
    for (const auto& table : report.tables)
        width = qMax(width, table.table.size());
    for (const auto& table : report.tables)
        out << QStringLiteral("  %1  %2\n").arg(table.table, -int(width)).arg(table.rows, 10);
}

} // namespace

int DbCommands::check(const QString& databasePath, bool json, QTextStream& out, QTextStream& err)
{
    const auto report = storage::checkDatabase(databasePath);
    if (!report) {
        err << report.error().message << '\n';
        return 1;
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(toJson(*report)).toJson(QJsonDocument::Indented));
    else
        printText(*report, out);
    for (const QString& warning : report->warnings)
        err << tr("Warning: %1").arg(warning) << '\n';
    if (!report->quickCheckOk())
        err << tr("%1 fails its integrity check: %2")
                   .arg(QDir::toNativeSeparators(report->path), report->quickCheck.value(0))
            << '\n';
    for (const QString& problem : report->problems)
        err << problem << '\n';
    return report->healthy() ? 0 : 1;
}

int DbCommands::backup(const QString& databasePath, const QString& target, QTextStream& out, QTextStream& err)
{
    if (target.isEmpty()) {
        err << tr("Say where the copy goes: pcs-studio db backup --out FILE") << '\n';
        return 2;
    }
    if (auto written = storage::Database::backupFile(databasePath, target); !written) {
        err << written.error().message << '\n';
        return 1;
    }
    out << tr("Backed up %1 to %2")
               .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(target))
        << '\n';
    return 0;
}

} // namespace pcs::app
