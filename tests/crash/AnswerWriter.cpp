// answer_writer --setup DB ITEMS PER_PAGE
//     creates DB with a curriculum of ITEMS self-assessment items (PER_PAGE to a topic, one topic
//     to a page), a cohort with one learner on its roster and an open pre self-assessment window;
//     prints "ready".
// answer_writer --answer DB PER_PAGE
//     a learner at the kiosk: resumes from AssessmentStore::progress (the first item without an
//     answer) and answers the items one by one through AssessmentStore::saveAnswer, item i on page
//     i / PER_PAGE, printing "saved <i>" only after saveAnswer returned; prints "done" after the last.
// The answer to item i comes from AnswerValues.h; the crash test checks the stored values against it.

#include "AnswerValues.h"

#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdio>

namespace {

pcs::ItemAnswer answerFor(int i)
{
    return {pcs::crash::itemId(i), pcs::crash::competenceFor(i), pcs::crash::desireFor(i), std::nullopt,
        pcs::crash::commentFor(i)};
}

template <typename T> bool report(const pcs::Result<T>& result)
{
    if (!result)
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
    return result.has_value();
}

int setup(pcs::storage::Database& database, int items, int perPage)
{
    pcs::CurriculumPackage package;
    package.id = QStringLiteral("crash");
    package.version = 1;
    package.released = QDate(2027, 1, 1);
    pcs::Program program;
    program.id = QStringLiteral("staff");
    for (int i = 0; i < items; ++i) {
        const QString topic = QStringLiteral("topic-%1").arg(i / perPage);
        if (!program.topics.contains(topic))
            program.topics << topic;
        package.assessment.items.push_back(
            {pcs::crash::itemId(i), program.id, topic, {QStringLiteral("I can"), {}}});
    }
    package.programs = {program};
    auto imported = pcs::storage::CurriculumStore(database).import(package);
    if (!report(imported))
        return 1;

    pcs::Cohort cohort;
    cohort.programId = program.id;
    cohort.curriculumVersionId = imported->versionId;
    cohort.title = QStringLiteral("Crash cohort");
    cohort.startDate = QDate(2027, 1, 11);
    pcs::storage::CohortStore cohorts(database);
    auto created = cohorts.create(cohort);
    if (!report(created))
        return 1;
    pcs::Person learner;
    learner.firstName = QStringLiteral("Kiosk");
    learner.lastName = QStringLiteral("Learner");
    auto added = pcs::storage::PeopleStore(database).add(learner);
    if (!report(added) || !report(cohorts.addLearner(created->id, added->id)))
        return 1;
    auto window = pcs::storage::AssessmentWindowStore(database).openWindow(
        created->id, pcs::AssessmentPhase::Pre, false, false, QStringLiteral("crash-test"));
    if (!report(window))
        return 1;
    std::puts("ready");
    return 0;
}

int answer(pcs::storage::Database& database, int perPage)
{
    pcs::storage::CohortStore cohorts(database);
    auto list = cohorts.list();
    if (!report(list) || list->empty())
        return 1;
    const QString cohortId = list->front().id;
    auto roster = cohorts.roster(cohortId);
    auto cohort = cohorts.byId(cohortId);
    if (!report(roster) || roster->empty() || !report(cohort) || !*cohort)
        return 1;
    const QString personId = roster->front().id;
    auto items
        = pcs::storage::CurriculumStore(database).items((*cohort)->curriculumVersionId, (*cohort)->programId);
    if (!report(items))
        return 1;

    pcs::storage::AssessmentStore store(database);
    auto progress = store.progress(cohortId, personId, pcs::AssessmentPhase::Pre);
    if (!report(progress))
        return 1;
    // Resume where the kiosk would: the first item without an answer.
    QSet<QString> answered;
    for (const pcs::ItemAnswer& given : progress->answers)
        answered.insert(given.itemId);
    std::size_t next = 0;
    while (next < items->size() && answered.contains(items->at(next).id))
        ++next;
    for (; next < items->size(); ++next) {
        const int i = int(next);
        auto saved
            = store.saveAnswer(cohortId, personId, pcs::AssessmentPhase::Pre, answerFor(i), i / perPage);
        if (!report(saved))
            return 1;
        std::printf("saved %d\n", i);
        std::fflush(stdout);
    }
    std::puts("done");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool setupMode = arguments.value(1) == QLatin1String("--setup") && arguments.size() == 5;
    const bool answerMode = arguments.value(1) == QLatin1String("--answer") && arguments.size() == 4;
    if (!setupMode && !answerMode) {
        std::fputs(
            "usage: answer_writer --setup DATABASE ITEMS PER_PAGE | --answer DATABASE PER_PAGE\n", stderr);
        return 2;
    }
    auto opened = pcs::storage::Database::open(arguments.at(2));
    if (!report(opened))
        return 1;
    if (setupMode)
        return setup(**opened, arguments.at(3).toInt(), arguments.at(4).toInt());
    return answer(**opened, arguments.at(3).toInt());
}
