#include "pcs/curriculum/PackageLoader.h"

#include "AssessmentParser.h"
#include "FileContext.h"
#include "ManifestParser.h"
#include "PackageIndex.h"
#include "ProgramsParser.h"
#include "SourceFile.h"
#include "TemplatesParser.h"
#include "ToolsParser.h"
#include "TopicsParser.h"

#include <QDir>

#include <algorithm>

namespace pcs::curriculum {

namespace {

const QString kManifest = QStringLiteral("manifest.json");

} // namespace

QString Problem::toString() const
{
    if (line > 0)
        return file + u':' + QString::number(line) + u':' + QString::number(column) + u": " + message;
    if (!fieldPath.isEmpty())
        return file + u": " + fieldPath + u": " + message;
    return file + u": " + message;
}

std::expected<CurriculumPackage, std::vector<Problem>> PackageLoader::load(const QString& directory)
{
    std::vector<Problem> problems;
    const SourceFile::Contents manifestFile = SourceFile::read(directory, kManifest);
    if (manifestFile.access == SourceFile::Access::NotFound) {
        problems.push_back(
            {kManifest, 0, 0, {}, tr("file not found in %1").arg(QDir::toNativeSeparators(directory))});
        return std::unexpected(std::move(problems));
    }
    if (manifestFile.access == SourceFile::Access::Refused) {
        problems.push_back({kManifest, 0, 0, {}, manifestFile.message});
        return std::unexpected(std::move(problems));
    }

    CurriculumPackage package;
    PackageFiles files;
    const std::optional<QJsonObject> manifest
        = SourceFile::parseJson(kManifest, manifestFile.bytes, problems);
    if (!manifest)
        return std::unexpected(std::move(problems));
    {
        FileContext context(kManifest, problems);
        if (!ManifestParser::parse(context, *manifest, package, files))
            return std::unexpected(std::move(problems));
    }

    // Read in dependency order, so that each file's references can be checked against the files
    // already read: topics name tools, programs name topics and tools, items name programs and topics.
    PackageIndex index;
    index.toolsFile = files.tools;
    index.topicsFile = files.topics;
    index.programsFile = files.programs;
    const auto readJson = [&](const QString& file) -> std::optional<QJsonObject> {
        if (file.isEmpty())
            return std::nullopt;
        return SourceFile::readJson(directory, file, problems);
    };

    if (const auto root = readJson(files.tools)) {
        FileContext context(files.tools, problems);
        package.tools = ToolsParser::parse(context, *root, directory, index, problems);
    }
    if (const auto root = readJson(files.topics)) {
        FileContext context(files.topics, problems);
        package.topics = TopicsParser::parse(context, *root, index);
    }
    if (const auto root = readJson(files.programs)) {
        FileContext context(files.programs, problems);
        package.programs = ProgramsParser::parse(context, *root, index);
    }
    if (const auto root = readJson(files.assessment)) {
        FileContext context(files.assessment, problems);
        package.assessment = AssessmentParser::parse(context, *root, index);
    }
    if (const auto root = readJson(files.templates)) {
        FileContext context(files.templates, problems);
        package.templates = TemplatesParser::parse(context, *root);
    }

    if (problems.empty())
        return package;
    std::stable_sort(
        problems.begin(), problems.end(), [](const Problem& a, const Problem& b) { return a.file < b.file; });
    return std::unexpected(std::move(problems));
}

} // namespace pcs::curriculum
