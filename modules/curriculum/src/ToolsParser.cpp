#include "ToolsParser.h"

#include "ObjectReader.h"
#include "SourceFile.h"

#include <QHash>

namespace pcs::curriculum {

namespace {

// Reads one job aid; reports a missing file at `path` in tools.json and a bad text under its own name.
QString readJobAid(FileContext& context, const QString& directory, const QString& relativePath,
    const QString& path, std::vector<Problem>& problems)
{
    const SourceFile::Contents file = SourceFile::read(directory, relativePath);
    if (file.access == SourceFile::Access::NotFound) {
        context.report(path, PackageLoader::tr("job aid file \"%1\" not found").arg(relativePath));
        return {};
    }
    if (file.access == SourceFile::Access::Refused) {
        problems.push_back({relativePath, 0, 0, {}, file.message});
        return {};
    }
    if (!SourceFile::checkEncoding(relativePath, file.bytes, problems))
        return {};
    QString text = QString::fromUtf8(file.bytes);
    if (text.trimmed().isEmpty())
        problems.push_back({relativePath, 0, 0, {}, PackageLoader::tr("the file is empty")});
    else if (!text.startsWith(u"# "))
        problems.push_back({relativePath, 1, 1, {},
            PackageLoader::tr("a job aid must start with a level-1 heading (\"# \" and the tool title)")});
    return text;
}

} // namespace

std::vector<MicroCoachingTool> ToolsParser::parse(FileContext& context, const QJsonObject& root,
    const QString& directory, PackageIndex& index, std::vector<Problem>& problems)
{
    std::vector<MicroCoachingTool> tools;
    index.toolIds.emplace();
    const ObjectReader reader(context, root, {}, {u"tools"});
    const auto list = reader.array(u"tools", true);
    if (!list)
        return tools;
    tools.reserve(list->size());
    QHash<int, QString> numbers; // number -> tool id
    int previousNumber = 0;
    bool idsComplete = true;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const ObjectReader tool(context, list->at(i), ObjectReader::indexPath(QStringLiteral("tools"), i),
            {u"id", u"number", u"title", u"summary", u"when_to_use", u"prompts", u"job_aid"});
        if (!tool.isObject()) {
            idsComplete = false;
            continue;
        }
        MicroCoachingTool parsed;
        bool numberIsUnique = true;
        parsed.id = tool.id();
        idsComplete = idsComplete && ObjectReader::isValidId(parsed.id);
        index.toolIds->insert(parsed.id);
        if (const auto number = tool.positiveInteger(u"number")) {
            parsed.number = *number;
            if (numbers.contains(*number)) {
                context.report(tool.pathOf(u"number"),
                    PackageLoader::tr("number %1 is already used by tool \"%2\"")
                        .arg(*number)
                        .arg(numbers.value(*number)));
                numberIsUnique = false;
            } else {
                if (*number < previousNumber)
                    context.report(
                        tool.pathOf(u"number"), PackageLoader::tr("tools must be listed in order of number"));
                numbers.insert(*number, parsed.id);
            }
            previousNumber = std::max(previousNumber, *number);
        }
        parsed.title = tool.text(u"title");
        parsed.summary = tool.text(u"summary");
        parsed.whenToUse = tool.text(u"when_to_use");
        if (const auto prompts = tool.array(u"prompts")) {
            for (qsizetype p = 0; p < prompts->size(); ++p)
                parsed.prompts.push_back(ObjectReader::textValue(
                    context, prompts->at(p), ObjectReader::indexPath(tool.pathOf(u"prompts"), p)));
            if (prompts->size() < kMinimumPrompts)
                context.report(tool.pathOf(u"prompts"),
                    PackageLoader::tr("at least %1 prompts are needed, found %2")
                        .arg(kMinimumPrompts)
                        .arg(prompts->size()));
        }
        if (const auto jobAid = tool.required(u"job_aid")) {
            const ObjectReader paths(context, *jobAid, tool.pathOf(u"job_aid"), {u"en", u"fr"});
            const auto language = [&](QStringView key, QString& target) {
                const auto relativePath = paths.string(key);
                if (!relativePath)
                    return;
                if (parsed.number > 0 && numberIsUnique && ObjectReader::isValidId(parsed.id)) {
                    const QString expected = QStringLiteral("tools/%1/%2-%3.md")
                                                 .arg(key)
                                                 .arg(parsed.number, 2, 10, QLatin1Char('0'))
                                                 .arg(parsed.id);
                    if (*relativePath != expected) {
                        context.report(
                            paths.pathOf(key), PackageLoader::tr("must be %1").arg(u'"' + expected + u'"'));
                        return;
                    }
                } else if (!SourceFile::isPackagePath(*relativePath)) {
                    context.report(paths.pathOf(key),
                        PackageLoader::tr("must be a path inside the package, relative to the manifest"));
                    return;
                }
                target = readJobAid(context, directory, *relativePath, paths.pathOf(key), problems);
            };
            language(u"en", parsed.jobAidMarkdown.en);
            language(u"fr", parsed.jobAidMarkdown.fr);
        }
        tools.push_back(std::move(parsed));
    }
    // With a tool whose id cannot be read, a reference to it cannot be told from a dangling one.
    if (!idsComplete)
        index.toolIds.reset();
    return tools;
}

} // namespace pcs::curriculum
