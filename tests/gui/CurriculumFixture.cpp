#include "CurriculumFixture.h"

namespace pcs::test {
namespace {

LocalizedText text(const char* en, const char* fr)
{
    return {QString::fromUtf8(en), QString::fromUtf8(fr)};
}

AgendaBlock block(const char* id, LocalizedText title, int minutes, QStringList topics = {},
    QStringList tools = {}, bool isBreak = false)
{
    AgendaBlock result;
    result.id = QString::fromUtf8(id);
    result.title = std::move(title);
    result.minutes = minutes;
    result.topics = std::move(topics);
    result.tools = std::move(tools);
    result.isBreak = isBreak;
    return result;
}

AgendaBlock pause(const char* id)
{
    return block(id, text("Break", "Pause"), 15, {}, {}, true);
}

MicroCoachingTool tool(int number, const char* id, LocalizedText title, LocalizedText summary,
    const std::vector<LocalizedText>& prompts)
{
    MicroCoachingTool result;
    result.id = QString::fromUtf8(id);
    result.number = number;
    result.title = title;
    result.summary = summary;
    result.whenToUse = text("Use it in a brief contact.", "Utilisez-le lors d’un contact bref.");
    result.prompts = prompts;
    QString en = QStringLiteral("# %1\n\n*PCS MicroCoaching tool %2 of 13*\n\n## In brief\n\n%3\n\n"
                                "## Prompting questions\n\n")
                     .arg(title.en)
                     .arg(number)
                     .arg(summary.en);
    QString fr = QStringLiteral("# %1\n\n*Outil de microcoaching PCS %2 sur 13*\n\n## En bref\n\n%3\n\n"
                                "## Questions d’amorce\n\n")
                     .arg(title.fr)
                     .arg(number)
                     .arg(summary.fr);
    for (const LocalizedText& prompt : prompts) {
        en += QStringLiteral("- %1\n").arg(prompt.en);
        fr += QStringLiteral("- %1\n").arg(prompt.fr);
    }
    result.jobAidMarkdown = {en, fr};
    return result;
}

std::vector<LocalizedText> prompts(const char* enStem, const char* frStem)
{
    std::vector<LocalizedText> result;
    for (int i = 1; i <= 6; ++i)
        result.push_back({QString::fromUtf8(enStem).arg(i), QString::fromUtf8(frStem).arg(i)});
    return result;
}

} // namespace

CurriculumPackage curriculumFixture()
{
    CurriculumPackage package;
    package.id = QStringLiteral("fixture");
    package.version = 1;
    package.released = QDate(2024, 5, 1);
    package.title = text("Fixture package", "Paquet d’essai");

    auto behaviourPrompts = prompts("Behaviour question %1: what matters to the person?",
        "Question de comportement %1 : qu’est-ce qui compte pour la personne?");
    behaviourPrompts[2] = text("Is the landlord pressing for the rent this week?",
        "Le propriétaire exige-t-il le loyer cette semaine?");
    package.tools = {
        tool(1, "understanding-behaviour", text("Understanding Behaviour", "Comprendre le comportement"),
            text("Behaviour almost always makes sense from where the person is standing.",
                "Un comportement a presque toujours un sens du point de vue de la personne."),
            behaviourPrompts),
        tool(2, "consensus-building", text("Consensus Building", "Établir un consensus"),
            text("Helping a team reach a decision everyone can support.",
                "Aider une équipe à prendre en réunion une décision que tous peuvent appuyer."),
            prompts("Consensus question %1: who has not spoken yet?",
                "Question de consensus %1 : qui n’a pas encore parlé?")),
        tool(3, "team-agreement", text("Team Agreement", "Entente d’équipe"),
            text("A short agreement on how a team works together.",
                "Une courte entente sur la façon dont l’équipe travaille ensemble."),
            prompts("Agreement question %1: what do we promise each other?",
                "Question d’entente %1 : que nous promettons-nous?")),
    };

    package.topics = {
        {QStringLiteral("understanding-behaviour"),
            text("Understanding behaviour", "Comprendre le comportement"),
            text("Looking past behaviour to needs.", "Voir les besoins derrière le comportement."),
            {QStringLiteral("understanding-behaviour")}},
        {QStringLiteral("collaboration"), text("Collaboration", "Collaboration"),
            text("Working as one team.", "Travailler comme une seule équipe."),
            {QStringLiteral("consensus-building"), QStringLiteral("team-agreement")}},
    };

    Program staff;
    staff.id = QStringLiteral("staff");
    staff.order = 1;
    staff.title = text("PCS for Staff", "SCP pour le personnel");
    staff.tagline = text("Person-centric practice at the front line", "La pratique centrée sur la personne");
    staff.audience = text("Front-line staff & case workers <all offices>", "Personnel de première ligne");
    staff.deliveryMethod = text("Facilitator-led workshops", "Ateliers animés");
    staff.recommendedContactMinutes = 420;
    staff.durationLabel = text("7 hours (recommended minimum)", "7 heures (minimum recommandé)");
    staff.overview = text("Staff learn to understand behaviour.\n\nThen they practise.",
        "Le personnel apprend à comprendre le comportement.");
    staff.objectives
        = {{QStringLiteral("staff-o1"),
               text("Describe behaviour without labels.", "Décrire le comportement sans étiquette.")},
            {QStringLiteral("staff-o2"),
                text("Build consensus in a team meeting.", "Établir un consensus en réunion d’équipe.")}};
    staff.topics = {QStringLiteral("understanding-behaviour"), QStringLiteral("collaboration")};
    Workshop day;
    day.id = QStringLiteral("staff-day-1");
    day.title = text("Day 1: Understanding behaviour", "Jour 1 : comprendre le comportement");
    day.kind = WorkshopKind::Day;
    day.defaultStart = QTime(9, 0);
    day.blocks = {block("staff-day-1-welcome", text("Welcome", "Accueil"), 30),
        block("staff-day-1-behaviour", text("Understanding behaviour", "Comprendre le comportement"), 90,
            {QStringLiteral("understanding-behaviour")}, {QStringLiteral("understanding-behaviour")}),
        pause("staff-day-1-break"),
        block("staff-day-1-practice", text("Practice", "Mise en pratique"), 60,
            {QStringLiteral("collaboration")},
            {QStringLiteral("consensus-building"), QStringLiteral("team-agreement")})};
    Workshop half;
    half.id = QStringLiteral("staff-half-day");
    half.title = text("Half day: Working together", "Demi-journée : travailler ensemble");
    half.kind = WorkshopKind::HalfDay;
    half.defaultStart = QTime(9, 30);
    half.blocks
        = {block("staff-half-day-review", text("Review", "Retour"), 60), pause("staff-half-day-break"),
            block("staff-half-day-agreement", text("Team agreement", "Entente d’équipe"), 105,
                {QStringLiteral("collaboration")}, {QStringLiteral("team-agreement")})};
    staff.workshops = {day, half};

    Program trainers;
    trainers.id = QStringLiteral("trainers");
    trainers.order = 2;
    trainers.title = text("PCS for Trainers and Champions", "SCP pour les formateurs et les champions");
    trainers.tagline = text("Supporting staff after training", "Soutenir le personnel après la formation");
    trainers.audience = text("Trainers and champions", "Formateurs et champions");
    trainers.deliveryMethod = text("Co-facilitated blocks", "Blocs coanimés");
    trainers.coFacilitation = true;
    trainers.recommendedContactMinutes = 90;
    trainers.durationLabel = text("1.5 hours", "1,5 heure");
    trainers.overview = text("Trainers practise coaching.", "Les formateurs s’exercent au coaching.");
    trainers.objectives
        = {{QStringLiteral("trainers-o1"), text("Coach a colleague.", "Coacher un collègue.")}};
    trainers.topics = {QStringLiteral("collaboration")};
    Workshop blockWorkshop;
    blockWorkshop.id = QStringLiteral("trainers-block");
    blockWorkshop.title = text("Coaching block", "Bloc de coaching");
    blockWorkshop.kind = WorkshopKind::Block;
    blockWorkshop.defaultStart = QTime(13, 0);
    blockWorkshop.blocks = {block("trainers-block-demo", text("Demonstration", "Démonstration"), 45),
        block("trainers-block-practice", text("Coaching practice", "Pratique du coaching"), 45,
            {QStringLiteral("collaboration")}, {QStringLiteral("consensus-building")})};
    trainers.workshops = {blockWorkshop};

    package.programs = {staff, trainers};
    return package;
}

} // namespace pcs::test
