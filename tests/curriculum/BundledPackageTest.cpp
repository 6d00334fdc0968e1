#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/curriculum/PackageLoader.h"

#include <QElapsedTimer>

#include <algorithm>

using pcs::curriculum::PackageLoader;
using pcs::curriculum::Problem;

namespace {

QString bundledPackage()
{
    return QString::fromUtf8(pcs::test::kSourceDir) + QStringLiteral("/curricula/pcs");
}

QStringList problemLines(const std::vector<Problem>& problems)
{
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(problem.toString());
    return lines;
}

// Loads the bundled package once for all the checks below.
const pcs::CurriculumPackage& bundled()
{
    static const pcs::CurriculumPackage package = [] {
        const auto result = PackageLoader::load(bundledPackage());
        if (!result)
            FAIL(problemLines(result.error()).join(u'\n').toStdString());
        return *result;
    }();
    return package;
}

const pcs::Program& program(const QString& id)
{
    const pcs::Program* found = bundled().program(id);
    REQUIRE(found != nullptr);
    return *found;
}

bool complete(const pcs::LocalizedText& text)
{
    return text.complete();
}

} // namespace

TEST_CASE("The bundled PCS package loads with no problems, well under a second")
{
    QElapsedTimer timer;
    timer.start();
    const auto result = PackageLoader::load(bundledPackage());
    const qint64 elapsed = timer.elapsed();

    INFO("load took " << elapsed << " ms");
    REQUIRE(problemLines(result ? std::vector<Problem>{} : result.error()) == QStringList{});
    CHECK(elapsed < 1000); // typically a few tens of ms; generous for a busy build machine
    WARN("bundled package loaded in " << elapsed << " ms");

    const pcs::CurriculumPackage& package = *result;
    CHECK(package.format == 1);
    CHECK(package.id == QStringLiteral("pcs"));
    CHECK(package.version >= 1);
    CHECK(package.released.isValid());
    CHECK(complete(package.title));
    CHECK(complete(package.description));
}

TEST_CASE("The bundled package has the five PCS programs with the seed's figures")
{
    const pcs::CurriculumPackage& package = bundled();
    REQUIRE(package.programs.size() == 5);
    QStringList ids;
    for (std::size_t i = 0; i < package.programs.size(); ++i) {
        ids.append(package.programs[i].id);
        CHECK(package.programs[i].order == static_cast<int>(i) + 1);
    }
    CHECK(ids
        == QStringList{QStringLiteral("staff"), QStringLiteral("staff2"), QStringLiteral("trainers"),
            QStringLiteral("service-users"), QStringLiteral("ssi")});

    SECTION("PCS for Staff: 1080 contact minutes")
    {
        const pcs::Program& staff = program(QStringLiteral("staff"));
        CHECK(staff.recommendedContactMinutes == 1080);
        CHECK(staff.contactMinutes() == 1080);
        CHECK_FALSE(staff.coFacilitation);
    }
    SECTION("PCS for Staff II: two days, 720 contact minutes")
    {
        const pcs::Program& staff2 = program(QStringLiteral("staff2"));
        REQUIRE(staff2.workshops.size() == 2);
        for (const pcs::Workshop& workshop : staff2.workshops)
            CHECK(workshop.kind == pcs::WorkshopKind::Day);
        CHECK(staff2.contactMinutes() == 720);
        CHECK(staff2.recommendedContactMinutes == 720);
    }
    SECTION("PCS for Trainers and Champions: 1800 contact minutes, co-facilitated")
    {
        const pcs::Program& trainers = program(QStringLiteral("trainers"));
        CHECK(trainers.contactMinutes() == 1800);
        CHECK(trainers.recommendedContactMinutes == 1800);
        CHECK(trainers.coFacilitation);
    }
    SECTION("PCS for Service Users: ten half-days from 09:30, 135 minutes with 120 of contact")
    {
        const pcs::Program& users = program(QStringLiteral("service-users"));
        REQUIRE(users.workshops.size() == 10);
        for (const pcs::Workshop& workshop : users.workshops) {
            INFO(workshop.id.toStdString());
            CHECK(workshop.kind == pcs::WorkshopKind::HalfDay);
            CHECK(workshop.defaultStart == QTime(9, 30));
            CHECK(workshop.totalMinutes() == 135);
            CHECK(workshop.contactMinutes() == 120);
        }
        CHECK(users.contactMinutes() == 1200);
    }
    SECTION("PCS for Service System Integration: 540 minutes, 180 then 360")
    {
        const pcs::Program& ssi = program(QStringLiteral("ssi"));
        REQUIRE(ssi.workshops.size() == 2);
        CHECK(ssi.workshops[0].contactMinutes() == 180);
        CHECK(ssi.workshops[1].contactMinutes() == 360);
        CHECK(ssi.contactMinutes() == 540);
        CHECK(ssi.recommendedContactMinutes == 540);
    }
}

TEST_CASE("The bundled package has the thirteen MicroCoaching tools with their job aids")
{
    const pcs::CurriculumPackage& package = bundled();
    REQUIRE(package.tools.size() == 13);
    for (std::size_t i = 0; i < package.tools.size(); ++i) {
        const pcs::MicroCoachingTool& tool = package.tools[i];
        INFO(tool.id.toStdString());
        CHECK(tool.number == static_cast<int>(i) + 1);
        CHECK(complete(tool.title));
        CHECK(complete(tool.summary));
        CHECK(complete(tool.whenToUse));
        CHECK(tool.prompts.size() >= 6);
        CHECK(std::all_of(tool.prompts.begin(), tool.prompts.end(), complete));
        CHECK(tool.jobAidMarkdown.en.startsWith(QStringLiteral("# ")));
        CHECK(tool.jobAidMarkdown.fr.startsWith(QStringLiteral("# ")));
        CHECK(tool.jobAidMarkdown.en.size() > 100);
        CHECK(tool.jobAidMarkdown.fr.size() > 100);
    }
}

TEST_CASE("Every topic of every bundled program has at least two self-assessment items")
{
    const pcs::CurriculumPackage& package = bundled();
    for (const pcs::Program& program : package.programs) {
        REQUIRE_FALSE(program.topics.isEmpty());
        for (const QString& topic : program.topics) {
            const auto count = std::count_if(package.assessment.items.begin(), package.assessment.items.end(),
                [&](const pcs::AssessmentItem& item) {
                    return item.program == program.id && item.topic == topic;
                });
            INFO(program.id.toStdString() << " / " << topic.toStdString());
            CHECK(count >= 2);
            CHECK(package.topic(topic) != nullptr);
        }
    }
    CHECK(package.assessment.competence.anchors.size() == 5);
    CHECK(package.assessment.desire.anchors.size() == 4);
    CHECK(package.templates.sawPlanFields.size() == 4);
    CHECK(package.templates.ktaPhases.size() == 7);
    CHECK(package.templates.followUpDays == std::vector<int>{30, 60, 90});
}
