#include "TemplatesParser.h"

#include "ObjectReader.h"

#include <array>

namespace pcs::curriculum {

namespace {

struct SawFieldSpec {
    QStringView id;
    bool isDate;
};

constexpr std::array kSawFields{SawFieldSpec{u"application", false}, SawFieldSpec{u"first-step", false},
    SawFieldSpec{u"by-when", true}, SawFieldSpec{u"support-needed", false}};
constexpr std::array kFollowUpStatuses{
    QStringView(u"not-started"), QStringView(u"started"), QStringView(u"applied")};
constexpr std::array kKtaPhases{QStringView(u"identify-problem"), QStringView(u"adapt-to-context"),
    QStringView(u"assess-barriers"), QStringView(u"select-interventions"), QStringView(u"monitor"),
    QStringView(u"evaluate"), QStringView(u"sustain")};

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

// Reports a list that must hold exactly `count` entries; true when it does.
bool checkCount(FileContext& context, const QJsonArray& list, const QString& path, std::size_t count)
{
    if (static_cast<std::size_t>(list.size()) == count)
        return true;
    context.report(path, PackageLoader::tr("must have exactly %1 entries").arg(count));
    return false;
}

// An id that must be `expected` (when there is an expected id at this position).
QString fixedId(const ObjectReader& reader, std::optional<QStringView> expected)
{
    const QString id = reader.id();
    if (expected && ObjectReader::isValidId(id) && id != *expected)
        reader.context().report(reader.pathOf(u"id"), PackageLoader::tr("must be %1").arg(quoted(*expected)));
    return id;
}

template <std::size_t N>
std::optional<QStringView> expectedAt(const std::array<QStringView, N>& ids, qsizetype index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= N)
        return std::nullopt;
    return ids[static_cast<std::size_t>(index)];
}

void parseSawPlan(
    FileContext& context, const QJsonValue& value, const QString& path, CurriculumTemplates& templates)
{
    const ObjectReader plan(context, value, path, {u"title", u"intro", u"fields"});
    if (!plan.isObject())
        return;
    templates.sawPlanTitle = plan.text(u"title");
    templates.sawPlanIntro = plan.text(u"intro");
    const auto fields = plan.array(u"fields");
    if (!fields)
        return;
    checkCount(context, *fields, plan.pathOf(u"fields"), kSawFields.size());
    for (qsizetype i = 0; i < fields->size(); ++i) {
        const ObjectReader field(context, fields->at(i), ObjectReader::indexPath(plan.pathOf(u"fields"), i),
            {u"id", u"label", u"help", u"type"});
        if (!field.isObject())
            continue;
        const std::optional<SawFieldSpec> spec = i < static_cast<qsizetype>(kSawFields.size())
            ? std::optional(kSawFields[static_cast<std::size_t>(i)])
            : std::nullopt;
        SawPlanField parsed;
        parsed.id = fixedId(field, spec ? std::optional(spec->id) : std::nullopt);
        parsed.label = field.text(u"label");
        parsed.help = field.text(u"help");
        if (const auto type = field.string(u"type")) {
            parsed.isDate = *type == u"date";
            if (*type != u"date" && *type != u"text")
                context.report(field.pathOf(u"type"),
                    PackageLoader::tr("must be one of %1").arg(QStringLiteral("\"text\", \"date\"")));
            else if (spec && parsed.id == spec->id && parsed.isDate != spec->isDate)
                context.report(field.pathOf(u"type"),
                    PackageLoader::tr("must be %1").arg(quoted(spec->isDate ? u"date" : u"text")));
        }
        templates.sawPlanFields.push_back(std::move(parsed));
    }
}

} // namespace

CurriculumTemplates TemplatesParser::parse(FileContext& context, const QJsonObject& root)
{
    CurriculumTemplates templates;
    const ObjectReader reader(context, root, {},
        {u"saw_plan", u"follow_up_days", u"follow_up_statuses", u"support_options", u"culture_shift",
            u"kta_phases"});
    if (const auto plan = reader.required(u"saw_plan"))
        parseSawPlan(context, *plan, reader.pathOf(u"saw_plan"), templates);

    if (const auto days = reader.array(u"follow_up_days", true)) {
        for (qsizetype i = 0; i < days->size(); ++i) {
            const QString path = ObjectReader::indexPath(reader.pathOf(u"follow_up_days"), i);
            const auto day = ObjectReader::integerValue(context, days->at(i), path);
            if (day && *day <= 0)
                context.report(path, PackageLoader::tr("must be a positive whole number"));
            else if (day)
                templates.followUpDays.push_back(*day);
        }
    }

    if (const auto statuses = reader.array(u"follow_up_statuses")) {
        checkCount(context, *statuses, reader.pathOf(u"follow_up_statuses"), kFollowUpStatuses.size());
        for (qsizetype i = 0; i < statuses->size(); ++i) {
            const ObjectReader status(context, statuses->at(i),
                ObjectReader::indexPath(reader.pathOf(u"follow_up_statuses"), i), {u"id", u"label"});
            if (!status.isObject())
                continue;
            LabelledEntry parsed;
            parsed.id = fixedId(status, expectedAt(kFollowUpStatuses, i));
            parsed.title = status.text(u"label");
            templates.followUpStatuses.push_back(std::move(parsed));
        }
    }

    if (const auto options = reader.array(u"support_options", true)) {
        for (qsizetype i = 0; i < options->size(); ++i) {
            const ObjectReader option(context, options->at(i),
                ObjectReader::indexPath(reader.pathOf(u"support_options"), i),
                {u"id", u"title", u"description"});
            if (!option.isObject())
                continue;
            LabelledEntry parsed;
            parsed.id = option.id();
            parsed.title = option.text(u"title");
            parsed.description = option.text(u"description");
            templates.supportOptions.push_back(std::move(parsed));
        }
    }

    if (const auto rows = reader.array(u"culture_shift", true)) {
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const ObjectReader row(context, rows->at(i),
                ObjectReader::indexPath(reader.pathOf(u"culture_shift"), i), {u"id", u"from", u"to"});
            if (!row.isObject())
                continue;
            CultureShiftRow parsed;
            parsed.id = row.id();
            parsed.from = row.text(u"from");
            parsed.to = row.text(u"to");
            templates.cultureShift.push_back(std::move(parsed));
        }
    }

    if (const auto phases = reader.array(u"kta_phases")) {
        checkCount(context, *phases, reader.pathOf(u"kta_phases"), kKtaPhases.size());
        for (qsizetype i = 0; i < phases->size(); ++i) {
            const ObjectReader phase(context, phases->at(i),
                ObjectReader::indexPath(reader.pathOf(u"kta_phases"), i),
                {u"id", u"order", u"title", u"description"});
            if (!phase.isObject())
                continue;
            LabelledEntry parsed;
            parsed.id = fixedId(phase, expectedAt(kKtaPhases, i));
            if (const auto order = phase.integer(u"order"); order && *order != i + 1)
                context.report(phase.pathOf(u"order"),
                    PackageLoader::tr("must be %1 (numbered from 1 with no gaps)").arg(i + 1));
            parsed.title = phase.text(u"title");
            parsed.description = phase.text(u"description");
            templates.ktaPhases.push_back(std::move(parsed));
        }
    }
    return templates;
}

} // namespace pcs::curriculum
