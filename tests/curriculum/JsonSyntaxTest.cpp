// The JSON syntax check beyond the golden cases: every standard form passes, and each error is put on
// the character that breaks the grammar. Each test writes a value into the first line of topics.json of
// a copy of the valid golden package: {"x": VALUE, "topics": ...}, so VALUE starts at column 7.

#include "PackageCopy.h"

using pcs::test::copyValidPackage;
using pcs::test::problemLines;

namespace {

QStringList problemsWithValue(const QByteArray& value)
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString path = package + QStringLiteral("/topics.json");
    QByteArray json = pcs::test::readFile(path);
    REQUIRE(json.startsWith("{\n"));
    json.replace(0, 2, QByteArray("{\"x\": " + value + ",\n"));
    pcs::test::writeFile(path, json);
    return problemLines(package);
}

} // namespace

TEST_CASE("Every standard JSON form passes the syntax check")
{
    const QByteArray value = "[0, -0, 1, -12.5, 1e5, 1E+5, 2.5e-3, 0.0e0, true, false, null, \"\",\t\r\n"
                             "  \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\", \"\xC3\xA9 "
                             "\xC2\xAB \xF0\x9F\x98\x80\",\n"
                             "  {}, [], {\"a\": {\"b\": [[]]}, \"c\": -1}, [ 1 , 2 ] ]";
    // Only the structure is wrong: topics.json has no field "x".
    CHECK(problemsWithValue(value) == QStringList{QStringLiteral("topics.json: x: unknown field")});
}

TEST_CASE("Each JSON syntax error is reported at the character that breaks the grammar")
{
    const auto at = [](int column, const char* message) {
        return QStringList{
            QStringLiteral("topics.json:1:%1: %2").arg(column).arg(QString::fromUtf8(message))};
    };
    CHECK(problemsWithValue("1.e5") == at(9, "invalid number"));
    CHECK(problemsWithValue("-x") == at(8, "invalid number"));
    CHECK(problemsWithValue("1e") == at(9, "invalid number"));
    CHECK(problemsWithValue("12abc") == at(9, "invalid number"));
    CHECK(problemsWithValue("+1") == at(7, "invalid value"));
    CHECK(problemsWithValue(".5") == at(7, "invalid value"));
    CHECK(problemsWithValue("nul") == at(7, "invalid value"));
    CHECK(problemsWithValue("True") == at(7, "invalid value"));
    CHECK(problemsWithValue("'single'") == at(7, "invalid value"));
    CHECK(problemsWithValue("[1,,2]") == at(10, "invalid value"));
    CHECK(problemsWithValue("\"\\u12G4\"") == at(8, "invalid escape sequence"));
    CHECK(problemsWithValue("\"a\\x\"") == at(9, "invalid escape sequence"));
    CHECK(problemsWithValue("\"a\tb\"")
        == at(9, "line break or control character inside a string (is a closing quote missing?)"));
    CHECK(problemsWithValue("[1 2]") == at(10, "expected a comma or a closing bracket"));
    CHECK(problemsWithValue("{\"a\" 1}") == at(12, "expected a colon after the field name"));
    CHECK(problemsWithValue("{\"a\": 1,}")
        == at(15, "expected another entry after the comma (trailing commas are not allowed)"));
    CHECK(problemsWithValue("{1: 2}") == at(8, "expected a field name in double quotes"));
    // Columns count characters, not bytes: "é" is one column.
    CHECK(problemsWithValue("{\"\xC3\xA9\" \"x\"}") == at(12, "expected a colon after the field name"));
}

TEST_CASE("Text after the end of a JSON document is reported where it starts")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString path = package + QStringLiteral("/topics.json");
    QByteArray json = pcs::test::readFile(path);
    const int lines = static_cast<int>(json.count('\n'));
    REQUIRE(json.endsWith("}\n"));
    pcs::test::writeFile(path, QByteArray(json + "  ]\n"));

    CHECK(problemLines(package)
        == QStringList{QStringLiteral("topics.json:%1:3: unexpected text after the end of the document")
                           .arg(lines + 1)});
}

TEST_CASE("Valid JSON nested deeper than Qt reads is refused with a position")
{
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString package = copyValidPackage(temporary);
    const QString path = package + QStringLiteral("/topics.json");
    pcs::test::writeFile(
        path, QByteArray("{\"topics\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + "}\n"));

    const QStringList problems = problemLines(package);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().startsWith(QStringLiteral("topics.json:1:")));
}
