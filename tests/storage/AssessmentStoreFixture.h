#pragma once

// The self-assessment store over the delivery fixture: a window for the cohort, answers saved and
// read back, and what SQLite says when a raw statement is refused. Shared by the store's tests.

#include "AssessmentFixture.h"

#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/AssessmentWindowStore.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

namespace pcs::test {

inline const QString kFacilitator = QStringLiteral("mgagnon");

inline ItemAnswer rated(const char* itemId, std::optional<int> competence, std::optional<int> desire,
    const QString& comment = {}, std::optional<int> then = std::nullopt)
{
    return {QString::fromUtf8(itemId), competence, desire, then, comment};
}

struct AssessmentStoreFixture : AssessmentFixture {
    storage::AssessmentStore store{*database};
    storage::AssessmentWindowStore windows{*database};

    AssessmentWindow open(AssessmentPhase phase = AssessmentPhase::Pre, bool collectThen = false)
    {
        auto window = windows.openWindow(cohort.id, phase, false, collectThen, kFacilitator);
        if (!window)
            FAIL("open failed: " << window.error().message.toStdString());
        return *window;
    }

    void save(const Person& learner, const ItemAnswer& answer, int page = 0,
        AssessmentPhase phase = AssessmentPhase::Pre)
    {
        auto saved = store.saveAnswer(cohort.id, learner.id, phase, answer, page);
        if (!saved)
            FAIL("save failed: " << saved.error().message.toStdString());
    }

    LearnerAssessment progressOf(const Person& learner, AssessmentPhase phase = AssessmentPhase::Pre)
    {
        auto read = store.progress(cohort.id, learner.id, phase);
        if (!read)
            FAIL("progress failed: " << read.error().message.toStdString());
        return *read;
    }

    int storedAnswers() const
    {
        return rawConnection(path)->execAndGet("SELECT count(*) FROM assessment_answers").getInt();
    }
};

// What SQLite says when a raw statement is refused, or "" when it is not.
inline std::string refusalOf(SQLite::Database& db, const std::string& sql)
{
    try {
        db.exec(sql);
    } catch (const SQLite::Exception& e) {
        return e.what();
    }
    return {};
}

} // namespace pcs::test
