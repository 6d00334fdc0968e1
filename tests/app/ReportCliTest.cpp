// pcs-studio stats cohort, report and certificate verify on a demo database, run as the real binary.
#include "AppProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPdfDocument>
#include <QRegularExpression>

#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

using pcs::test::runApp;

namespace {

QString pdfText(const QString& path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + u'\n';
    return text;
}

struct DemoDatabase {
    QTemporaryDir home;
    QString path = home.filePath(QStringLiteral("demo.sqlite"));
    QString completedCohort;
    QString completedTitle;

    DemoDatabase()
    {
        const auto demo = runApp(home,
            {QStringLiteral("demo"), QStringLiteral("-d"), path, QStringLiteral("--learners"),
                QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("5")});
        REQUIRE(demo.exitCode == 0);
        const auto list = runApp(home,
            {QStringLiteral("cohort"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
                path});
        REQUIRE(list.exitCode == 0);
        for (const QJsonValue& value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject cohort = value.toObject();
            if (cohort.value(QStringLiteral("status")).toString() == QStringLiteral("completed")
                && cohort.value(QStringLiteral("learners")).toInt() > 5) {
                completedCohort = cohort.value(QStringLiteral("id")).toString();
                completedTitle = cohort.value(QStringLiteral("title")).toString();
                break;
            }
        }
        REQUIRE_FALSE(completedCohort.isEmpty());
    }
};

} // namespace

TEST_CASE("stats cohort prints the per-topic figures as JSON")
{
    DemoDatabase db;
    const auto run = runApp(db.home,
        {QStringLiteral("stats"), QStringLiteral("cohort"), QStringLiteral("--cohort"), db.completedCohort,
            QStringLiteral("--json"), QStringLiteral("-d"), db.path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(stats.value(QStringLiteral("cohort")).toString() == db.completedCohort);
    const QJsonArray topics = stats.value(QStringLiteral("topics")).toArray();
    REQUIRE_FALSE(topics.isEmpty());
    int paired = 0;
    for (const QJsonValue& value : topics) {
        const QJsonObject topic = value.toObject();
        for (const char* key : {"topic_id", "n_paired", "pre_mean", "post_mean", "pre_median", "post_median",
                 "improved", "unchanged", "declined", "wilcoxon_p", "effect_size"})
            CHECK(topic.contains(QString::fromLatin1(key)));
        const int n = topic.value(QStringLiteral("n_paired")).toInt();
        paired += n;
        CHECK(topic.value(QStringLiteral("improved")).toInt()
                + topic.value(QStringLiteral("unchanged")).toInt()
                + topic.value(QStringLiteral("declined")).toInt()
            == n);
        if (n > 0) {
            CHECK(topic.value(QStringLiteral("pre_mean")).toDouble() >= 1.0);
            CHECK(topic.value(QStringLiteral("post_mean")).toDouble() <= 5.0);
        }
    }
    CHECK(paired > 0);

    const auto unknown = runApp(db.home,
        {QStringLiteral("stats"), QStringLiteral("cohort"), QStringLiteral("--cohort"),
            QStringLiteral("nope"), QStringLiteral("-d"), db.path});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("nope")));
}

TEST_CASE("Certificates are written with codes that certificate verify confirms")
{
    DemoDatabase db;
    const QString pdf = db.home.filePath(QStringLiteral("certificates.pdf"));
    const auto run = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("certificates"), QStringLiteral("--cohort"),
            db.completedCohort, QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    const QRegularExpression code(
        QStringLiteral("\\b([A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4})\\b"));
    const auto match = code.match(text);
    REQUIRE(match.hasMatch());
    const auto verified = runApp(db.home,
        {QStringLiteral("certificate"), QStringLiteral("verify"), match.captured(1).toLower(),
            QStringLiteral("--json"), QStringLiteral("-d"), db.path});
    REQUIRE(verified.exitCode == 0);
    const QJsonObject certificate = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    CHECK(certificate.value(QStringLiteral("valid")).toBool());
    CHECK(text.contains(certificate.value(QStringLiteral("learner")).toString()));
    CHECK(certificate.value(QStringLiteral("cohort")).toString() == db.completedTitle);

    // Printing again keeps the codes.
    const QString again = db.home.filePath(QStringLiteral("again.pdf"));
    REQUIRE(runApp(db.home,
                {QStringLiteral("report"), QStringLiteral("certificates"), QStringLiteral("--cohort"),
                    db.completedCohort, QStringLiteral("--out"), again, QStringLiteral("-d"), db.path})
                .exitCode
        == 0);
    CHECK(pdfText(again).contains(match.captured(1)));

    const auto bogus = runApp(db.home,
        {QStringLiteral("certificate"), QStringLiteral("verify"), QStringLiteral("AAAA-BBBB-CCCC"),
            QStringLiteral("-d"), db.path});
    CHECK(bogus.exitCode == 1);
    CHECK(bogus.err.contains(QStringLiteral("AAAA-BBBB-CCCC")));
}

TEST_CASE("report cohort and report learner write PDFs with the cohort's figures")
{
    DemoDatabase db;
    const auto stats = runApp(db.home,
        {QStringLiteral("stats"), QStringLiteral("cohort"), QStringLiteral("--cohort"), db.completedCohort,
            QStringLiteral("--json"), QStringLiteral("-d"), db.path});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject first = QJsonDocument::fromJson(stats.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("topics"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    const QString cohortPdf = db.home.filePath(QStringLiteral("cohort.pdf"));
    const auto cohort = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--cohort"), db.completedCohort,
            QStringLiteral("--out"), cohortPdf, QStringLiteral("-d"), db.path});
    INFO(cohort.err.toStdString());
    REQUIRE(cohort.exitCode == 0);
    const QString text = pdfText(cohortPdf);
    CHECK(text.contains(db.completedTitle));
    // The first topic's pre mean as the report prints it (one decimal).
    CHECK(text.contains(QLocale(QLocale::English, QLocale::Canada)
                            .toString(first.value(QStringLiteral("pre_mean")).toDouble(), 'f', 1)));

    const auto missing = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("learner"), QStringLiteral("--cohort"), db.completedCohort,
            QStringLiteral("--out"), cohortPdf, QStringLiteral("-d"), db.path});
    CHECK(missing.exitCode == 2); // which learner?
    const auto unknownKind = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("everything"), QStringLiteral("--cohort"),
            db.completedCohort, QStringLiteral("--out"), cohortPdf, QStringLiteral("-d"), db.path});
    CHECK(unknownKind.exitCode == 2);
}

