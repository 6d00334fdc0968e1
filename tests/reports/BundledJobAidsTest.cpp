// All 13 job aids of the bundled PCS package, in English and in French, as one PDF each, read back.

#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/curriculum/PackageLoader.h"
#include "pcs/reports/JobAidPdf.h"

#include <catch2/catch.hpp>

#include <QPdfDocument>
#include <QTemporaryDir>

TEST_CASE("Every job aid of the bundled package reads back from its PDF, in both languages")
{
    const auto package = pcs::curriculum::PackageLoader::load(
        QString::fromUtf8(pcs::test::kSourceDir) + QStringLiteral("/curricula/pcs"));
    REQUIRE(package.has_value());
    REQUIRE(package->tools.size() == 13);
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QString path = dir.filePath(QStringLiteral("job-aids-%1.pdf").arg(language));
        REQUIRE(pcs::reports::JobAidPdf(language).write(path, package->tools).has_value());

        QPdfDocument pdf;
        REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
        CHECK(pdf.pageCount() >= 13);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text() + u'\n';
        text.replace(u'\n', u' ');
        for (const auto& tool : package->tools) {
            INFO(language.toStdString() << ": " << tool.title.in(language).toStdString());
            CHECK(text.contains(tool.title.in(language)));
        }
        WARN("job aids (" << language.toStdString() << "): " << pdf.pageCount() << " pages");
    }
}
