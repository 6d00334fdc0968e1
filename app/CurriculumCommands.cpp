#include "CurriculumCommands.h"

#include "pcs/curriculum/PackageLoader.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace pcs::app {
namespace {

std::optional<CurriculumPackage> loadOrReport(const QString& directory, QTextStream& err)
{
    auto loaded = curriculum::PackageLoader::load(directory);
    if (loaded)
        return std::move(*loaded);
    for (const curriculum::Problem& problem : loaded.error())
        err << problem.toString() << '\n';
    err << CurriculumCommands::tr("Problems in %1: %2; nothing was imported.")
               .arg(QDir::toNativeSeparators(directory))
               .arg(loaded.error().size())
        << '\n';
    return std::nullopt;
}

QString summary(const CurriculumPackage& package)
{
    return CurriculumCommands::tr("%1 version %2: %3 programs, %4 topics, %5 tools, %6 self-assessment items")
        .arg(package.id)
        .arg(package.version)
        .arg(package.programs.size())
        .arg(package.topics.size())
        .arg(package.tools.size())
        .arg(package.assessment.items.size());
}

} // namespace

int CurriculumCommands::validate(const QString& directory, QTextStream& out, QTextStream& err)
{
    const auto package = loadOrReport(directory, err);
    if (!package)
        return 1;
    out << tr("Valid: %1").arg(summary(*package)) << '\n';
    return 0;
}

int CurriculumCommands::import(
    const QString& directory, const QString& databasePath, bool dryRun, QTextStream& out, QTextStream& err)
{
    const auto package = loadOrReport(directory, err);
    if (!package)
        return 1;
    auto database = storage::Database::open(databasePath);
    if (!database) {
        err << database.error().message << '\n';
        return 1;
    }
    storage::CurriculumStore store(**database);
    const auto outcome = dryRun ? store.preview(*package) : store.import(*package);
    if (!outcome) {
        err << outcome.error().message << '\n';
        return 1;
    }
    if (outcome->alreadyImported) {
        out << tr("%1 version %2 is already imported; nothing changed.")
                   .arg(package->id)
                   .arg(package->version)
            << '\n';
        return 0;
    }
    if (dryRun)
        out << tr("Would import %1 (installed version: %2). Nothing was written.")
                   .arg(summary(*package))
                   .arg(
                       outcome->previousVersion == 0 ? tr("none") : QString::number(outcome->previousVersion))
            << '\n';
    else
        out << tr("Imported %1 (previous version: %2).")
                   .arg(summary(*package))
                   .arg(
                       outcome->previousVersion == 0 ? tr("none") : QString::number(outcome->previousVersion))
            << '\n';
    if (outcome->previousVersion != 0) {
        out << tr("Changes (%1):").arg(outcome->changes.size()) << '\n';
        for (const auto& change : outcome->changes)
            out << QStringLiteral("  ") << storage::CurriculumStore::describe(change) << '\n';
    }
    return 0;
}

int CurriculumCommands::list(
    const QString& databasePath, const QString& language, bool json, QTextStream& out, QTextStream& err)
{
    storage::OpenOptions options;
    options.readOnly = true;
    auto database = storage::Database::open(databasePath, options);
    if (!database) {
        err << database.error().message << '\n';
        return 1;
    }
    const auto current = storage::CurriculumStore(**database).current();
    if (!current) {
        err << current.error().message << '\n';
        return 1;
    }
    if (!current->has_value()) {
        err << tr("No curriculum has been imported into %1 yet.").arg(QDir::toNativeSeparators(databasePath))
            << '\n';
        return 1;
    }
    const CurriculumPackage& package = **current;
    if (json) {
        QJsonArray programs;
        for (const Program& program : package.programs) {
            programs.append(QJsonObject{{QStringLiteral("id"), program.id},
                {QStringLiteral("title"), program.title.in(language)},
                {QStringLiteral("duration_minutes"), program.recommendedContactMinutes},
                {QStringLiteral("workshops"), qint64(program.workshops.size())},
                {QStringLiteral("topics"), qint64(program.topics.size())},
                {QStringLiteral("items"),
                    qint64(package.assessment.itemsFor(program.id, program.topics).size())}});
        }
        QJsonArray tools;
        for (const MicroCoachingTool& tool : package.tools)
            tools.append(QJsonObject{{QStringLiteral("id"), tool.id}, {QStringLiteral("number"), tool.number},
                {QStringLiteral("title"), tool.title.in(language)},
                {QStringLiteral("prompts"), qint64(tool.prompts.size())}});
        const QJsonObject root{{QStringLiteral("package"), package.id},
            {QStringLiteral("version"), package.version}, {QStringLiteral("programs"), programs},
            {QStringLiteral("tools"), tools}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << package.title.in(language) << QStringLiteral(" — ") << summary(package) << '\n';
    out << tr("Programs:") << '\n';
    for (const Program& program : package.programs)
        out << QStringLiteral("  %1  %2 (%3)\n")
                   .arg(program.id, -14)
                   .arg(program.title.in(language), program.durationLabel.in(language));
    out << tr("MicroCoaching tools:") << '\n';
    for (const MicroCoachingTool& tool : package.tools)
        out << QStringLiteral("  %1. %2\n").arg(tool.number, 2).arg(tool.title.in(language));
    return 0;
}

} // namespace pcs::app
