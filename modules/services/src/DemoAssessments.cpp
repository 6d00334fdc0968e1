#include "pcs/services/DemoData.h"

#include "DemoRandom.h"
#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/assessment/SawPlan.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/SawPlanStore.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <utility>
#include <vector>

// The self-assessments, SAW plans and follow-ups of the demonstration; DemoData.cpp creates the
// people and cohorts they belong to.

namespace pcs::services {
namespace {

// Self-assessment comments, SAW plan texts and follow-up notes, in the learner's language.
const char* const kCommentsEn[] = {"Hard to do with a full caseload.", "I want more practice with this one.",
    "Good refresher, I use this every day.", "Not sure how this applies to intake.",
    "Would like examples from ODSP files.", "- more role plays please", "This changed how I see my clients.",
    "Need to talk to my supervisor about \"person-centric\" targets, first."};
const char* const kCommentsFr[]
    = {"Difficile avec une charge de travail complète.", "J'aimerais m'exercer davantage.",
        "Très utile : je m'en sers tous les jours.", "Je ne vois pas encore comment l'appliquer à l'accueil.",
        "« Centré sur la personne » : à revoir, svp.", "- plus de jeux de rôle"};
const char* const kApplicationEn[]
    = {"Use “%1” in my next intake interviews with people new to Ontario Works.",
        "Bring “%1” into our weekly case reviews.", "Try “%1” with two people on my caseload who feel stuck.",
        "Plan my next three appointments around “%1”."};
const char* const kApplicationFr[] = {"Utiliser « %1 » lors de mes prochaines entrevues d'accueil.",
    "Intégrer « %1 » à nos revues de dossiers hebdomadaires.",
    "Essayer « %1 » avec deux personnes de ma charge de travail qui piétinent.",
    "Préparer mes trois prochains rendez-vous autour de « %1 »."};
const char* const kFirstStepEn[] = {"Reread the job aid and pick one prompting question to try.",
    "Book 15 minutes with my supervisor to plan it.", "Practise with a colleague before Friday.",
    "Write the prompting questions on a card for my desk."};
const char* const kFirstStepFr[] = {"Relire l'aide-mémoire et choisir une question à essayer.",
    "Prévoir 15 minutes avec ma superviseure pour planifier.", "M'exercer avec une collègue avant vendredi.",
    "Noter les questions d'incitation sur une fiche."};
// By follow-up status: not started, started, applied.
const char* const kReflectionEn[3][2]
    = {{"Busy month, did not get to it yet.", "Waiting for the right client to try it with."},
        {"Started with one client, going well.", "Tried it twice; people opened up more than usual."},
        {"It is part of my routine now.", "Used it all month; my team does it too."}};
const char* const kReflectionFr[3][2]
    = {{"Mois chargé, pas encore commencé.", "J'attends la bonne occasion pour l'essayer."},
        {"Commencé avec une personne, ça se passe bien.",
            "Essayé deux fois : les personnes se sont davantage confiées."},
        {"Ça fait maintenant partie de ma routine.", "Utilisé tout le mois; mon équipe aussi s'y met."}};
const char* const kNextStepEn[] = {"Bring a case to the next debriefing.", "Try it with a group session.",
    "Share what worked at the team meeting."};
const char* const kNextStepFr[] = {"Présenter un cas au prochain débreffage.",
    "L'essayer en séance de groupe.", "Partager ce qui a fonctionné en réunion d'équipe."};

template <size_t N, size_t M>
QString phrase(QRandomGenerator& random, bool french, const char* const (&en)[N], const char* const (&fr)[M])
{
    return QString::fromUtf8(french ? pick(random, fr) : pick(random, en));
}

// A normally distributed value (Box-Muller) from the seeded generator.
double normal(QRandomGenerator& random, double mean, double deviation)
{
    const double u1 = 1.0 - random.generateDouble(); // (0, 1]
    const double u2 = random.generateDouble();
    return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

int onScale(double value, const RatingScale& scale)
{
    return std::clamp(int(std::lround(value)), scale.min, scale.max);
}

// When the learners answered: at a session of the cohort (Toronto time), never after `now`.
QDateTime answeredAt(const CohortSession& session, int minutesAfterStart, const QDateTime& now)
{
    static const QTimeZone toronto("America/Toronto");
    const QDateTime at
        = QDateTime(session.date, session.start.isValid() ? session.start : QTime(9, 0), toronto)
              .addSecs(qint64(minutesAfterStart) * 60)
              .toUTC();
    return std::min(at, now);
}

// One learner's answers to a cohort's items, pre and post, drawn from their own profile: a
// competence level (around 2.5 on 1-5), an eagerness to learn more (around 3 on 1-4) and what the
// program gave them (about +0.8, some nothing or less). Desire is higher where competence is lower.
struct DemoAnswers {
    std::vector<ItemAnswer> pre;
    std::vector<ItemAnswer> post; // with then-ratings: the pre level seen afterwards, a bit lower
};

DemoAnswers answersOf(QRandomGenerator& random, const std::vector<AssessmentItem>& items,
    const AssessmentBank& bank, bool french)
{
    const double level = normal(random, 2.5, 0.6);
    const double eagerness = normal(random, 3.0, 0.45);
    const double gain = normal(random, 0.8, 0.45);
    const bool leavesBlanks = random.bounded(100) < 10;
    QHash<QString, double> topicLevel;
    DemoAnswers answers;
    for (const AssessmentItem& item : items) {
        if (!topicLevel.contains(item.topic))
            topicLevel.insert(item.topic, level + normal(random, 0.0, 0.5));
        const double before = topicLevel.value(item.topic) + normal(random, 0.0, 0.4);
        const double after = before + gain + normal(random, 0.0, 0.5);
        ItemAnswer pre{item.id, onScale(before, bank.competence),
            onScale(eagerness + 0.35 * (2.5 - before) + normal(random, 0.0, 0.5), bank.desire), std::nullopt,
            {}};
        ItemAnswer post{item.id, onScale(after, bank.competence),
            onScale(eagerness - 0.2 + 0.35 * (2.5 - after) + normal(random, 0.0, 0.5), bank.desire),
            onScale(before - 0.4 + normal(random, 0.0, 0.5), bank.competence), {}};
        if (random.bounded(1000) < 15)
            pre.comment = phrase(random, french, kCommentsEn, kCommentsFr);
        if (random.bounded(1000) < 15)
            post.comment = phrase(random, french, kCommentsEn, kCommentsFr);
        const int blank = leavesBlanks ? random.bounded(100) : 100;
        if (blank < 20)
            continue; // skipped the item, both times
        if (blank < 25) {
            pre.desire.reset();
            post.desire.reset();
        }
        answers.pre.push_back(pre);
        answers.post.push_back(post);
    }
    return answers;
}

// How far a learner has come at each follow-up: never back, more often forward.
FollowUpStatus nextStatus(QRandomGenerator& random, std::optional<FollowUpStatus> before)
{
    const int roll = random.bounded(100);
    if (!before)
        return roll < 35 ? FollowUpStatus::NotStarted
            : roll < 80  ? FollowUpStatus::Started
                         : FollowUpStatus::Applied;
    if (*before == FollowUpStatus::NotStarted)
        return roll < 35 ? FollowUpStatus::NotStarted
            : roll < 85  ? FollowUpStatus::Started
                         : FollowUpStatus::Applied;
    if (*before == FollowUpStatus::Started)
        return roll < 50 ? FollowUpStatus::Started : FollowUpStatus::Applied;
    return FollowUpStatus::Applied;
}

} // namespace

Result<void> DemoData::createAssessments(storage::Database& database, const CurriculumPackage& package,
    const std::vector<DemoCohort>& cohorts, const QSet<QString>& frenchLearners, quint32 seed,
    DemoFigures& figures)
{
    // A stream of its own, so that the people and cohorts of a seed stay what they were.
    const quint32 seeds[] = {seed, 0x5e1f0a55u};
    QRandomGenerator random(seeds, 2);
    const QString actor = QStringLiteral("demo");
    const QDateTime now = database.clock().nowUtc();
    const QDate today = now.toLocalTime().date();
    const AssessmentBank& bank = package.assessment;
    const CurriculumTemplates& templates = package.templates;
    storage::AssessmentWindowStore windows(database);
    storage::AssessmentStore assessments(database, storage::RatingRanges::of(bank));
    storage::SawPlanStore plans(
        database, templates.followUpDays.empty() ? std::vector<int>{30, 60, 90} : templates.followUpDays);

    // Opens the window, saves the batches (submitted or not), closes the window.
    const auto collect =
        [&](const Cohort& cohort, AssessmentPhase phase, bool collectThen, const QDateTime& at,
            const std::vector<std::pair<std::vector<storage::LearnerAnswer>, int>>& batches) -> Result<void> {
        const auto window = windows.openWindow(cohort.id, phase, false, collectThen, actor);
        if (!window)
            return std::unexpected(window.error());
        for (size_t i = 0; i < batches.size(); ++i) {
            const bool submit = i == 0; // the first batch is of the learners who submitted
            const auto saved = assessments.saveAnswers(cohort.id, phase, batches[i].first, submit, at);
            if (!saved)
                return std::unexpected(saved.error());
            figures.answers += *saved;
            if (submit)
                figures.submittedAssessments += batches[i].second;
        }
        return windows.closeWindow(window->id, actor);
    };

    for (const DemoCohort& demo : cohorts) {
        const Cohort& cohort = demo.cohort;
        const Program* program = package.program(cohort.programId);
        if (!program || cohort.sessions.empty())
            continue;
        const std::vector<AssessmentItem> items = bank.itemsFor(program->id, program->topics);
        if (items.empty())
            continue;
        const bool completed = cohort.status == CohortStatus::Completed;

        // Most learners submit the pre assessment, a few leave it unfinished or never start it; of a
        // completed cohort most take the post assessment, and submit it.
        std::vector<storage::LearnerAnswer> preSubmitted, preStarted, post;
        int preSubmitters = 0;
        std::vector<std::pair<QString, LearnerAssessment>> postAssessments;
        for (const QString& learner : demo.roster) {
            const DemoAnswers drawn = answersOf(random, items, bank, frenchLearners.contains(learner));
            const int pre = random.bounded(100);
            const bool takesPost = completed && random.bounded(100) < 94;
            if (pre >= 3 && !drawn.pre.empty()) {
                const bool submits = pre >= (completed ? 8 : 18);
                preSubmitters += submits ? 1 : 0;
                for (const ItemAnswer& answer : drawn.pre)
                    (submits ? preSubmitted : preStarted).push_back({learner, answer});
            }
            if (takesPost && !drawn.post.empty()) {
                for (const ItemAnswer& answer : drawn.post)
                    post.push_back({learner, answer});
                LearnerAssessment assessment;
                assessment.cohortId = cohort.id;
                assessment.personId = learner;
                assessment.phase = AssessmentPhase::Post;
                assessment.state = SubmissionState::Submitted;
                assessment.answers = drawn.post;
                postAssessments.emplace_back(learner, std::move(assessment));
            }
        }
        const CohortSession& first = cohort.sessions.front();
        if (auto done = collect(cohort, AssessmentPhase::Pre, false, answeredAt(first, 20, now),
                {{preSubmitted, preSubmitters}, {preStarted, 0}});
            !done)
            return done;
        if (!completed)
            continue;

        const CohortSession& last = cohort.sessions.back();
        const int length
            = last.start.isValid() && last.end.isValid() ? last.start.secsTo(last.end) / 60 : 360;
        const QDateTime postAt = answeredAt(last, std::max(0, length - 30), now);
        if (auto done
            = collect(cohort, AssessmentPhase::Post, true, postAt, {{post, int(postAssessments.size())}});
            !done)
            return done;

        // SAW plans for most of them, on the topics they most want to develop; the follow-ups that
        // are due by now recorded.
        for (const auto& [learner, assessment] : postAssessments) {
            if (random.bounded(100) >= 70)
                continue;
            const bool french = frenchLearners.contains(learner);
            const QString language = french ? QStringLiteral("fr") : QStringLiteral("en");
            const QStringList topics = priorityTopics(assessment, items, 1 + random.bounded(3));
            if (topics.isEmpty())
                continue;
            for (const QString& topicId : topics) {
                SawPlanEntry entry;
                entry.id = seededUuid(random);
                entry.topicId = topicId;
                const Topic* topic = package.topic(topicId);
                const QString title = topic ? topic->title.in(language) : topicId;
                for (const SawPlanField& field : templates.sawPlanFields) {
                    QString text;
                    if (field.isDate)
                        text = postAt.toLocalTime()
                                   .date()
                                   .addDays(7 + random.bounded(40))
                                   .toString(Qt::ISODate);
                    else if (field.id == QLatin1String("first-step"))
                        text = phrase(random, french, kFirstStepEn, kFirstStepFr);
                    else if (field.id == QLatin1String("support-needed") && !templates.supportOptions.empty())
                        text = templates.supportOptions
                                   .at(size_t(random.bounded(int(templates.supportOptions.size()))))
                                   .title.in(language);
                    else
                        text = phrase(random, french, kApplicationEn, kApplicationFr).arg(title);
                    entry.fields.insert(field.id, text);
                }
                if (auto saved = plans.saveSawPlanEntry(cohort.id, learner, entry); !saved)
                    return std::unexpected(saved.error());
                ++figures.sawPlanEntries;
            }
            ++figures.sawPlans;

            const auto planned = plans.followUps(cohort.id, learner);
            if (!planned)
                return std::unexpected(planned.error());
            std::optional<FollowUpStatus> status;
            for (FollowUp followUp : *planned) {
                if (followUp.isRecorded() || !followUp.dueDate.isValid() || followUp.dueDate > today)
                    continue;
                status = nextStatus(random, status);
                followUp.id = seededUuid(random);
                followUp.status = status;
                followUp.reflection = QString::fromUtf8(
                    pick(random, french ? kReflectionFr[int(*status)] : kReflectionEn[int(*status)]));
                followUp.nextStep = phrase(random, french, kNextStepEn, kNextStepFr);
                if (auto recorded = plans.recordFollowUp(followUp, actor); !recorded)
                    return std::unexpected(recorded.error());
                ++figures.followUps;
            }
        }
    }
    return {};
}

} // namespace pcs::services
