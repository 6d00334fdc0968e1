#include "pcs/services/AssessmentExport.h"

#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace pcs::services {

Result<std::vector<exchange::AssessmentCsvRow>> AssessmentExport::rows(
    storage::Database& database, const Cohort& cohort)
{
    const auto items = storage::CurriculumStore(database).items(cohort.curriculumVersionId, cohort.programId);
    if (!items)
        return std::unexpected(items.error());
    QHash<QString, qsizetype> itemRank;
    QHash<QString, QString> itemTopic;
    for (qsizetype i = 0; i < qsizetype(items->size()); ++i) {
        itemRank.insert(items->at(size_t(i)).id, i);
        itemTopic.insert(items->at(size_t(i)).id, items->at(size_t(i)).topic);
    }

    const storage::AssessmentStore store(database);
    const auto roster = store.statuses(cohort.id, AssessmentPhase::Pre); // by last, then first name
    if (!roster)
        return std::unexpected(roster.error());
    QHash<QString, qsizetype> learnerRank;
    QHash<QString, QString> learnerName;
    for (const storage::LearnerStatus& status : *roster) {
        learnerRank.insert(status.person.id, learnerRank.size());
        learnerName.insert(status.person.id, status.person.displayName());
    }
    const auto answers = store.answers(cohort.id);
    if (!answers)
        return std::unexpected(answers.error());

    // Answers kept for people taken off the roster: after the roster, by name.
    std::vector<Person> former;
    QSet<QString> looked;
    const storage::PeopleStore people(database);
    for (const storage::AnswerRow& answer : *answers) {
        if (learnerRank.contains(answer.personId) || looked.contains(answer.personId))
            continue;
        looked.insert(answer.personId);
        const auto person = people.byId(answer.personId);
        if (!person)
            return std::unexpected(person.error());
        Person found = person->value_or(Person{});
        found.id = answer.personId;
        former.push_back(found);
    }
    std::sort(former.begin(), former.end(), [](const Person& a, const Person& b) {
        return std::tuple(a.lastName.toCaseFolded(), a.firstName.toCaseFolded(), a.id)
            < std::tuple(b.lastName.toCaseFolded(), b.firstName.toCaseFolded(), b.id);
    });
    for (const Person& person : former) {
        learnerRank.insert(person.id, learnerRank.size());
        learnerName.insert(person.id, person.displayName());
    }

    std::vector<exchange::AssessmentCsvRow> rows;
    rows.reserve(answers->size());
    for (const storage::AnswerRow& answer : *answers)
        rows.push_back({cohort.id, answer.personId, learnerName.value(answer.personId),
            itemTopic.value(answer.answer.itemId), answer.answer.itemId, answer.phase,
            answer.answer.competence, answer.answer.desire, answer.answer.thenCompetence,
            answer.answer.comment});
    const auto key = [&](const exchange::AssessmentCsvRow& row) {
        return std::tuple(learnerRank.value(row.learnerId), row.phase == AssessmentPhase::Pre ? 0 : 1,
            itemRank.value(row.itemId, itemRank.size()), row.itemId);
    };
    std::stable_sort(rows.begin(), rows.end(),
        [&](const exchange::AssessmentCsvRow& a, const exchange::AssessmentCsvRow& b) {
            return key(a) < key(b);
        });
    return rows;
}

} // namespace pcs::services
