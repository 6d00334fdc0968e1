#include "CurriculumCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pcs::storage {
namespace {

QJsonValue text(const LocalizedText& value)
{
    return QJsonObject{{QStringLiteral("en"), value.en}, {QStringLiteral("fr"), value.fr}};
}

LocalizedText text(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QStringLiteral("en")).toString(), object.value(QStringLiteral("fr")).toString()};
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list << entry.toString();
    return list;
}

template <typename T, typename F> QJsonArray array(const std::vector<T>& list, F encode)
{
    QJsonArray result;
    for (const T& entry : list)
        result.append(encode(entry));
    return result;
}

template <typename T, typename F> std::vector<T> vector(const QJsonValue& value, F decode)
{
    std::vector<T> result;
    for (const QJsonValue& entry : value.toArray())
        result.push_back(decode(entry.toObject()));
    return result;
}

QJsonObject entry(const LabelledEntry& e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("title"), text(e.title)},
        {QStringLiteral("description"), text(e.description)}};
}

LabelledEntry entry(const QJsonObject& o)
{
    return {o.value(QStringLiteral("id")).toString(), text(o.value(QStringLiteral("title"))),
        text(o.value(QStringLiteral("description")))};
}

QJsonObject scale(const RatingScale& s)
{
    return {{QStringLiteral("min"), s.min}, {QStringLiteral("max"), s.max},
        {QStringLiteral("title"), text(s.title)},
        {QStringLiteral("anchors"), array(s.anchors, [](const ScaleAnchor& a) {
             return QJsonObject{{QStringLiteral("value"), a.value}, {QStringLiteral("label"), text(a.label)},
                 {QStringLiteral("description"), text(a.description)}};
         })}};
}

RatingScale scale(const QJsonObject& o)
{
    RatingScale s;
    s.min = o.value(QStringLiteral("min")).toInt();
    s.max = o.value(QStringLiteral("max")).toInt();
    s.title = text(o.value(QStringLiteral("title")));
    s.anchors = vector<ScaleAnchor>(o.value(QStringLiteral("anchors")), [](const QJsonObject& a) {
        return ScaleAnchor{a.value(QStringLiteral("value")).toInt(), text(a.value(QStringLiteral("label"))),
            text(a.value(QStringLiteral("description")))};
    });
    return s;
}

QJsonObject block(const AgendaBlock& b)
{
    return {{QStringLiteral("id"), b.id}, {QStringLiteral("title"), text(b.title)},
        {QStringLiteral("minutes"), b.minutes}, {QStringLiteral("break"), b.isBreak},
        {QStringLiteral("topics"), strings(b.topics)}, {QStringLiteral("tools"), strings(b.tools)},
        {QStringLiteral("notes"), text(b.notes)}};
}

AgendaBlock block(const QJsonObject& o)
{
    AgendaBlock b;
    b.id = o.value(QStringLiteral("id")).toString();
    b.title = text(o.value(QStringLiteral("title")));
    b.minutes = o.value(QStringLiteral("minutes")).toInt();
    b.isBreak = o.value(QStringLiteral("break")).toBool();
    b.topics = strings(o.value(QStringLiteral("topics")));
    b.tools = strings(o.value(QStringLiteral("tools")));
    b.notes = text(o.value(QStringLiteral("notes")));
    return b;
}

QJsonObject workshop(const Workshop& w)
{
    return {{QStringLiteral("id"), w.id}, {QStringLiteral("title"), text(w.title)},
        {QStringLiteral("kind"), workshopKindKey(w.kind)},
        {QStringLiteral("default_start"), w.defaultStart.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("blocks"), array(w.blocks, [](const AgendaBlock& b) { return block(b); })}};
}

Workshop workshop(const QJsonObject& o)
{
    Workshop w;
    w.id = o.value(QStringLiteral("id")).toString();
    w.title = text(o.value(QStringLiteral("title")));
    const QString kind = o.value(QStringLiteral("kind")).toString();
    w.kind = kind == QLatin1String("half-day") ? WorkshopKind::HalfDay
        : kind == QLatin1String("block")       ? WorkshopKind::Block
                                               : WorkshopKind::Day;
    w.defaultStart
        = QTime::fromString(o.value(QStringLiteral("default_start")).toString(), QStringLiteral("HH:mm"));
    w.blocks = vector<AgendaBlock>(
        o.value(QStringLiteral("blocks")), [](const QJsonObject& b) { return block(b); });
    return w;
}