TEST_CASE("Exports from the command line are recorded in the audit log before the file is written")
{
    DemoDatabase db;
    const QString csv = db.home.filePath(QStringLiteral("answers.csv"));
    REQUIRE(runApp(db.home,
                {QStringLiteral("assessment"), QStringLiteral("export"), QStringLiteral("--cohort"),
                    db.completedCohort, QStringLiteral("--out"), csv, QStringLiteral("-d"), db.path})
                .exitCode
        == 0);
    const QString pdf = db.home.filePath(QStringLiteral("cohort.pdf"));
    REQUIRE(runApp(db.home,
                {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--cohort"),
                    db.completedCohort, QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path})
                .exitCode
        == 0);
    SQLite::Database raw(db.path.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement query(raw,
        "SELECT action, actor, subject, details FROM audit_log WHERE action LIKE 'export.%' ORDER BY id");
    QStringList seen;
    while (query.executeStep())
        seen << QString::fromStdString(query.getColumn(0).getString() + " " + query.getColumn(1).getString()
            + " " + query.getColumn(2).getString() + " " + query.getColumn(3).getString());
    CHECK(seen
        == QStringList{QStringLiteral("export.assessment-answers cli %1 answers.csv").arg(db.completedCohort),
            QStringLiteral("export.report-cohort cli %1 cohort.pdf").arg(db.completedCohort)});
}
