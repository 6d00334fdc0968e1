#include "DeliveryCommands.h"

#include "CommandSupport.h"

#include "pcs/services/CohortFiles.h"

#include "pcs/exchange/RosterCsv.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace pcs::app {
namespace {

std::unique_ptr<storage::Database> openOrReport(const QString& path, bool readOnly, QTextStream& err)
{
    storage::OpenOptions options;
    options.readOnly = readOnly;
    options.createIfMissing = false;
    auto database = storage::Database::open(path, options);
    if (!database) {
        err << database.error().message << '\n';
        return nullptr;
    }
    return std::move(*database);
}

std::optional<Cohort> cohortOrReport(storage::Database& database, const QString& cohortId, QTextStream& err)
{
    if (cohortId.isEmpty()) {
        err << DeliveryCommands::tr("Say which cohort: --cohort ID (see pcs-studio cohort list).") << '\n';
        return std::nullopt;
    }
    const auto cohort = storage::CohortStore(database).byId(cohortId);
    if (!cohort) {
        err << cohort.error().message << '\n';
        return std::nullopt;
    }
    if (!cohort->has_value()) {
        err << DeliveryCommands::tr("There is no cohort %1 in %2.")
                   .arg(cohortId, QDir::toNativeSeparators(database.path()))
            << '\n';
        return std::nullopt;
    }
    return **cohort;
}

// The database opened read-only and the cohort in it; no cohort (and a message on err) on failure.
std::pair<std::unique_ptr<storage::Database>, std::optional<Cohort>> openCohortForReading(
    const QString& databasePath, const QString& cohortId, QTextStream& err)
{
    auto database = openOrReport(databasePath, true, err);
    if (!database)
        return {nullptr, std::nullopt};
    auto cohort = cohortOrReport(*database, cohortId, err);
    return {std::move(database), std::move(cohort)};
}

bool saveFile(const QString& target, const QByteArray& bytes, QTextStream& err)
{
    const auto saved = services::CohortFiles::save(target, bytes);
    if (!saved)
        err << saved.error().message << '\n';
    return saved.has_value();
}

} // namespace

int DeliveryCommands::listCohorts(const QString& databasePath, bool json, QTextStream& out, QTextStream& err)
{
    auto database = openOrReport(databasePath, true, err);
    if (!database)
        return 1;
    const auto cohorts = storage::CohortStore(*database).list();
    if (!cohorts) {
        err << cohorts.error().message << '\n';
        return 1;
    }
    if (json) {
        QJsonArray list;
        for (const auto& cohort : *cohorts)
            list.append(QJsonObject{{QStringLiteral("id"), cohort.id},
                {QStringLiteral("program"), cohort.programId}, {QStringLiteral("title"), cohort.title},
                {QStringLiteral("start"), cohort.startDate.toString(Qt::ISODate)},
                {QStringLiteral("status"), cohortStatusKey(cohort.status)},
                {QStringLiteral("learners"), cohort.learners},
                {QStringLiteral("sessions"), cohort.sessions}});
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const auto& cohort : *cohorts)
        out << tr("%1  %2  %3  %4, %5 learners, %6 sessions — %7")
                   .arg(cohort.id, cohort.startDate.toString(Qt::ISODate), cohort.programId,
                       cohortStatusKey(cohort.status))
                   .arg(cohort.learners)
                   .arg(cohort.sessions)
                   .arg(cohort.title)
            << '\n';
    return 0;
}

