#include "TestSupport.h"

#include "pcs/curriculum/PackageLoader.h"

#include <QTemporaryDir>

using pcs::curriculum::PackageLoader;
using pcs::curriculum::Problem;

TEST_CASE("Problem::toString gives file:line:column for syntax errors and the field path otherwise")
{
    const Problem syntax{QStringLiteral("programs.json"), 12, 7, {}, QStringLiteral("invalid value")};
    CHECK(syntax.toString() == QStringLiteral("programs.json:12:7: invalid value"));

    const Problem field{QStringLiteral("programs.json"), 0, 0,
        QStringLiteral("programs[2].workshops[0].blocks[3].minutes"),
        QStringLiteral("must be a whole number")};
    CHECK(field.toString()
        == QStringLiteral(
            "programs.json: programs[2].workshops[0].blocks[3].minutes: must be a whole number"));

    const Problem whole{QStringLiteral("templates.json"), 0, 0, {}, QStringLiteral("file not found")};
    CHECK(whole.toString() == QStringLiteral("templates.json: file not found"));
}

TEST_CASE("Loading a folder that does not exist reports one problem naming manifest.json")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString missing = temporary.filePath(QStringLiteral("no-such-package"));

    const auto result = PackageLoader::load(missing);

    REQUIRE_FALSE(result.has_value());
    REQUIRE(result.error().size() == 1);
    const Problem& problem = result.error().front();
    CHECK(problem.file == QStringLiteral("manifest.json"));
    CHECK(problem.message.contains(missing));
    CHECK(problem.toString().startsWith(QStringLiteral("manifest.json: ")));
}

TEST_CASE("Loading an empty folder reports the missing manifest.json")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());

    const auto result = PackageLoader::load(temporary.path());

    REQUIRE_FALSE(result.has_value());
    REQUIRE(result.error().size() == 1);
    CHECK(result.error().front().file == QStringLiteral("manifest.json"));
}

TEST_CASE("A package loads from a Qt resource path")
{
    // curriculum_test.qrc embeds the valid golden package.
    const auto result = PackageLoader::load(QStringLiteral(":/curriculum-test/valid"));
    if (!result) {
        for (const Problem& problem : result.error())
            UNSCOPED_INFO(problem.toString().toStdString());
    }
    REQUIRE(result.has_value());
    CHECK(result->id == QStringLiteral("mini"));
    REQUIRE(result->tools.size() == 2);
    CHECK(result->tools[1].jobAidMarkdown.fr.startsWith(QStringLiteral("# Recadrage")));

    const auto missing = PackageLoader::load(QStringLiteral(":/curriculum-test/nothing-here"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().size() == 1);
}
