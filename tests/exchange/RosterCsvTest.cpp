// RosterCsv beyond the golden files: what it reports about a file, write's exact form, write → parse
// round trips, and a large roster.

#include "TestSupport.h"

#include "pcs/exchange/RosterCsv.h"

#include <QElapsedTimer>

using pcs::exchange::RosterCsv;
using pcs::exchange::RosterRow;

namespace {

RosterRow learner(QString first, QString last, QString email, QString organization = {}, QString role = {},
    QString language = {})
{
    return RosterRow{0, std::move(first), std::move(last), std::move(email), std::move(organization),
        std::move(role), std::move(language)};
}

} // namespace

TEST_CASE("RosterCsv reports the encoding and the delimiter it found")
{
    const auto utf8 = RosterCsv::parse(QByteArray("\xEF\xBB\xBFpr\xC3\xA9nom;nom\r\nZo\xC3\xA9;Roy\r\n"));
    CHECK(utf8.encoding == QStringLiteral("UTF-8"));
    CHECK(utf8.delimiter == QChar(u';'));
    REQUIRE(utf8.rows.size() == 1);
    CHECK(utf8.rows[0].firstName == QStringLiteral("Zoé"));

    const auto legacy = RosterCsv::parse(QByteArray("first name,last name\nZo\xE9,O\x92Neil\n"));
    CHECK(legacy.encoding == QStringLiteral("Windows-1252"));
    CHECK(legacy.delimiter == QChar(u','));
    REQUIRE(legacy.rows.size() == 1);
    CHECK(legacy.rows[0].lastName == QStringLiteral("O’Neil"));
}

TEST_CASE("RosterCsv::write writes UTF-8 with a BOM, CRLF and quoted, neutralised cells")
{
    const QByteArray bytes = RosterCsv::write({
        learner(QStringLiteral("Zoé"), QStringLiteral("Roy, Jr."), QStringLiteral("zoe@example.ca"),
            QStringLiteral("=SUM(A1:A2)"), QStringLiteral("says \"hi\""), QStringLiteral("fr")),
    });
    const QByteArray expected
        = "\xEF\xBB\xBF"
          "first_name,last_name,email,organization,role,preferred_language\r\n"
          "Zo\xC3\xA9,\"Roy, Jr.\",zoe@example.ca,'=SUM(A1:A2),\"says \"\"hi\"\"\",fr\r\n";
    CHECK(bytes == expected);
}

TEST_CASE("RosterCsv::write then parse gives back the same values")
{
    const std::vector<RosterRow> rows{
        learner(QStringLiteral("Zoé"), QStringLiteral("Roy, Jr."), QStringLiteral("zoe@example.ca"),
            QStringLiteral("=SUM(A1:A9)"), QStringLiteral("Case manager; intake"), QStringLiteral("fr")),
        learner(QStringLiteral("Jean-François"), QStringLiteral("O’Brien \"JF\""), {},
            QStringLiteral("Centre d’emploi\nrue Principale"), QStringLiteral("+1 caseworker"),
            QStringLiteral("en")),
        learner(QStringLiteral("@mention"), QStringLiteral("-Dash"), QStringLiteral("a.b@c.org"),
            QStringLiteral("'=already"), QStringLiteral("''+two"), {}),
        learner(QStringLiteral("Ça"), QStringLiteral("Ève « Élan »"), {}, QStringLiteral("line\r\nbreak"),
            QStringLiteral("\ttabbed"), {}),
        learner(QStringLiteral("'quoted"), QStringLiteral("back\\slash"), {}, QStringLiteral("a,b;c"),
            QStringLiteral("\"\""), {}),
    };
    const auto parsed = RosterCsv::parse(RosterCsv::write(rows));
    CHECK(parsed.problems.empty());
    CHECK(parsed.encoding == QStringLiteral("UTF-8"));
    REQUIRE(parsed.rows.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("row " << i);
        RosterRow expected = rows[i];
        expected.line = parsed.rows[i].line;
        CHECK(parsed.rows[i].firstName == expected.firstName);
        CHECK(parsed.rows[i].lastName == expected.lastName);
        CHECK(parsed.rows[i].email == expected.email);
        CHECK(parsed.rows[i].organization == expected.organization);
        CHECK(parsed.rows[i].role == expected.role);
        CHECK(parsed.rows[i].preferredLanguage == expected.preferredLanguage);
        CHECK(parsed.rows[i] == expected);
    }
    // Physical lines: the header is line 1, row 2 spans two lines, row 4 spans two lines.
    CHECK(parsed.rows[0].line == 2);
    CHECK(parsed.rows[1].line == 3);
    CHECK(parsed.rows[2].line == 5);
    CHECK(parsed.rows[3].line == 6);
    CHECK(parsed.rows[4].line == 8);
}

TEST_CASE("RosterCsv reads a roster of 10,000 learners")
{
    QByteArray bytes = "Prénom;Nom;Courriel;Organisme;Poste;Langue\r\n";
    for (int i = 0; i < 10000; ++i) {
        bytes += "Marie-" + QByteArray::number(i) + ";Tremblay \"" + QByteArray::number(i % 97) + "\";marie."
            + QByteArray::number(i) + "@example.ca;\"Services sociaux, r\xC3\xA9gion "
            + QByteArray::number(i % 13) + "\";Agente;" + (i % 2 ? "fr" : "English") + "\r\n";
    }
    QElapsedTimer timer;
    timer.start();
    const auto parsed = RosterCsv::parse(bytes);
    const qint64 elapsed = timer.elapsed();
    WARN("parsed 10,000 roster rows (" << bytes.size() << " bytes) in " << elapsed << " ms");
    CHECK(parsed.problems.empty());
    REQUIRE(parsed.rows.size() == 10000);
    CHECK(parsed.delimiter == QChar(u';'));
    CHECK(parsed.rows.back().line == 10001);
    CHECK(parsed.rows.back().organization == QStringLiteral("Services sociaux, région 2"));
    CHECK(parsed.rows[0].preferredLanguage == QStringLiteral("en"));
}