int DeliveryCommands::importRoster(const QString& file, const QString& cohortId, const QString& databasePath,
    bool dryRun, bool json, QTextStream& out, QTextStream& err)
{
    // Streamed within the roster limits; a folder, a device or a pipe is refused before reading.
    const auto read = services::CohortFiles::readRoster(file);
    if (!read) {
        err << read.error().message << '\n';
        return 1;
    }
    const exchange::RosterParse& parsed = *read;
    auto database = openOrReport(databasePath, false, err);
    if (!database)
        return 1;
    const auto cohort = cohortOrReport(*database, cohortId, err);
    if (!cohort)
        return 1;

    int imported = 0;
    if (parsed.problems.empty()) {
        const auto outcome = services::CohortFiles::importRoster(*database, cohort->id, parsed.rows, dryRun);
        if (!outcome) {
            err << outcome.error().message << '\n';
            return 1;
        }
        imported = dryRun ? 0 : outcome->added;
        if (!json)
            out << (dryRun
                    ? tr("Would add %1 learners to “%2” (%3 already on the roster). Nothing was written.")
                    : tr("Added %1 learners to “%2” (%3 already on the roster)."))
                       .arg(outcome->added)
                       .arg(cohort->title)
                       .arg(outcome->alreadyOnRoster)
                << '\n';
    }
    if (json) {
        QJsonArray rows;
        for (const auto& row : parsed.rows)
            rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                {QStringLiteral("first_name"), row.firstName}, {QStringLiteral("last_name"), row.lastName},
                {QStringLiteral("email"), row.email}, {QStringLiteral("organization"), row.organization},
                {QStringLiteral("preferred_language"), row.preferredLanguage}});
        QJsonArray errors;
        for (const auto& problem : parsed.problems)
            errors.append(QJsonObject{
                {QStringLiteral("line"), problem.line}, {QStringLiteral("message"), problem.message}});
        out << QString::fromUtf8(QJsonDocument(
            QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("errors"), errors},
                {QStringLiteral("imported"),
                    imported}}).toJson(QJsonDocument::Indented));
    }
    if (!parsed.problems.empty()) {
        if (!json)
            for (const auto& problem : parsed.problems)
                err << QDir::toNativeSeparators(file) << u':' << problem.line << QStringLiteral(": ")
                    << problem.message << '\n';
        err << tr("Lines with problems in %1: %2; nothing was imported.")
                   .arg(QDir::toNativeSeparators(file))
                   .arg(parsed.problems.size())
            << '\n';
        return 1;
    }
    return 0;
}

int DeliveryCommands::exportRoster(const QString& cohortId, const QString& target,
    const QString& databasePath, QTextStream& out, QTextStream& err)
{
    if (target.isEmpty()) {
        err << tr("Say where the roster goes: --out FILE.csv") << '\n';
        return 2;
    }
    auto [database, cohort] = openCohortForReading(databasePath, cohortId, err);
    if (!cohort)
        return 1;
    int learners = 0;
    const auto csv = services::CohortFiles::rosterCsv(*database, cohort->id, &learners);
    if (!csv) {
        err << csv.error().message << '\n';
        return 1;
    }
    if (!CommandSupport::recordExport(databasePath, QStringLiteral("roster"), cohort->id, target, err)
        || !saveFile(target, *csv, err))
        return 1;
    out << tr("Wrote %1 learners of “%2” to %3")
               .arg(learners)
               .arg(cohort->title, QDir::toNativeSeparators(target))
        << '\n';
    return 0;
}

int DeliveryCommands::exportSchedule(const QString& cohortId, const QString& target,
    const QString& databasePath, const QString& language, QTextStream& out, QTextStream& err)
{
    if (target.isEmpty()) {
        err << tr("Say where the schedule goes: --out FILE.ics") << '\n';
        return 2;
    }
    auto [database, cohort] = openCohortForReading(databasePath, cohortId, err);
    if (!cohort)
        return 1;
    const auto ics
        = services::CohortFiles::scheduleIcs(*database, *cohort, language, QDateTime::currentDateTimeUtc());
    if (!ics) {
        err << ics.error().message << '\n';
        return 1;
    }
    if (!CommandSupport::recordExport(databasePath, QStringLiteral("schedule"), cohort->id, target, err)
        || !saveFile(target, *ics, err))
        return 1;
    out << tr("Wrote %1 sessions of “%2” to %3")
               .arg(cohort->sessions.size())
               .arg(cohort->title, QDir::toNativeSeparators(target))
        << '\n';
    return 0;
}

} // namespace pcs::app
