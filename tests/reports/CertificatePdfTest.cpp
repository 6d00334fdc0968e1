#include "PdfTestSupport.h"
#include "ReportTestOptions.h"
#include "TestSupport.h"

#include "pcs/reports/CertificatePdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QTemporaryDir>

using namespace pcs;
using namespace pcs::test;
using reports::Certificate;
using reports::CertificatePdf;
using reports::ReportOptions;

namespace {

Certificate certificate(int number)
{
    Certificate c;
    c.learnerName = QStringLiteral("Learner %1 Ouellet").arg(number, 4, 10, QLatin1Char('0'));
    c.programTitle = QStringLiteral("PCS for Staff II: Advanced Applications");
    c.cohortTitle = QStringLiteral("Sudbury Spring Cohort");
    c.organization = QStringLiteral("Ontario Works Sudbury");
    c.contactMinutes = 810;
    c.startDate = QDate(2026, 3, 3);
    c.endDate = QDate(2026, 4, 14);
    c.facilitators = {QStringLiteral("Amira Haddad"), QStringLiteral("Jean Lavoie")};
    c.verificationCode = QStringLiteral("K7QX-%1").arg(number, 4, 10, QLatin1Char('0'));
    c.location = QStringLiteral("Room 204, Sudbury");
    return c;
}

std::vector<Certificate> certificates(int count)
{
    std::vector<Certificate> result;
    for (int i = 1; i <= count; ++i)
        result.push_back(certificate(i));
    return result;
}

// Every word of `expected` in order, whatever the line breaks between them.

} // namespace

TEST_CASE("Three certificates make three landscape pages each with its learner")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certificates.pdf"));
    REQUIRE(CertificatePdf(options()).write(path, certificates(3)).has_value());

    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    REQUIRE(document.pageCount() == 3);
    for (int page = 0; page < 3; ++page) {
        INFO("page " << page + 1);
        const QString text = pageText(document, page);
        CHECK(document.pagePointSize(page).width() > document.pagePointSize(page).height());
        CHECK(text.contains(certificate(page + 1).learnerName));
        CHECK(text.contains(
            QStringLiteral("Verification code: %1").arg(certificate(page + 1).verificationCode)));
        CHECK(text.contains(QStringLiteral("Page %1 of 3").arg(page + 1)));
        for (int other = 1; other <= 3; ++other)
            if (other != page + 1)
                CHECK_FALSE(text.contains(certificate(other).learnerName));
    }
}

TEST_CASE("A certificate shows the program and hours and dates and facilitators and how to verify it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.pdf"));
    REQUIRE(CertificatePdf(options()).write(path, {certificate(7)}).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    REQUIRE(document.pageCount() == 1);
    const QString text = pageText(document, 0);
    INFO(text.toStdString());
    for (const QString& expected : {QStringLiteral("Certificate of Completion"),
             QStringLiteral("This certifies that"), QStringLiteral("Learner 0007 Ouellet"),
             QStringLiteral("has completed"), QStringLiteral("PCS for Staff II: Advanced Applications"),
             QStringLiteral("Ontario Works Sudbury"),
             QStringLiteral("Sudbury Spring Cohort · Room 204, Sudbury"),
             QStringLiteral("13.5 contact hours · March 3, 2026 – April 14, 2026"),
             QStringLiteral("Amira Haddad"), QStringLiteral("Jean Lavoie"), QStringLiteral("Facilitator"),
             QStringLiteral("Verification code: K7QX-0007"),
             QStringLiteral("pcs-studio certificate verify K7QX-0007"),
             QStringLiteral("PCS Studio — curriculum 2026.1 — printed 2026-05-01"),
             QStringLiteral("Page 1 of 1")}) {
        INFO(expected.toStdString());
        CHECK(holds(text, expected));
    }
    CHECK(text.count(QStringLiteral("Facilitator")) == 2);
    // The reading order follows the page: the name comes between "This certifies that" and "has completed".
    const QString flat = text.simplified();
    CHECK(flat.indexOf(QStringLiteral("This certifies that")) < flat.indexOf(QStringLiteral("Learner 0007")));
    CHECK(flat.indexOf(QStringLiteral("Learner 0007")) < flat.indexOf(QStringLiteral("has completed")));
}

