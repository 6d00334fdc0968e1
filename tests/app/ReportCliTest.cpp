// pcs-studio stats cohort, report and certificate verify on a demo database, run as the real binary.
#include "AppProcess.h"
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
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
    const QString text = pcs::test::fileText(pdf);
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
    CHECK(pcs::test::fileText(again).contains(match.captured(1)));

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
    const QString text = pcs::test::fileText(cohortPdf);
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

namespace {

int pageCount(const QString& path)
{
    QPdfDocument pdf;
    return pdf.load(path) == QPdfDocument::Error::None ? pdf.pageCount() : -1;
}

// qpdf's complaints; empty when `qpdf --check` passes.
QString qpdfProblems(const QString& path)
{
    int exitCode = -1;
    const QString output = pcs::test::qpdfCheck(path, &exitCode);
    return exitCode == 0 ? QString() : output;
}

// How many certificates `certificate verify` would find for the cohorts ending in the period.
int issuedCertificates(const QString& databasePath)
{
    SQLite::Database raw(databasePath.toStdString(), SQLite::OPEN_READONLY);
    return raw.execAndGet("SELECT COUNT(*) FROM certificates").getInt();
}

} // namespace

TEST_CASE("report organization writes the summary of a period in English or French")
{
    DemoDatabase db;
    const QString english = db.home.filePath(QStringLiteral("organization.pdf"));
    const auto run = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--from"),
            QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
            QStringLiteral("--out"), english, QStringLiteral("-d"), db.path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(qpdfProblems(english).isEmpty());
    const QString text = pcs::test::fileText(english);
    CHECK(text.contains(QStringLiteral("Organization summary")));
    CHECK(text.contains(QStringLiteral("Self-assessment by topic")));
    // Every cohort of the demo ends in this period.
    const auto list = runApp(db.home,
        {QStringLiteral("cohort"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-d"),
            db.path});
    const int cohorts = int(QJsonDocument::fromJson(list.out.toUtf8()).array().size());
    REQUIRE(cohorts > 0);
    CHECK(text.contains(QStringLiteral("Cohorts: %1").arg(cohorts)));
    // The demo's organizations are named in the table (the shortest name, which no column wraps).
    SQLite::Database raw(db.path.toStdString(), SQLite::OPEN_READONLY);
    const QString organization = QString::fromStdString(
        raw.execAndGet("SELECT o.name FROM organizations o JOIN people p ON p.organization_id = o.id "
                       "JOIN cohort_learners l ON l.person_id = p.id ORDER BY length(o.name), o.name LIMIT 1")
            .getString());
    CHECK(text.contains(organization));

    const QString french = db.home.filePath(QStringLiteral("organisme.pdf"));
    REQUIRE(runApp(db.home,
                {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--from"),
                    QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
                    QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--out"), french,
                    QStringLiteral("-d"), db.path})
                .exitCode
        == 0);
    CHECK(qpdfProblems(french).isEmpty());
    const QString frenchText = pcs::test::fileText(french);
    CHECK(frenchText.contains(QStringLiteral("Sommaire de l’organisme")));
    CHECK_FALSE(frenchText.contains(QStringLiteral("Organization summary")));

    // An empty period writes a summary that says so.
    const QString empty = db.home.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(runApp(db.home,
                {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--from"),
                    QStringLiteral("1990-01-01"), QStringLiteral("--to"), QStringLiteral("1990-12-31"),
                    QStringLiteral("--out"), empty, QStringLiteral("-d"), db.path})
                .exitCode
        == 0);
    CHECK(pcs::test::fileText(empty).contains(QStringLiteral("No training was delivered in this period.")));
}

TEST_CASE("Every report written in French holds French headings and passes qpdf")
{
    DemoDatabase db;
    SQLite::Database raw(db.path.toStdString(), SQLite::OPEN_READONLY);
    const QString learner
        = QString::fromStdString(raw.execAndGet("SELECT person_id FROM cohort_learners WHERE cohort_id = '"
                                        + db.completedCohort.toStdString() + "' LIMIT 1")
                                     .getString());
    const struct {
        const char* kind;
        QString heading; // French
        QString english; // the same heading in English, which must not appear
    } reports[] = {{"cohort", QStringLiteral("Rapport de cohorte"), QStringLiteral("Cohort report")},
        {"learner", QStringLiteral("Autoévaluation par thème"), QStringLiteral("Self-assessment by topic")},
        {"certificates", QStringLiteral("Certificat de réussite"),
            QStringLiteral("Certificate of Completion")},
        {"signin", QStringLiteral("Présences"), QStringLiteral("Attendance")}};
    for (const auto& report : reports) {
        const QString pdf = db.home.filePath(QString::fromLatin1(report.kind) + QStringLiteral(".pdf"));
        QStringList arguments{QStringLiteral("report"), QString::fromLatin1(report.kind),
            QStringLiteral("--cohort"), db.completedCohort, QStringLiteral("--lang"), QStringLiteral("fr"),
            QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path};
        if (QLatin1String(report.kind) == QLatin1String("learner"))
            arguments << QStringLiteral("--learner") << learner;
        const auto run = runApp(db.home, arguments);
        INFO(report.kind << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(qpdfProblems(pdf).isEmpty());
        const QString text = pcs::test::fileText(pdf);
        CHECK(text.contains(report.heading));
        CHECK_FALSE(text.contains(report.english));
    }
}

TEST_CASE("report certificates over a period prints every eligible learner of the cohorts ending then")
{
    DemoDatabase db;
    const QString pdf = db.home.filePath(QStringLiteral("period.pdf"));
    CHECK(issuedCertificates(db.path) == 0);
    const auto run = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("certificates"), QStringLiteral("--from"),
            QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
            QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // One page per certificate issued, across more than one cohort.
    const int issued = issuedCertificates(db.path);
    CHECK(issued > 0);
    CHECK(pageCount(pdf) == issued);
    SQLite::Database raw(db.path.toStdString(), SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("SELECT COUNT(DISTINCT cohort_id) FROM certificates").getInt() > 1);
    CHECK(run.out.contains(QStringLiteral("Wrote %1 certificates").arg(issued)));
}

TEST_CASE("A report period that is malformed or backwards is refused with a message")
{
    DemoDatabase db;
    const QString pdf = db.home.filePath(QStringLiteral("never.pdf"));
    const auto malformed = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--from"),
            QStringLiteral("2027-13-01"), QStringLiteral("--to"), QStringLiteral("2027-12-31"),
            QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path});
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err.contains(QStringLiteral("2027-13-01")));
    const auto backwards = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--from"),
            QStringLiteral("2027-12-31"), QStringLiteral("--to"), QStringLiteral("2027-01-01"),
            QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(QStringLiteral("before it starts")));
    const auto halfPeriod = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("certificates"), QStringLiteral("--from"),
            QStringLiteral("2027-01-01"), QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path});
    CHECK(halfPeriod.exitCode == 2);
    const auto noPeriod = runApp(db.home,
        {QStringLiteral("report"), QStringLiteral("organization"), QStringLiteral("--out"), pdf,
            QStringLiteral("-d"), db.path});
    CHECK(noPeriod.exitCode == 2);
    CHECK(noPeriod.err.contains(QStringLiteral("--from")));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("Reports are laid out on the paper chosen in Settings")
{
    DemoDatabase db;
    const auto longSide = [&](const QString& name) {
        const QString pdf = db.home.filePath(name);
        const auto run = runApp(db.home,
            {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--cohort"),
                db.completedCohort, QStringLiteral("--out"), pdf, QStringLiteral("-d"), db.path});
        REQUIRE(run.exitCode == 0);
        QPdfDocument document;
        REQUIRE(document.load(pdf) == QPdfDocument::Error::None);
        const QSizeF size = document.pagePointSize(0);
        return qRound(std::max(size.width(), size.height()));
    };
    // The C locale of the test process follows North American paper: Letter, 11 in = 792 pt.
    CHECK(longSide(QStringLiteral("letter.pdf")) == 792);
    REQUIRE(QDir().mkpath(db.home.filePath(QStringLiteral("config/pcs-studio"))));
    pcs::test::writeFile(db.home.filePath(QStringLiteral("config/pcs-studio/pcs-studio.ini")),
        QByteArrayLiteral("[reports]\npaper=a4\n"));
    CHECK(longSide(QStringLiteral("a4.pdf")) == 842); // 297 mm
}
