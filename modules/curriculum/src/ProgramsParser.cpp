#include "ProgramsParser.h"

#include "ObjectReader.h"

#include <QRegularExpression>
#include <QSet>

namespace pcs::curriculum {

namespace {

// What the blocks of one program add up to, for the minutes and coverage rules.
struct ProgramTally {
    int contactMinutes = 0;
    bool minutesKnown = true;
    bool topicsKnown = true; // false when some block's topics could not be read
    QSet<QString> coveredTopics;
};

QTime parseTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d\\d:\\d\\d$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

std::optional<WorkshopKind> parseKind(const QString& key)
{
    if (key == u"day")
        return WorkshopKind::Day;
    if (key == u"half-day")
        return WorkshopKind::HalfDay;
    if (key == u"block")
        return WorkshopKind::Block;
    return std::nullopt;
}

AgendaBlock parseBlock(FileContext& context, const QJsonValue& value, const QString& path,
    const QString& programId, const std::optional<QStringList>& programTopics, const PackageIndex& index,
    ProgramTally& tally)
{
    AgendaBlock block;
    const ObjectReader reader(
        context, value, path, {u"id", u"title", u"minutes", u"break", u"topics", u"tools", u"notes"});
    if (!reader.isObject()) {
        tally.minutesKnown = false;
        tally.topicsKnown = false;
        return block;
    }
    block.id = reader.id();
    block.title = reader.text(u"title");
    const auto minutes = reader.positiveInteger(u"minutes");
    block.minutes = minutes.value_or(0);
    const auto isBreak = reader.boolean(u"break");
    block.isBreak = isBreak.value_or(false);
    if (!minutes || !isBreak)
        tally.minutesKnown = false;
    else if (!block.isBreak)
        tally.contactMinutes += block.minutes;

    bool topicsComplete = true;
    const auto topics = reader.stringList(u"topics", &topicsComplete);
    tally.topicsKnown = tally.topicsKnown && topicsComplete;
    if (topics) {
        if (block.isBreak && !topics->empty())
            context.report(reader.pathOf(u"topics"), PackageLoader::tr("must be empty for a break"));
        for (const ListEntry& topic : *topics) {
            tally.coveredTopics.insert(topic.value);
            if (programTopics && !programTopics->contains(topic.value)
                && index.checkTopic(context, topic.value, topic.path))
                context.report(topic.path,
                    PackageLoader::tr("topic \"%1\" is not in the topics of program \"%2\"")
                        .arg(topic.value, programId));
        }
    }
    block.topics = ObjectReader::values(topics);

    const auto tools = reader.stringList(u"tools");
    if (tools) {
        if (block.isBreak && !tools->empty())
            context.report(reader.pathOf(u"tools"), PackageLoader::tr("must be empty for a break"));
        for (const ListEntry& tool : *tools)
            index.checkTool(context, tool.value, tool.path);
    }
    block.tools = ObjectReader::values(tools);
    block.notes = reader.text(u"notes", false);
    return block;
}

Workshop parseWorkshop(FileContext& context, const QJsonValue& value, const QString& path,
    const QString& programId, const std::optional<QStringList>& programTopics, const PackageIndex& index,
    ProgramTally& tally)
{
    Workshop workshop;
    const ObjectReader reader(context, value, path, {u"id", u"title", u"kind", u"default_start", u"blocks"});
    if (!reader.isObject()) {
        tally.minutesKnown = false;
        tally.topicsKnown = false;
        return workshop;
    }
    workshop.id = reader.id();
    workshop.title = reader.text(u"title");
    if (const auto kind = reader.string(u"kind")) {
        if (const auto parsed = parseKind(*kind))
            workshop.kind = *parsed;
        else
            context.report(reader.pathOf(u"kind"),
                PackageLoader::tr("must be one of %1")
                    .arg(QStringLiteral("\"day\", \"half-day\", \"block\"")));
    }
    if (const auto start = reader.string(u"default_start")) {
        workshop.defaultStart = parseTime(*start);
        if (!workshop.defaultStart.isValid())
            context.report(reader.pathOf(u"default_start"),
                PackageLoader::tr("\"%1\" is not a 24-hour HH:MM time").arg(*start));
    }
    const auto blocks = reader.array(u"blocks", true);
    if (!blocks) {
        tally.minutesKnown = false;
        tally.topicsKnown = false;
        return workshop;
    }
    for (qsizetype i = 0; i < blocks->size(); ++i)
        workshop.blocks.push_back(parseBlock(context, blocks->at(i),
            ObjectReader::indexPath(reader.pathOf(u"blocks"), i), programId, programTopics, index, tally));
    return workshop;
}

Program parseProgram(
    FileContext& context, const QJsonValue& value, const QString& path, int position, PackageIndex& index)
{
    Program program;
    const ObjectReader reader(context, value, path,
        {u"id", u"order", u"title", u"tagline", u"audience", u"delivery_method", u"co_facilitation",
            u"recommended_contact_minutes", u"duration_label", u"overview", u"objectives", u"topics",
            u"workshops"});
    if (!reader.isObject())
        return program;
    program.id = reader.id();
    if (const auto order = reader.integer(u"order")) {
        program.order = *order;
        if (*order != position)
            context.report(reader.pathOf(u"order"),
                PackageLoader::tr("must be %1 (numbered from 1 with no gaps)").arg(position));
    }
    program.title = reader.text(u"title");
    program.tagline = reader.text(u"tagline");
    program.audience = reader.text(u"audience");
    program.deliveryMethod = reader.text(u"delivery_method");
    program.coFacilitation = reader.boolean(u"co_facilitation").value_or(false);
    const auto recommended = reader.positiveInteger(u"recommended_contact_minutes");
    program.recommendedContactMinutes = recommended.value_or(0);
    program.durationLabel = reader.text(u"duration_label");
    program.overview = reader.text(u"overview");

    if (const auto objectives = reader.array(u"objectives")) {
        for (qsizetype i = 0; i < objectives->size(); ++i) {
            const ObjectReader objective(context, objectives->at(i),
                ObjectReader::indexPath(reader.pathOf(u"objectives"), i), {u"id", u"text"});
            if (!objective.isObject())
                continue;
            LearningObjective parsed;
            parsed.id = objective.id();
            parsed.text = objective.text(u"text");
            program.objectives.push_back(std::move(parsed));
        }
    }

    bool topicsComplete = true;
    const auto topics = reader.stringList(u"topics", &topicsComplete);
    std::optional<QStringList> programTopics; // only when every entry could be read
    if (topics) {
        for (const ListEntry& topic : *topics)
            index.checkTopic(context, topic.value, topic.path);
        program.topics = ObjectReader::values(topics);
        if (topicsComplete)
            programTopics = program.topics;
    }
    if (index.programTopics && !program.id.isEmpty() && !index.programTopics->contains(program.id)) {
        index.programTopics->insert(program.id, programTopics);
        index.programIds.append(program.id);
    }

    ProgramTally tally;
    const auto workshops = reader.array(u"workshops", true);
    if (!workshops)
        return program;
    for (qsizetype i = 0; i < workshops->size(); ++i)
        program.workshops.push_back(
            parseWorkshop(context, workshops->at(i), ObjectReader::indexPath(reader.pathOf(u"workshops"), i),
                program.id, programTopics, index, tally));

    if (recommended && tally.minutesKnown && tally.contactMinutes != *recommended)
        context.report(reader.pathOf(u"recommended_contact_minutes"),
            PackageLoader::tr("the blocks of program \"%1\" add up to %2 contact minutes, not %3")
                .arg(program.id)
                .arg(tally.contactMinutes)
                .arg(*recommended));
    if (topics && tally.topicsKnown) {
        for (const ListEntry& topic : *topics) {
            if (!tally.coveredTopics.contains(topic.value))
                context.report(topic.path,
                    PackageLoader::tr("topic \"%1\" is not covered by any block of program \"%2\"")
                        .arg(topic.value, program.id));
        }
    }
    return program;
}

} // namespace

std::vector<Program> ProgramsParser::parse(FileContext& context, const QJsonObject& root, PackageIndex& index)
{
    std::vector<Program> programs;
    index.programTopics.emplace();
    const ObjectReader reader(context, root, {}, {u"programs"});
    const auto list = reader.array(u"programs", true);
    if (!list)
        return programs;
    programs.reserve(list->size());
    bool idsComplete = true;
    for (qsizetype i = 0; i < list->size(); ++i) {
        programs.push_back(parseProgram(context, list->at(i),
            ObjectReader::indexPath(QStringLiteral("programs"), i), static_cast<int>(i) + 1, index));
        idsComplete = idsComplete && ObjectReader::isValidId(programs.back().id);
    }
    // With a program whose id cannot be read, items cannot be checked against the programs.
    if (!idsComplete)
        index.programTopics.reset();
    return programs;
}

} // namespace pcs::curriculum
