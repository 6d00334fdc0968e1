// The organization summary is computed by SQL in storage; the cohort reports by the analytics
// module in C++. On a demo database both must tell the same story, cohort by cohort added up.
// And the summary, as every report, is written in the language asked for, whatever the window's.
#include "PdfTestSupport.h"
#include "TestSupport.h"
#include "pcs/services/DemoData.h"

#include "pcs/analytics/CohortStatistics.h"
#include "pcs/services/CohortAnalysis.h"
#include "pcs/services/ReportJob.h"
#include "pcs/services/ReportSources.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/OrganizationSummaryQuery.h"
#include "pcs/storage/PeopleStore.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <map>

using namespace pcs;

namespace {

struct Expected {
    QSet<QString> trained, completed;
    int minutes = 0;
};

struct Gain {
    int n = 0;
    double pre = 0, post = 0;
};

} // namespace

TEST_CASE("The organization summary SQL agrees with the cohort analytics added up over a demo database")
{
    QTemporaryDir dir;
    auto database = storage::Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(database);
    REQUIRE(pcs::services::DemoData::generate(**database, 150, 11));

    const auto organizations = storage::PeopleStore(**database).organizations();
    REQUIRE(organizations);
    QHash<QString, QString> organizationName;
    for (const Organization& organization : *organizations)
        organizationName.insert(organization.id, organization.name);

    const auto cohorts = storage::CohortStore(**database).list();
    REQUIRE(cohorts);
    REQUIRE(cohorts->size() > 3);
    std::map<std::pair<QString, QString>, Expected> rows; // (organization, program)
    std::map<QString, Gain> gains;
    QSet<QString> learners;
    int contactMinutes = 0;
    for (const auto& summary : *cohorts) {
        const auto analysis = pcs::services::CohortAnalysis::read(**database, summary.id);
        REQUIRE(analysis);
        for (const CohortSession& session : analysis->cohort.sessions)
            contactMinutes += session.contactMinutes;
        for (std::size_t i = 0; i < analysis->roster.size(); ++i) {
            const Person& person = analysis->roster[i];
            learners.insert(person.id);
            Expected& row = rows[{organizationName.value(person.organizationId), analysis->cohort.programId}];
            row.trained.insert(person.id);
            if (analysis->attendance[i].eligible)
                row.completed.insert(person.id);
            row.minutes += analysis->attendance[i].earnedMinutes;
        }
        const auto ratings = analytics::learnerTopicRatings(analysis->items, analysis->answers);
        for (const auto& topics : ratings)
            for (auto topic = topics.cbegin(); topic != topics.cend(); ++topic)
                if (topic->pre && topic->post) {
                    Gain& gain = gains[topic.key()];
                    ++gain.n;
                    gain.pre += *topic->pre;
                    gain.post += *topic->post;
                }
    }

    const auto figures
        = storage::OrganizationSummaryQuery(**database).run(QDate(2000, 1, 1), QDate(2100, 12, 31));
    REQUIRE(figures);
    CHECK(figures->cohorts == int(cohorts->size()));
    CHECK(figures->learners == learners.size());
    CHECK(figures->contactMinutes == contactMinutes);

    REQUIRE(figures->rows.size() == rows.size());
    int completed = 0;
    for (const auto& row : figures->rows) {
        INFO(row.organization.toStdString() << " / " << row.programId.toStdString());
        const auto found = rows.find({row.organization, row.programId});
        REQUIRE(found != rows.end());
        CHECK(row.peopleTrained == found->second.trained.size());
        CHECK(row.completed == found->second.completed.size());
        CHECK(row.learnerContactMinutes == found->second.minutes);
        completed += row.completed;
    }
    CHECK(completed > 0); // the demo has completed cohorts: the comparison is not of zeros

    REQUIRE(figures->gains.size() == gains.size());
    REQUIRE_FALSE(gains.empty());
    for (const auto& gain : figures->gains) {
        INFO(gain.topicId.toStdString());
        const auto found = gains.find(gain.topicId);
        REQUIRE(found != gains.end());
        CHECK(gain.n == found->second.n);
        CHECK(gain.meanPre == Approx(found->second.pre / found->second.n));
        CHECK(gain.meanPost == Approx(found->second.post / found->second.n));
    }

    // The report's source puts the topics in curriculum order with their titles.
    const auto summary = pcs::services::ReportSources::organizationSummary(
        **database, QDate(2000, 1, 1), QDate(2100, 12, 31), QStringLiteral("fr"));
    REQUIRE(summary);
    REQUIRE(summary->gains.size() == figures->gains.size());
    QStringList ids;
    for (const auto& gain : figures->gains)
        ids << gain.topicId;
    for (const auto& gain : summary->gains) {
        CHECK_FALSE(gain.topic.isEmpty());
        CHECK_FALSE(ids.contains(gain.topic)); // a title, not a topic id
    }
}

TEST_CASE("A report is written in its own language whatever the window's language")
{
    QTemporaryDir dir;
    auto database = storage::Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(database);
    REQUIRE(pcs::services::DemoData::generate(**database, 40, 3));
    const QString english = QStringLiteral("Organization summary");
    const QString french = QStringLiteral("Sommaire de l’organisme");
    const auto write = [&](const QString& language) {
        pcs::services::ReportRequest request;
        request.kind = pcs::services::ReportKind::OrganizationSummary;
        request.from = QDate(2000, 1, 1);
        request.to = QDate(2100, 12, 31);
        request.language = language;
        const QString path = dir.filePath(language + QStringLiteral(".pdf"));
        const auto written
            = pcs::services::ReportJob(**database, request, QStringLiteral("test")).write(path);
        REQUIRE(written);
        return test::fileText(path);
    };
    const QLocale before;
    // The window in English (this test process has no translation installed).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    const QString fr = write(QStringLiteral("fr"));
    CHECK(fr.contains(french));
    CHECK(fr.contains(QStringLiteral("Formation offerte")));
    CHECK_FALSE(fr.contains(english));
    CHECK(QCoreApplication::translate("pcs::reports::OrganizationReportPdf", "Organization summary")
        == english);

    // The window in French: the French translation installed, as the app does.
    QTranslator windowFrench;
    REQUIRE(windowFrench.load(QStringLiteral(":/i18n/pcs-studio_fr.qm")));
    QCoreApplication::installTranslator(&windowFrench);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    const QString en = write(QStringLiteral("en"));
    CHECK(en.contains(english));
    CHECK_FALSE(en.contains(french));
    CHECK(
        QCoreApplication::translate("pcs::reports::OrganizationReportPdf", "Organization summary") == french);
    QCoreApplication::removeTranslator(&windowFrench);
    QLocale::setDefault(before);
}