TEST_CASE("Certificates in French print French dates and decimal commas")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fr.pdf"));
    REQUIRE(CertificatePdf(options(QStringLiteral("fr"))).write(path, {certificate(1)}).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = pageText(document, 0);
    INFO(text.toStdString());
    CHECK(holds(text, QStringLiteral("13,5")));
    CHECK(holds(text, QStringLiteral("3 mars 2026 – 14 avril 2026")));
    CHECK_FALSE(text.contains(QStringLiteral("March")));
}

TEST_CASE("A very long learner name is scaled to stay inside the border")
{
    Certificate c = certificate(1);
    c.learnerName
        = QStringLiteral("Marie-Ève Bérubé-Castonguay de la Rochelle-Vaillancourt Ouellet-Tremblay");
    c.programTitle
        = QStringLiteral("PCS for Service System Integration: Knowledge-to-Action in Human Services "
                         "Integration across Ontario Works and Employment Ontario and the Community");
    c.facilitators
        = {QStringLiteral("Amira Haddad"), QStringLiteral("Jean Lavoie"), QStringLiteral("Kim Nguyen"),
            QStringLiteral("Paul Martin"), QStringLiteral("Sara Cree"), QStringLiteral("Li Wei")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(CertificatePdf(options()).write(path, {c}).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    const QString text = pageText(document, 0);
    CHECK(text.contains(c.learnerName));
    for (const QString& name : c.facilitators)
        CHECK(text.contains(name));
    // All the text stays inside the inner frame (10 mm margins, then 4 mm to the frame).
    const QSizeF page = document.pagePointSize(0);
    const QRectF bounds = document.getAllText(0).boundingRectangle();
    const qreal frame = (10 + 4) / 25.4 * 72;
    INFO("text bounds " << bounds.left() << "," << bounds.top() << " " << bounds.width() << "x"
                        << bounds.height());
    CHECK(bounds.left() > frame);
    CHECK(bounds.top() > frame);
    CHECK(bounds.right() < page.width() - frame);
    CHECK(bounds.bottom() < page.height() - frame);
}

TEST_CASE("Names outside plain Latin script come out as written")
{
    std::vector<Certificate> batch{certificate(1), certificate(2), certificate(3)};
    batch[0].learnerName = QStringLiteral("Nguyễn Thị Minh Khai");
    batch[1].learnerName = QStringLiteral("Zoë Ñúñez-Ørsted");
    batch[2].learnerName = QStringLiteral("Ανδρέας Παπαδόπουλος");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.pdf"));
    REQUIRE(CertificatePdf(options()).write(path, batch).has_value());
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    for (int page = 0; page < 3; ++page) {
        INFO(batch[std::size_t(page)].learnerName.toStdString());
        CHECK(pageText(document, page)
                  .normalized(QString::NormalizationForm_C)
                  .contains(batch[std::size_t(page)].learnerName.normalized(QString::NormalizationForm_C)));
    }
}

TEST_CASE("A cancelled certificate batch leaves no file and returns the error")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    int lastDone = 0, lastTotal = 0, calls = 0;
    const auto written = CertificatePdf(options()).write(path, certificates(100), [&](int done, int total) {
        ++calls;
        lastDone = done;
        lastTotal = total;
        return done < 10;
    });
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Invalid);
    CHECK(written.error().message == QStringLiteral("Cancelled."));
    CHECK(calls == 10);
    CHECK(lastDone == 10);
    CHECK(lastTotal == 100);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("A certificate batch reports its progress page by page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.pdf"));
    std::vector<int> seen;
    REQUIRE(CertificatePdf(options())
                .write(path, certificates(5),
                    [&](int done, int total) {
                        seen.push_back(done);
                        return total == 5;
                    })
                .has_value());
    CHECK(seen == std::vector<int>{1, 2, 3, 4, 5});
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("A cancelled batch leaves an existing file as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.pdf"));
    test::writeFile(path, QByteArrayLiteral("earlier file"));
    const auto written
        = CertificatePdf(options()).write(path, certificates(20), [](int done, int) { return done < 3; });
    REQUIRE_FALSE(written.has_value());
    CHECK(test::readFile(path) == QByteArrayLiteral("earlier file"));
    CHECK(test::folderEntries(dir.path()) == QStringList{QStringLiteral("existing.pdf")});
}

