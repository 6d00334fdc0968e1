// Golden-file tests of roster reading: each folder under tests/exchange/roster holds input.csv (exact
// bytes) and expected.txt: one line per row "line|first|last|email|organization|role|language", then
// one line per problem "problem line N: message". Each case is read three ways that must agree:
// RosterCsv::parse of the bytes, RosterCsv::read of the file, and the stream reader in small pieces
// (so that a piece ends inside every CRLF, doubled quote and UTF-8 or UTF-16 character).

#include "TestPaths.h"
#include "TestSupport.h"

#include "RosterReader.h"
#include "pcs/exchange/RosterCsv.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <string>

using pcs::exchange::RosterCsv;

namespace {

QString rosterRoot()
{
    return QString::fromUtf8(pcs::test::kSourceDir) + QStringLiteral("/tests/exchange/roster");
}

// Line breaks inside a value shown as \n and \r, so that each row stays on one line.
QString visible(QString value)
{
    return value.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'\r', QStringLiteral("\\r"))
        .replace(u'\n', QStringLiteral("\\n"));
}

QStringList lines(const pcs::exchange::RosterParse& result)
{
    QStringList lines;
    for (const auto& row : result.rows) {
        lines.append(QStringList{QString::number(row.line), visible(row.firstName), visible(row.lastName),
            visible(row.email), visible(row.organization), visible(row.role), row.preferredLanguage}
                         .join(u'|'));
    }
    for (const auto& problem : result.problems)
        lines.append(QStringLiteral("problem line %1: %2").arg(problem.line).arg(problem.message));
    return lines;
}

QStringList parseLines(const QString& csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<cannot read %1>").arg(csvPath)};
    return lines(RosterCsv::parse(file.readAll()));
}

QStringList readLines(const QString& csvPath)
{
    const auto read = RosterCsv::read(csvPath);
    if (!read)
        return {QStringLiteral("<refused: %1>").arg(read.error().message)};
    return lines(*read);
}

QStringList pieceLines(const QString& csvPath, qsizetype pieceBytes)
{
    QBuffer buffer;
    buffer.setData(pcs::test::readFile(csvPath));
    buffer.open(QIODevice::ReadOnly);
    const auto read = pcs::exchange::RosterReader::read(buffer, pieceBytes);
    if (read.refusal || !read.readError.isEmpty())
        return {QStringLiteral("<refused>")};
    return lines(read.parse);
}

} // namespace

TEST_CASE("Golden rosters read into exactly the expected rows and problems")
{
    const QDir root(rosterRoot());
    REQUIRE(root.exists());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 30);

    int failures = 0;
    for (const QString& name : cases) {
        const QString caseDir = root.filePath(name);
        const QStringList expected = pcs::test::readLines(caseDir + QStringLiteral("/expected.txt"));
        const QStringList actual = parseLines(caseDir + QStringLiteral("/input.csv"));
        if (actual == expected)
            continue;
        ++failures;
        FAIL_CHECK("golden case " << name.toStdString() << " differs:\n"
                                  << pcs::test::unifiedDiff(expected, actual));
    }
    CHECK(failures == 0);
}

TEST_CASE("Golden rosters read the same from their file and in pieces of any size")
{
    const QDir root(rosterRoot());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 30);
    int failures = 0;
    for (const QString& name : cases) {
        const QString caseDir = root.filePath(name);
        const QString input = caseDir + QStringLiteral("/input.csv");
        const QStringList expected = pcs::test::readLines(caseDir + QStringLiteral("/expected.txt"));
        std::vector<std::pair<std::string, QStringList>> ways{{"RosterCsv::read", readLines(input)}};
        for (const qsizetype piece : {1, 2, 3, 5, 64})
            ways.emplace_back("pieces of " + std::to_string(piece) + " bytes", pieceLines(input, piece));
        for (const auto& [way, actual] : ways) {
            if (actual == expected)
                continue;
            ++failures;
            FAIL_CHECK("golden case " << name.toStdString() << " read by " << way << " differs:\n"
                                      << pcs::test::unifiedDiff(expected, actual));
        }
    }
    CHECK(failures == 0);
}
