// Golden-file tests of roster reading: each folder under tests/exchange/roster holds input.csv (exact
// bytes) and expected.txt: one line per row "line|first|last|email|organization|role|language", then
// one line per problem "problem line N: message".

#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/exchange/RosterCsv.h"

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

QStringList parseLines(const QString& csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<cannot read %1>").arg(csvPath)};
    const auto result = RosterCsv::parse(file.readAll());
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
