// What a package may hold: regular files inside its own folder, of a text file's size. Each test copies
// the valid golden package into a temporary folder and replaces one file by something else.

#include "PackageCopy.h"

#include <sys/stat.h>

using pcs::curriculum::PackageLoader;
using pcs::test::copyValidPackage;
using pcs::test::problemLines;

namespace {

const QString kJobAid = QStringLiteral("tools/en/01-listening.md");
constexpr qsizetype kLimit = 4 * 1024 * 1024; // curricula/README.md, "Files"

// Replaces `relativePath` of `package` by a symbolic link to `target`.
void replaceByLink(const QString& package, const QString& relativePath, const QString& target)
{
    const QString path = package + u'/' + relativePath;
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::link(target, path));
}

QString real(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).canonicalFilePath());
}

} // namespace

TEST_CASE("The copied valid package loads before any file is replaced")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    CHECK(problemLines(copyValidPackage(temporary)).isEmpty());
}

TEST_CASE("A job aid that is a link to a file outside the package is refused")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    // A valid job aid, so that only where it lies can be wrong with it.
    const QString outside = temporary.filePath(QStringLiteral("secret.md"));
    pcs::test::writeFile(outside, "# Listening\n\nNot part of the package.\n");
    replaceByLink(package, kJobAid, outside);

    const auto result = PackageLoader::load(package);

    REQUIRE_FALSE(result.has_value());
    CHECK(problemLines(package)
        == QStringList{kJobAid + QStringLiteral(": leads to ") + real(outside)
            + QStringLiteral(", outside the package folder; put the file itself in the package")});
}

TEST_CASE("A package file reached through a linked folder outside the package is refused")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString outside = temporary.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir(package).rename(QStringLiteral("tools/fr"), outside));
    REQUIRE(QFile::link(outside, package + QStringLiteral("/tools/fr")));

    const QString tail = QStringLiteral(", outside the package folder; put the file itself in the package");
    CHECK(problemLines(package)
        == QStringList{QStringLiteral("tools/fr/01-listening.md: leads to ")
                + real(outside + QStringLiteral("/01-listening.md")) + tail,
            QStringLiteral("tools/fr/02-reframing.md: leads to ")
                + real(outside + QStringLiteral("/02-reframing.md")) + tail});
}

TEST_CASE("A JSON file of the package that is a link outside is refused as well")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString outside = temporary.filePath(QStringLiteral("manifest.json"));
    REQUIRE(QFile::copy(package + QStringLiteral("/manifest.json"), outside));
    replaceByLink(package, QStringLiteral("manifest.json"), outside);

    CHECK(problemLines(package)
        == QStringList{QStringLiteral("manifest.json: leads to ") + real(outside)
            + QStringLiteral(", outside the package folder; put the file itself in the package")});
}

TEST_CASE("A link that stays inside the package is followed")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    REQUIRE(QDir(package).mkpath(QStringLiteral("shared")));
    pcs::test::writeFile(package + QStringLiteral("/shared/listening.md"), "# Listening, shared\n");
    replaceByLink(
        package, kJobAid, QStringLiteral("../../shared/listening.md")); // relative, as authors make them

    const auto result = PackageLoader::load(package);

    REQUIRE(result.has_value());
    CHECK(result->tools[0].jobAidMarkdown.en == QStringLiteral("# Listening, shared\n"));
}

TEST_CASE("A package folder reached through a link loads")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString link = temporary.filePath(QStringLiteral("linked-package"));
    REQUIRE(QFile::link(package, link));

    CHECK(PackageLoader::load(link).has_value());
}

TEST_CASE("A dangling link in the package is refused with where it leads")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString nowhere = temporary.filePath(QStringLiteral("gone.md"));
    replaceByLink(package, kJobAid, nowhere);

    CHECK(problemLines(package)
        == QStringList{kJobAid + QStringLiteral(": is a link to ") + QDir::toNativeSeparators(nowhere)
            + QStringLiteral(", which does not exist")});
}

TEST_CASE("A named pipe as a job aid is refused without being opened")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString path = package + u'/' + kJobAid;
    REQUIRE(QFile::remove(path));
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);

    // Opening a pipe no one writes to would block: the load returning at all is part of the check.
    CHECK(problemLines(package)
        == QStringList{kJobAid
            + QStringLiteral(": is not a regular file (a named pipe, a device or a socket); "
                             "a package holds only text files")});
}

TEST_CASE("A link to a device as a JSON file is refused")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    replaceByLink(package, QStringLiteral("templates.json"), QStringLiteral("/dev/zero"));

    // /dev/zero is outside the package: where it lies is said first.
    CHECK(problemLines(package)
        == QStringList{QStringLiteral("templates.json: leads to /dev/zero, outside the package folder; "
                                      "put the file itself in the package")});
}

TEST_CASE("A folder named like a job aid is refused")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    REQUIRE(QFile::remove(package + u'/' + kJobAid));
    REQUIRE(QDir(package).mkpath(kJobAid));

    CHECK(problemLines(package) == QStringList{kJobAid + QStringLiteral(": is a folder, not a file")});
}

TEST_CASE("A folder named like a JSON file of the package is refused")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    REQUIRE(QFile::remove(package + QStringLiteral("/manifest.json")));
    REQUIRE(QDir(package).mkpath(QStringLiteral("manifest.json")));

    CHECK(problemLines(package) == QStringList{QStringLiteral("manifest.json: is a folder, not a file")});
}

TEST_CASE("A package file larger than the size limit is refused and one at the limit is read")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString tooLarge = QStringLiteral(
        ": is larger than 4 MiB, the most a package file may have; a package holds only text files");

    SECTION("a job aid")
    {
        QByteArray text = "# Listening\n\n";
        text.append(kLimit - text.size(), 'a');
        pcs::test::writeFile(package + u'/' + kJobAid, text);
        const auto atLimit = PackageLoader::load(package);
        REQUIRE(atLimit.has_value());
        CHECK(atLimit->tools[0].jobAidMarkdown.en.size() == kLimit);

        pcs::test::writeFile(package + u'/' + kJobAid, text + 'a');
        CHECK(problemLines(package) == QStringList{kJobAid + tooLarge});
    }
    SECTION("a JSON file padded with white space")
    {
        const QString path = package + QStringLiteral("/programs.json");
        QByteArray json = pcs::test::readFile(path);
        json.append(kLimit + 1 - json.size(), ' ');
        pcs::test::writeFile(path, json);
        CHECK(problemLines(package) == QStringList{QStringLiteral("programs.json") + tooLarge});
    }
}
