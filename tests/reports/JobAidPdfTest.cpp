#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "pcs/reports/JobAidPdf.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>

using namespace pcs;
using namespace pcs::test;

namespace {

MicroCoachingTool makeTool(int number, const QString& id, LocalizedText title, int paragraphs)
{
    MicroCoachingTool tool;
    tool.id = id;
    tool.number = number;
    tool.title = title;
    tool.summary
        = {QStringLiteral("Summary of %1.").arg(title.en), QStringLiteral("Résumé de %1.").arg(title.fr)};
    QString en = QStringLiteral("# %1\n\n*PCS MicroCoaching tool %2 of 13*\n\n## In brief\n\n")
                     .arg(title.en)
                     .arg(number);
    QString fr = QStringLiteral("# %1\n\n*Outil de microcoaching PCS %2 sur 13*\n\n## En bref\n\n")
                     .arg(title.fr)
                     .arg(number);
    for (int i = 0; i < paragraphs; ++i) {
        en += QStringLiteral(
            "Paragraph %1: staff look past what shows up at the counter to the needs behind it.\n\n")
                  .arg(i + 1);
        fr += QStringLiteral("Paragraphe %1 : le personnel regarde au-delà de ce qui se passe au comptoir, "
                             "avec curiosité plutôt qu’avec jugement.\n\n")
                  .arg(i + 1);
    }
    en += QStringLiteral(
        "## Prompting questions\n\n- What might this behaviour be protecting?\n- What is one small step?\n");
    fr += QStringLiteral("## Questions d’amorce\n\n- Qu’est-ce que ce comportement protège?\n- Quel petit "
                         "pas est possible?\n");
    tool.jobAidMarkdown = {en, fr};
    return tool;
}

std::vector<MicroCoachingTool> sampleTools()
{
    return {makeTool(1, QStringLiteral("understanding-behaviour"),
                {QStringLiteral("Understanding Behaviour"), QStringLiteral("Comprendre le comportement")}, 3),
        // Long enough to need a second page.
        makeTool(2, QStringLiteral("consensus-building"),
            {QStringLiteral("Consensus Building"), QStringLiteral("Établir un consensus")}, 60),
        makeTool(3, QStringLiteral("team-agreement"),
            {QStringLiteral("Team Agreement"), QStringLiteral("Entente d’équipe")}, 2)};
}

} // namespace

TEST_CASE("Job aids are written to a PDF, one tool per new page, and read back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto tools = sampleTools();

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        INFO(language.toStdString());
        const QString path = dir.filePath(language + QStringLiteral("-job-aids.pdf"));
        reports::JobAidPdf pdf(language);
        const auto written = pdf.write(path, tools);
        REQUIRE(written.has_value());

        QPdfDocument document;
        REQUIRE(document.load(path) == QPdfDocument::Error::None);
        CHECK(document.pageCount() >= int(tools.size()) + 1); // the long one spans two pages
        const QString text = allText(document);
        for (const MicroCoachingTool& tool : tools) {
            INFO(tool.title.in(language).toStdString());
            CHECK(text.contains(tool.title.in(language)));
            CHECK(text.contains(QStringLiteral("PCS Studio — %1 — page 1").arg(tool.title.in(language))));
        }
        CHECK(text.contains(QStringLiteral("page 2")));
        // The first page holds only the first tool: each tool starts on a new page.
        const QString first = document.getAllText(0).text();
        CHECK(first.contains(tools[0].title.in(language)));
        CHECK_FALSE(first.contains(tools[2].title.in(language)));
        if (language == QLatin1String("fr")) {
            CHECK(text.contains(QStringLiteral("Établir un consensus")));
            CHECK(text.contains(QStringLiteral("au-delà")));
            CHECK(text.contains(QStringLiteral("curiosité plutôt")));
        }
    }
}

TEST_CASE("Job aid paper is Letter in Ontario and A4 elsewhere")
{
    CHECK(reports::JobAidPdf::paperFor(QLocale(QStringLiteral("en_CA"))) == QPageSize::Letter);
    CHECK(reports::JobAidPdf::paperFor(QLocale(QStringLiteral("fr_CA"))) == QPageSize::Letter);
    CHECK(reports::JobAidPdf::paperFor(QLocale::c()) == QPageSize::Letter);
    CHECK(reports::JobAidPdf::paperFor(QLocale(QStringLiteral("fr_FR"))) == QPageSize::A4);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a4.pdf"));
    reports::JobAidPdf pdf(QStringLiteral("en"));
    pdf.setPageSize(QPageSize::A4);
    REQUIRE(pdf.write(path, sampleTools().front()).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    CHECK(document.pageCount() == 1);
    const QSizeF points = document.pagePointSize(0);
    CHECK(qAbs(points.width() - 595.0) < 2.0);
    CHECK(qAbs(points.height() - 842.0) < 2.0);
}

TEST_CASE("Writing job aids into a folder that does not exist fails, naming the file, and leaves nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/job-aids.pdf"));
    reports::JobAidPdf pdf(QStringLiteral("fr"));
    const auto written = pdf.write(path, sampleTools());
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Io);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Writing no job aid is refused and leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    const auto written = reports::JobAidPdf().write(path, std::vector<MicroCoachingTool>{});
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
}
