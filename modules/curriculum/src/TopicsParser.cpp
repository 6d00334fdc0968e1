#include "TopicsParser.h"

#include "ObjectReader.h"

namespace pcs::curriculum {

std::vector<Topic> TopicsParser::parse(FileContext& context, const QJsonObject& root, PackageIndex& index)
{
    std::vector<Topic> topics;
    index.topicIds.emplace();
    const ObjectReader reader(context, root, {}, {u"topics"});
    const auto list = reader.array(u"topics", true);
    if (!list)
        return topics;
    topics.reserve(list->size());
    bool idsComplete = true;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const ObjectReader topic(context, list->at(i), ObjectReader::indexPath(QStringLiteral("topics"), i),
            {u"id", u"title", u"description", u"tools"});
        if (!topic.isObject()) {
            idsComplete = false;
            continue;
        }
        Topic parsed;
        parsed.id = topic.id();
        idsComplete = idsComplete && ObjectReader::isValidId(parsed.id);
        index.topicIds->insert(parsed.id);
        parsed.title = topic.text(u"title");
        parsed.description = topic.text(u"description");
        const auto tools = topic.stringList(u"tools");
        if (tools) {
            for (const ListEntry& tool : *tools)
                index.checkTool(context, tool.value, tool.path);
        }
        parsed.tools = ObjectReader::values(tools);
        topics.push_back(std::move(parsed));
    }
    // With a topic whose id cannot be read, a reference to it cannot be told from a dangling one.
    if (!idsComplete)
        index.topicIds.reset();
    return topics;
}

} // namespace pcs::curriculum