QJsonObject program(const Program& p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("order"), p.order},
        {QStringLiteral("title"), text(p.title)}, {QStringLiteral("tagline"), text(p.tagline)},
        {QStringLiteral("audience"), text(p.audience)},
        {QStringLiteral("delivery_method"), text(p.deliveryMethod)},
        {QStringLiteral("co_facilitation"), p.coFacilitation},
        {QStringLiteral("recommended_contact_minutes"), p.recommendedContactMinutes},
        {QStringLiteral("duration_label"), text(p.durationLabel)},
        {QStringLiteral("overview"), text(p.overview)},
        {QStringLiteral("objectives"),
            array(p.objectives,
                [](const LearningObjective& o) {
                    return QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("text"), text(o.text)}};
                })},
        {QStringLiteral("topics"), strings(p.topics)},
        {QStringLiteral("workshops"), array(p.workshops, [](const Workshop& w) { return workshop(w); })}};
}

Program program(const QJsonObject& o)
{
    Program p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.order = o.value(QStringLiteral("order")).toInt();
    p.title = text(o.value(QStringLiteral("title")));
    p.tagline = text(o.value(QStringLiteral("tagline")));
    p.audience = text(o.value(QStringLiteral("audience")));
    p.deliveryMethod = text(o.value(QStringLiteral("delivery_method")));
    p.coFacilitation = o.value(QStringLiteral("co_facilitation")).toBool();
    p.recommendedContactMinutes = o.value(QStringLiteral("recommended_contact_minutes")).toInt();
    p.durationLabel = text(o.value(QStringLiteral("duration_label")));
    p.overview = text(o.value(QStringLiteral("overview")));
    p.objectives = vector<LearningObjective>(o.value(QStringLiteral("objectives")), [](const QJsonObject& j) {
        return LearningObjective{
            j.value(QStringLiteral("id")).toString(), text(j.value(QStringLiteral("text")))};
    });
    p.topics = strings(o.value(QStringLiteral("topics")));
    p.workshops = vector<Workshop>(
        o.value(QStringLiteral("workshops")), [](const QJsonObject& w) { return workshop(w); });
    return p;
}

} // namespace

