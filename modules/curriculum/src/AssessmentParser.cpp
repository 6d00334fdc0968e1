#include "AssessmentParser.h"

#include "ObjectReader.h"

#include <QHash>

namespace pcs::curriculum {

namespace {

RatingScale parseScale(
    FileContext& context, const QJsonValue& value, const QString& path, int expectedMin, int expectedMax)
{
    RatingScale scale;
    const ObjectReader reader(context, value, path, {u"min", u"max", u"title", u"anchors"});
    if (!reader.isObject())
        return scale;
    const auto bound = [&](QStringView key, int expected) -> std::optional<int> {
        const auto number = reader.integer(key);
        if (number && *number != expected) {
            context.report(reader.pathOf(key), PackageLoader::tr("must be %1").arg(expected));
            return std::nullopt;
        }
        return number;
    };
    const auto min = bound(u"min", expectedMin);
    const auto max = bound(u"max", expectedMax);
    scale.min = min.value_or(expectedMin);
    scale.max = max.value_or(expectedMax);
    scale.title = reader.text(u"title");
    const auto anchors = reader.array(u"anchors");
    if (!anchors)
        return scale;
    bool valuesKnown = true;
    for (qsizetype i = 0; i < anchors->size(); ++i) {
        const ObjectReader anchor(context, anchors->at(i),
            ObjectReader::indexPath(reader.pathOf(u"anchors"), i), {u"value", u"label", u"description"});
        if (!anchor.isObject()) {
            valuesKnown = false;
            continue;
        }
        ScaleAnchor parsed;
        const auto anchorValue = anchor.integer(u"value");
        valuesKnown = valuesKnown && anchorValue.has_value();
        parsed.value = anchorValue.value_or(0);
        parsed.label = anchor.text(u"label");
        parsed.description = anchor.text(u"description");
        scale.anchors.push_back(std::move(parsed));
    }
    if (!min || !max || !valuesKnown)
        return scale;
    bool inOrder = static_cast<int>(scale.anchors.size()) == scale.max - scale.min + 1;
    for (std::size_t i = 0; inOrder && i < scale.anchors.size(); ++i)
        inOrder = scale.anchors[i].value == scale.min + static_cast<int>(i);
    if (!inOrder)
        context.report(reader.pathOf(u"anchors"),
            PackageLoader::tr("must have one anchor for each value from %1 to %2, in order")
                .arg(scale.min)
                .arg(scale.max));
    return scale;
}

AssessmentItem parseItem(FileContext& context, const QJsonValue& value, const QString& path,
    const PackageIndex& index, bool& countable)
{
    AssessmentItem item;
    const ObjectReader reader(context, value, path, {u"id", u"program", u"topic", u"text"});
    if (!reader.isObject()) {
        countable = false;
        return item;
    }
    item.id = reader.id();
    const auto program = reader.string(u"program");
    const bool programKnown = program && index.checkProgram(context, *program, reader.pathOf(u"program"));
    item.program = program.value_or(QString());
    const auto topic = reader.string(u"topic");
    countable = countable && program && topic;
    if (topic) {
        item.topic = *topic;
        if (index.checkTopic(context, *topic, reader.pathOf(u"topic")) && programKnown
            && index.programTopics) {
            const std::optional<QStringList> topics = index.programTopics->value(*program);
            if (topics && !topics->contains(*topic))
                context.report(reader.pathOf(u"topic"),
                    PackageLoader::tr("topic \"%1\" is not in the topics of program \"%2\"")
                        .arg(*topic, *program));
        }
    }
    item.text = reader.text(u"text");
    return item;
}

// Every topic of every program needs at least two items of that program.
void checkItemCounts(
    FileContext& context, const std::vector<AssessmentItem>& items, const PackageIndex& index)
{
    QHash<QString, int> counts; // "program\ntopic" -> items
    for (const AssessmentItem& item : items)
        ++counts[item.program + u'\n' + item.topic];
    for (const QString& programId : index.programIds) {
        const std::optional<QStringList> topics = index.programTopics->value(programId);
        if (!topics)
            continue;
        for (const QString& topic : *topics) {
            const int count = counts.value(programId + u'\n' + topic);
            if (count < AssessmentParser::kMinimumItemsPerTopic)
                context.report(QStringLiteral("items"),
                    PackageLoader::tr(
                        "program \"%1\" has %2 item(s) for topic \"%3\"; at least %4 are needed")
                        .arg(programId)
                        .arg(count)
                        .arg(topic)
                        .arg(AssessmentParser::kMinimumItemsPerTopic));
        }
    }
}

} // namespace

AssessmentBank AssessmentParser::parse(
    FileContext& context, const QJsonObject& root, const PackageIndex& index)
{
    AssessmentBank bank;
    const ObjectReader reader(context, root, {}, {u"scales", u"items"});
    if (const auto scales = reader.required(u"scales")) {
        const ObjectReader scaleReader(
            context, *scales, reader.pathOf(u"scales"), {u"competence", u"desire"});
        if (const auto competence = scaleReader.required(u"competence"))
            bank.competence = parseScale(context, *competence, scaleReader.pathOf(u"competence"), 1, 5);
        if (const auto desire = scaleReader.required(u"desire"))
            bank.desire = parseScale(context, *desire, scaleReader.pathOf(u"desire"), 1, 4);
    }
    const auto items = reader.array(u"items", true);
    if (!items)
        return bank;
    bank.items.reserve(items->size());
    bool countable = true; // every item's program and topic could be read
    for (qsizetype i = 0; i < items->size(); ++i)
        bank.items.push_back(parseItem(
            context, items->at(i), ObjectReader::indexPath(QStringLiteral("items"), i), index, countable));
    if (index.programTopics && countable)
        checkItemCounts(context, bank.items, index);
    return bank;
}

} // namespace pcs::curriculum
