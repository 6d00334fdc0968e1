// Golden-file tests of the package checks: each folder under tests/curriculum/golden holds a small
// package and the exact problem lines PackageLoader must report for it.

#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/curriculum/PackageLoader.h"

#include <QDir>
#include <QFile>

#include <string>

using pcs::curriculum::PackageLoader;

namespace {

QString goldenRoot()
{
    return QString::fromUtf8(pcs::test::kSourceDir) + QStringLiteral("/tests/curriculum/golden");
}

QStringList loadProblems(const QString& packageDir)
{
    QStringList lines;
    const auto result = PackageLoader::load(packageDir);
    if (!result) {
        for (const auto& problem : result.error())
            lines.append(problem.toString());
    }
    return lines;
}

} // namespace

TEST_CASE("Golden packages report exactly the expected problems")
{
    const QDir root(goldenRoot());
    REQUIRE(root.exists());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 18);
    REQUIRE(cases.contains(QStringLiteral("valid")));

    int failures = 0;
    for (const QString& name : cases) {
        const QString caseDir = root.filePath(name);
        const QStringList expected = pcs::test::readLines(caseDir + QStringLiteral("/expected.txt"));
        const QStringList actual = loadProblems(caseDir + QStringLiteral("/package"));
        if (actual == expected)
            continue;
        ++failures;
        FAIL_CHECK("golden case " << name.toStdString() << " differs:\n"
                                  << pcs::test::unifiedDiff(expected, actual));
    }
    CHECK(failures == 0);
}

TEST_CASE("The valid golden package loads into the domain types")
{
    const auto result = PackageLoader::load(goldenRoot() + QStringLiteral("/valid/package"));
    REQUIRE(result.has_value());
    const pcs::CurriculumPackage& package = *result;
    CHECK(package.id == QStringLiteral("mini"));
    CHECK(package.version == 3);
    CHECK(package.released == QDate(2025, 1, 15));
    REQUIRE(package.programs.size() == 2);
    const pcs::Program& basics = package.programs[0];
    CHECK(basics.id == QStringLiteral("basics"));
    CHECK(basics.topics == QStringList{QStringLiteral("active-listening"), QStringLiteral("reframing")});
    REQUIRE(basics.workshops.size() == 1);
    const pcs::Workshop& day = basics.workshops[0];
    CHECK(day.kind == pcs::WorkshopKind::Day);
    CHECK(day.defaultStart == QTime(9, 0));
    REQUIRE(day.blocks.size() == 4);
    CHECK(day.blocks[2].isBreak);
    CHECK(day.blocks[3].notes.fr == QStringLiteral("Préparez deux exemples."));
    CHECK(basics.contactMinutes() == basics.recommendedContactMinutes);
    CHECK(package.programs[1].workshops[0].kind == pcs::WorkshopKind::HalfDay);

    REQUIRE(package.tools.size() == 2);
    CHECK(package.tools[0].prompts.size() == 6);
    CHECK(package.tools[0].jobAidMarkdown.en.startsWith(QStringLiteral("# Listening")));
    CHECK(package.tools[0].jobAidMarkdown.fr.startsWith(QStringLiteral("# Écoute")));
    REQUIRE(package.topics.size() == 3);
    CHECK(package.topics[0].tools == QStringList{QStringLiteral("listening")});
    CHECK(package.assessment.items.size() == 8);
    CHECK(package.assessment.desire.anchors.size() == 4);
    REQUIRE(package.templates.sawPlanFields.size() == 4);
    CHECK(package.templates.sawPlanFields[2].isDate);
    CHECK(package.templates.followUpStatuses[1].id == QStringLiteral("started"));
    CHECK(package.templates.ktaPhases.back().id == QStringLiteral("sustain"));
}
