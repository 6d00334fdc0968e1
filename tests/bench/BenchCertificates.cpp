#include "BenchCertificates.h"

#include "BenchSupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace pcs::bench {

std::vector<reports::Certificate> makeCertificates(int count)
{
    static const QStringList first{QStringLiteral("Amélie"), QStringLiteral("Jordan"),
        QStringLiteral("Priya"), QStringLiteral("François"), QStringLiteral("Mei"),
        QStringLiteral("Olúwadámilọ́lá"), QStringLiteral("Noah"), QStringLiteral("Zoë")};
    static const QStringList last{QStringLiteral("Tremblay"), QStringLiteral("Singh"),
        QStringLiteral("MacDonald"), QStringLiteral("Côté"), QStringLiteral("Nguyen"),
        QStringLiteral("Okafor"), QStringLiteral("Bélanger-Whitehorse"), QStringLiteral("Lee")};
    static const QStringList programs{QStringLiteral("PCS for Staff"),
        QStringLiteral("PCS for Staff II: Advanced Applications"),
        QStringLiteral("PCS for Trainers and Champions")};
    std::vector<reports::Certificate> certificates;
    certificates.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        reports::Certificate certificate;
        certificate.learnerName
            = first.at(i % first.size()) + u' ' + last.at((i / first.size()) % last.size());
        certificate.programTitle = programs.at((i / 40) % programs.size());
        certificate.cohortTitle = QStringLiteral("Cohort %1 — Sudbury").arg(i / 30 + 1);
        certificate.organization = QStringLiteral("Ontario Works, District %1").arg(i % 7 + 1);
        certificate.contactMinutes = 780 + (i % 3) * 390;
        certificate.startDate = QDate(2026, 1, 12).addDays((i / 30) * 7);
        certificate.endDate = certificate.startDate.addDays(2);
        certificate.facilitators
            = QStringList{QStringLiteral("Dana Whitfield"), QStringLiteral("Marc-André Gagnon")};
        certificate.verificationCode = QStringLiteral("PCS-%1-%2")
                                           .arg(i, 4, 16, QChar(u'0'))
                                           .arg(uint(i * 2654435761u) % 65536, 4, 16, QChar(u'0'))
                                           .toUpper();
        certificate.location = QStringLiteral("Sudbury, ON");
        certificates.push_back(certificate);
    }
    return certificates;
}

reports::ReportOptions certificateOptions()
{
    reports::ReportOptions options;
    options.language = QStringLiteral("en");
    options.curriculumVersion = QStringLiteral("2026.1");
    options.printedOn = QDate(2026, 3, 3);
    return options;
}

// The process timed as "1,000 certificates in one process start".
int certificatesOnce(int count, const QString& out)
{
    const auto certificates = makeCertificates(count);
    QElapsedTimer timer;
    timer.start();
    const auto written = reports::CertificatePdf(certificateOptions()).write(out, certificates);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    std::printf(
        "wrote %d certificates to %s in %.1f ms\n", count, qPrintable(out), timer.nsecsElapsed() / 1e6);
    return 0;
}

// The page count pdfinfo reads back from the file, when pdfinfo is installed.
std::optional<int> pdfPages(const QString& path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        return std::nullopt;
    const ChildRun run = runChild(pdfinfo, {path});
    const auto match
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(run.out));
    if (!run.ok() || !match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString pagesText(const QString& path)
{
    const auto pages = pdfPages(path);
    return pages ? QStringLiteral("%1 pages (pdfinfo)").arg(*pages)
                 : QStringLiteral("pages not read (no pdfinfo)");
}

} // namespace pcs::bench
