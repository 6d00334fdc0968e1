#include "CurriculumFixture.h"

namespace pcs::test {
namespace {

LocalizedText both(const char* en, const char* fr)
{
    return {QString::fromUtf8(en), QString::fromUtf8(fr)};
}

} // namespace

CurriculumPackage smallCurriculum(int version, int padding)
{
    CurriculumPackage package;
    package.id = QStringLiteral("pcs");
    package.version = version;
    package.released = QDate(2026, 11, version);
    package.title = both("Person-Centric Strategies", "Stratégies centrées sur la personne");
    package.description = both("Test package", "Paquet d’essai");
    package.description.en += QString(padding, u'x');
    Program staff;
    staff.id = QStringLiteral("staff");
    staff.order = 1;
    staff.title = both("PCS for Staff", "PCS pour le personnel");
    staff.recommendedContactMinutes = 60;
    staff.topics = {QStringLiteral("currencies")};
    Workshop day;
    day.id = QStringLiteral("staff-day-1");
    day.title = both("Day 1", "Jour 1");
    day.defaultStart = QTime(9, 0);
    day.blocks = {{QStringLiteral("b1"), both("Currencies", "Monnaies"), 60, false,
        {QStringLiteral("currencies")}, {QStringLiteral("currencies")}, {}}};
    staff.workshops = {day};
    package.programs = {staff};
    package.topics = {{QStringLiteral("currencies"), both("Currencies", "Monnaies d’échange"), both("d", "d"),
        {QStringLiteral("currencies")}}};
    MicroCoachingTool tool;
    tool.id = QStringLiteral("currencies");
    tool.number = 4;
    tool.title = both("Currencies", "Monnaies d’échange");
    tool.jobAidMarkdown = both("# Currencies", "# Monnaies d’échange");
    package.tools = {tool};
    package.assessment.items = {
        {QStringLiteral("staff-currencies-1"), QStringLiteral("staff"), QStringLiteral("currencies"),
            both("I can name what matters to a person.", "Je peux nommer ce qui compte pour une personne.")},
        {QStringLiteral("staff-currencies-2"), QStringLiteral("staff"), QStringLiteral("currencies"),
            both("I can offer something of value.", "Je peux offrir quelque chose qui a de la valeur.")}};
    package.templates.followUpDays = {30, 60, 90};
    return package;
}

} // namespace pcs::test
