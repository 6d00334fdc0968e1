// Text that comes from outside (a learner's name from a roster, a cohort title, an argument) is
// printed with its control characters shown, never obeyed: no escape sequence, carriage return or
// bell reaches the terminal from the database.
#include "AppProcess.h"
#include "PdfTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

using pcs::test::runApp;

namespace {

// What a hostile roster cell may hold: retitle the terminal, clear it, return to the line start, ring.
const std::string kHostile = "\x1b]0;pwned\x07\x1b[2J\rX\xc2\x9b"; // the last: U+009B, a C1 control

void checkInert(const QString& printed)
{
    for (const QChar c : printed) {
        INFO("character " << int(c.unicode()));
        CHECK((c == u'\n' || c == u'\t'
            || (c >= u' ' && c != QChar(0x7f) && (c < QChar(0x80) || c > QChar(0x9f)))));
    }
}

} // namespace

TEST_CASE("Names and titles with control characters are printed inert")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("hostile.sqlite"));
    REQUIRE(runApp(home,
                {QStringLiteral("demo"), QStringLiteral("-d"), path, QStringLiteral("--learners"),
                    QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode
        == 0);
    QString completed;
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
        SQLite::Statement people(raw, "UPDATE people SET first_name = first_name || ?");
        people.bind(1, kHostile);
        people.exec();
        SQLite::Statement cohorts(raw, "UPDATE cohorts SET title = title || ?");
        cohorts.bind(1, kHostile);
        cohorts.exec();
        completed = QString::fromStdString(
            raw.execAndGet("SELECT id FROM cohorts WHERE status = 'completed' ORDER BY start_date LIMIT 1")
                .getString());
    }
    REQUIRE_FALSE(completed.isEmpty());

    const auto list
        = runApp(home, {QStringLiteral("cohort"), QStringLiteral("list"), QStringLiteral("-d"), path});
    REQUIRE(list.exitCode == 0);
    checkInert(list.out);
    CHECK(list.out.contains(QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2J\\rX\\u009b")));

    const QString pdf = home.filePath(QStringLiteral("certificates.pdf"));
    const auto report = runApp(home,
        {QStringLiteral("report"), QStringLiteral("certificates"), QStringLiteral("--cohort"), completed,
            QStringLiteral("--out"), pdf, QStringLiteral("-d"), path});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    checkInert(report.out);
    const auto code
        = QRegularExpression(QStringLiteral("\\b([A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4})\\b"))
              .match(pcs::test::fileText(pdf));
    REQUIRE(code.hasMatch());
    const auto verified = runApp(home,
        {QStringLiteral("certificate"), QStringLiteral("verify"), code.captured(1), QStringLiteral("-d"),
            path});
    INFO(verified.out.toStdString());
    REQUIRE(verified.exitCode == 0);
    checkInert(verified.out);
    CHECK(verified.out.contains(QStringLiteral("\\x1b]0;pwned")));

    // JSON escapes them its own way, and stays JSON.
    const auto json = runApp(home,
        {QStringLiteral("certificate"), QStringLiteral("verify"), code.captured(1), QStringLiteral("--json"),
            QStringLiteral("-d"), path});
    REQUIRE(json.exitCode == 0);
    checkInert(json.out);
    const QString learner
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("learner")).toString();
    CHECK(learner.contains(QString::fromStdString(kHostile)));
}

TEST_CASE("A mistaken argument with control characters is echoed inert")
{
    QTemporaryDir home;
    const auto run = runApp(home, {QString::fromStdString("\x1b[2Jcohort\rnope")});
    CHECK(run.exitCode == 2);
    checkInert(run.err);
    CHECK(run.err.contains(QStringLiteral("\\x1b[2Jcohort\\rnope")));
}