TEST_CASE("Writing no certificate is refused and leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.pdf"));
    const auto written = CertificatePdf(options()).write(path, {});
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Invalid);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("A certificate without a learner name is refused before anything is written")
{
    std::vector<Certificate> batch = certificates(3);
    batch[1].learnerName = QStringLiteral("  ");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unnamed.pdf"));
    const auto written = CertificatePdf(options()).write(path, batch);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Invalid);
    CHECK(written.error().message.contains(QStringLiteral("Certificate 2 of 3")));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Writing certificates into a folder that does not exist fails naming the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/certificates.pdf"));
    const auto written = CertificatePdf(options()).write(path, certificates(2));
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().kind == ErrorKind::Io);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(test::folderEntries(dir.path()).isEmpty());
}

TEST_CASE("Certificates are on landscape Letter unless A4 is set")
{
    QTemporaryDir dir;
    const QString letterPath = dir.filePath(QStringLiteral("letter.pdf"));
    const QString a4Path = dir.filePath(QStringLiteral("a4.pdf"));
    REQUIRE(CertificatePdf(options()).write(letterPath, certificates(2)).has_value());
    ReportOptions a4 = options();
    a4.pageSize = QPageSize::A4;
    REQUIRE(CertificatePdf(a4).write(a4Path, certificates(2)).has_value());

    QPdfDocument letter;
    REQUIRE(letter.load(letterPath) == QPdfDocument::Error::None);
    CHECK(letter.pagePointSize(1).width() == Approx(792.0).margin(2.0));
    CHECK(letter.pagePointSize(1).height() == Approx(612.0).margin(2.0));
    QPdfDocument document;
    REQUIRE(document.load(a4Path) == QPdfDocument::Error::None);
    CHECK(document.pageCount() == 2);
    CHECK(document.pagePointSize(1).width() == Approx(842.0).margin(2.0));
    CHECK(document.pagePointSize(1).height() == Approx(595.0).margin(2.0));
    CHECK(pageText(document, 1).contains(QStringLiteral("Learner 0002 Ouellet")));
}

TEST_CASE("Written certificates pass qpdf --check")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checked.pdf"));
    std::vector<Certificate> batch = certificates(4);
    batch[3].learnerName = QStringLiteral("Nguyễn Thị Minh Khai");
    REQUIRE(CertificatePdf(options(QStringLiteral("fr"))).write(path, batch).has_value());
    int exitCode = -1;
    const QString output = qpdfCheck(path, &exitCode);
    INFO(output.toStdString());
    CHECK(exitCode == 0);
    CHECK(output.contains(QStringLiteral("No syntax or stream encoding errors found")));
}

TEST_CASE("One thousand certificates are written into one PDF quickly")
{
    const std::vector<Certificate> batch = certificates(1000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thousand.pdf"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(CertificatePdf(options()).write(path, batch).has_value());
    const qint64 elapsed = timer.elapsed();
    WARN("1,000 certificates in one PDF: " << elapsed << " ms (target: under 600 ms in a release build), "
                                           << QFileInfo(path).size() / 1024 << " KiB");
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    CHECK(document.pageCount() == 1000);
    CHECK(pageText(document, 999).contains(QStringLiteral("Learner 1000 Ouellet")));
    CHECK(pageText(document, 999).contains(QStringLiteral("Page 1000 of 1000")));
}