QByteArray encodeCurriculum(const CurriculumPackage& package)
{
    const CurriculumTemplates& t = package.templates;
    QJsonObject templates{
        {QStringLiteral("saw_plan_title"), text(t.sawPlanTitle)},
        {QStringLiteral("saw_plan_intro"), text(t.sawPlanIntro)},
        {QStringLiteral("saw_plan_fields"),
            array(t.sawPlanFields,
                [](const SawPlanField& f) {
                    return QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("label"), text(f.label)},
                        {QStringLiteral("help"), text(f.help)}, {QStringLiteral("date"), f.isDate}};
                })},
        {QStringLiteral("follow_up_days"), array(t.followUpDays, [](int days) { return QJsonValue(days); })},
        {QStringLiteral("follow_up_statuses"),
            array(t.followUpStatuses, [](const LabelledEntry& e) { return entry(e); })},
        {QStringLiteral("support_options"),
            array(t.supportOptions, [](const LabelledEntry& e) { return entry(e); })},
        {QStringLiteral("culture_shift"),
            array(t.cultureShift,
                [](const CultureShiftRow& r) {
                    return QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("from"), text(r.from)},
                        {QStringLiteral("to"), text(r.to)}};
                })},
        {QStringLiteral("kta_phases"), array(t.ktaPhases, [](const LabelledEntry& e) { return entry(e); })},
    };
    const QJsonObject root{
        {QStringLiteral("format"), package.format},
        {QStringLiteral("id"), package.id},
        {QStringLiteral("version"), package.version},
        {QStringLiteral("released"), package.released.toString(Qt::ISODate)},
        {QStringLiteral("title"), text(package.title)},
        {QStringLiteral("description"), text(package.description)},
        {QStringLiteral("programs"), array(package.programs, [](const Program& p) { return program(p); })},
        {QStringLiteral("topics"),
            array(package.topics,
                [](const Topic& topic) {
                    return QJsonObject{{QStringLiteral("id"), topic.id},
                        {QStringLiteral("title"), text(topic.title)},
                        {QStringLiteral("description"), text(topic.description)},
                        {QStringLiteral("tools"), strings(topic.tools)}};
                })},
        {QStringLiteral("tools"),
            array(package.tools,
                [](const MicroCoachingTool& tool) {
                    return QJsonObject{{QStringLiteral("id"), tool.id},
                        {QStringLiteral("number"), tool.number}, {QStringLiteral("title"), text(tool.title)},
                        {QStringLiteral("summary"), text(tool.summary)},
                        {QStringLiteral("when_to_use"), text(tool.whenToUse)},
                        {QStringLiteral("prompts"),
                            array(tool.prompts, [](const LocalizedText& l) { return text(l); })},
                        {QStringLiteral("job_aid"), text(tool.jobAidMarkdown)}};
                })},
        {QStringLiteral("scales"),
            QJsonObject{{QStringLiteral("competence"), scale(package.assessment.competence)},
                {QStringLiteral("desire"), scale(package.assessment.desire)}}},
        {QStringLiteral("items"),
            array(package.assessment.items,
                [](const AssessmentItem& item) {
                    return QJsonObject{{QStringLiteral("id"), item.id},
                        {QStringLiteral("program"), item.program}, {QStringLiteral("topic"), item.topic},
                        {QStringLiteral("text"), text(item.text)}};
                })},
        {QStringLiteral("templates"), templates},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<CurriculumPackage> decodeCurriculum(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    CurriculumPackage package;
    package.format = root.value(QStringLiteral("format")).toInt();
    package.id = root.value(QStringLiteral("id")).toString();
    package.version = root.value(QStringLiteral("version")).toInt();
    package.released = QDate::fromString(root.value(QStringLiteral("released")).toString(), Qt::ISODate);
    package.title = text(root.value(QStringLiteral("title")));
    package.description = text(root.value(QStringLiteral("description")));
    package.programs = vector<Program>(
        root.value(QStringLiteral("programs")), [](const QJsonObject& p) { return program(p); });
    package.topics = vector<Topic>(root.value(QStringLiteral("topics")), [](const QJsonObject& o) {
        return Topic{o.value(QStringLiteral("id")).toString(), text(o.value(QStringLiteral("title"))),
            text(o.value(QStringLiteral("description"))), strings(o.value(QStringLiteral("tools")))};
    });
    package.tools = vector<MicroCoachingTool>(root.value(QStringLiteral("tools")), [](const QJsonObject& o) {
        MicroCoachingTool tool;
        tool.id = o.value(QStringLiteral("id")).toString();
        tool.number = o.value(QStringLiteral("number")).toInt();
        tool.title = text(o.value(QStringLiteral("title")));
        tool.summary = text(o.value(QStringLiteral("summary")));
        tool.whenToUse = text(o.value(QStringLiteral("when_to_use")));
        for (const QJsonValue& prompt : o.value(QStringLiteral("prompts")).toArray())
            tool.prompts.push_back(text(prompt));
        tool.jobAidMarkdown = text(o.value(QStringLiteral("job_aid")));
        return tool;
    });
    const QJsonObject scales = root.value(QStringLiteral("scales")).toObject();
    package.assessment.competence = scale(scales.value(QStringLiteral("competence")).toObject());
    package.assessment.desire = scale(scales.value(QStringLiteral("desire")).toObject());
    package.assessment.items
        = vector<AssessmentItem>(root.value(QStringLiteral("items")), [](const QJsonObject& o) {
              return AssessmentItem{o.value(QStringLiteral("id")).toString(),
                  o.value(QStringLiteral("program")).toString(), o.value(QStringLiteral("topic")).toString(),
                  text(o.value(QStringLiteral("text")))};
          });
    const QJsonObject t = root.value(QStringLiteral("templates")).toObject();
    CurriculumTemplates& templates = package.templates;
    templates.sawPlanTitle = text(t.value(QStringLiteral("saw_plan_title")));
    templates.sawPlanIntro = text(t.value(QStringLiteral("saw_plan_intro")));
    templates.sawPlanFields
        = vector<SawPlanField>(t.value(QStringLiteral("saw_plan_fields")), [](const QJsonObject& f) {
              return SawPlanField{f.value(QStringLiteral("id")).toString(),
                  text(f.value(QStringLiteral("label"))), text(f.value(QStringLiteral("help"))),
                  f.value(QStringLiteral("date")).toBool()};
          });
    for (const QJsonValue& days : t.value(QStringLiteral("follow_up_days")).toArray())
        templates.followUpDays.push_back(days.toInt());
    templates.followUpStatuses = vector<LabelledEntry>(
        t.value(QStringLiteral("follow_up_statuses")), [](const QJsonObject& e) { return entry(e); });
    templates.supportOptions = vector<LabelledEntry>(
        t.value(QStringLiteral("support_options")), [](const QJsonObject& e) { return entry(e); });
    templates.cultureShift
        = vector<CultureShiftRow>(t.value(QStringLiteral("culture_shift")), [](const QJsonObject& r) {
              return CultureShiftRow{r.value(QStringLiteral("id")).toString(),
                  text(r.value(QStringLiteral("from"))), text(r.value(QStringLiteral("to")))};
          });
    templates.ktaPhases = vector<LabelledEntry>(
        t.value(QStringLiteral("kta_phases")), [](const QJsonObject& e) { return entry(e); });
    return package;
}

} // namespace pcs::storage

namespace pcs::storage {

QByteArray encodeAgenda(const std::vector<AgendaBlock>& blocks)
{
    if (blocks.empty())
        return {};
    return QJsonDocument(array(blocks, [](const AgendaBlock& b) {
        return block(b);
    })).toJson(QJsonDocument::Compact);
}

std::optional<std::vector<AgendaBlock>> decodeAgenda(const QByteArray& json)
{
    if (json.isEmpty())
        return std::vector<AgendaBlock>{};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return vector<AgendaBlock>(document.array(), [](const QJsonObject& o) { return block(o); });
}

} // namespace pcs::storage
