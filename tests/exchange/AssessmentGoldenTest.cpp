// Golden-file tests of the self-assessment export: each folder under tests/exchange/assessment holds
// rows.json (the rows, one object per row with the CSV's column names as keys; a rating not given is
// null) and expected.csv, the exact bytes AssessmentCsv::write must produce for them.

#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/exchange/AssessmentCsv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using pcs::exchange::AssessmentCsv;
using pcs::exchange::AssessmentCsvRow;

namespace {

QString assessmentRoot()
{
    return QString::fromUtf8(pcs::test::kSourceDir) + QStringLiteral("/tests/exchange/assessment");
}

std::optional<int> rating(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::vector<AssessmentCsvRow> readRows(const QString& jsonPath)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(pcs::test::readFile(jsonPath), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    std::vector<AssessmentCsvRow> rows;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        AssessmentCsvRow row;
        row.cohortId = object.value(QStringLiteral("cohort_id")).toString();
        row.learnerId = object.value(QStringLiteral("learner_id")).toString();
        row.learnerName = object.value(QStringLiteral("learner_name")).toString();
        row.topicId = object.value(QStringLiteral("topic_id")).toString();
        row.itemId = object.value(QStringLiteral("item_id")).toString();
        const auto phase = pcs::phaseFromKey(object.value(QStringLiteral("phase")).toString());
        REQUIRE(phase.has_value());
        row.phase = *phase;
        row.competence = rating(object.value(QStringLiteral("competence")));
        row.desire = rating(object.value(QStringLiteral("desire")));
        row.thenCompetence = rating(object.value(QStringLiteral("then_competence")));
        row.comment = object.value(QStringLiteral("comment")).toString();
        rows.push_back(row);
    }
    return rows;
}

// The bytes as lines with CR, LF and tab shown, so that a difference in line ends is visible.
QStringList visibleLines(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QChar(0xFEFF), QStringLiteral("<BOM>"))
        .replace(u'\t', QStringLiteral("<TAB>"))
        .replace(u'\r', QStringLiteral("<CR>"))
        .replace(u'\n', QStringLiteral("<LF>\n"));
    return text.split(u'\n');
}

} // namespace

TEST_CASE("Golden self-assessment exports are written byte for byte as expected")
{
    const QDir root(assessmentRoot());
    REQUIRE(root.exists());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 10);

    int failures = 0;
    for (const QString& name : cases) {
        const QString caseDir = root.filePath(name);
        const QByteArray expected = pcs::test::readFile(caseDir + QStringLiteral("/expected.csv"));
        REQUIRE_FALSE(expected.isEmpty());
        const QByteArray actual = AssessmentCsv::write(readRows(caseDir + QStringLiteral("/rows.json")));
        if (actual == expected)
            continue;
        ++failures;
        FAIL_CHECK("golden case " << name.toStdString() << " differs:\n"
                                  << pcs::test::unifiedDiff(visibleLines(expected), visibleLines(actual)));
    }
    CHECK(failures == 0);
}

TEST_CASE("AssessmentCsv has exactly the export columns and only a header for no rows")
{
    CHECK(AssessmentCsv::columns().join(u',')
        == QStringLiteral("cohort_id,learner_id,learner_name,topic_id,item_id,phase,competence,desire,"
                          "then_competence,comment"));
    CHECK(AssessmentCsv::write({})
        == QByteArray("\xEF\xBB\xBF"
                      "cohort_id,learner_id,learner_name,topic_id,item_id,phase,competence,desire,"
                      "then_competence,comment\r\n"));
}

TEST_CASE("AssessmentCsv neutralises every formula start in every column")
{
    const QString starts[] = {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"),
        QStringLiteral("@"), QStringLiteral("\t"), QStringLiteral("\r")};
    for (const QString& start : starts) {
        AssessmentCsvRow row;
        row.cohortId = start + QStringLiteral("c");
        row.learnerId = start + QStringLiteral("l");
        row.learnerName = start + QStringLiteral("n");
        row.topicId = start + QStringLiteral("t");
        row.itemId = start + QStringLiteral("i");
        row.comment = start + QStringLiteral("SUM(A1)");
        const QString text = QString::fromUtf8(AssessmentCsv::write({row}));
        const QString line = text.section(QStringLiteral("\r\n"), 1, 1);
        INFO(line.toStdString());
        // Every cell that is not a rating or the phase starts with the apostrophe (after a quote when
        // quoted).
        for (const QString& cell : line.split(u',')) {
            if (cell.isEmpty() || cell == QStringLiteral("pre"))
                continue;
            CHECK((cell.startsWith(u'\'') || cell.startsWith(QStringLiteral("\"'"))));
        }
    }
}
