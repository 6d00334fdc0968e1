#pragma once

// The certificates bench_reports times: a reproducible batch with names in several scripts, the
// options they are printed with, and reading the page count of the PDF back.

#include "pcs/reports/CertificatePdf.h"

#include <QString>

#include <optional>
#include <vector>

namespace pcs::bench {

std::vector<reports::Certificate> makeCertificates(int count);
reports::ReportOptions certificateOptions();
// The process timed as "1,000 certificates in one process start": writes them to `out`, exit status.
int certificatesOnce(int count, const QString& out);
// The page count pdfinfo reads back from the file, when pdfinfo is installed.
std::optional<int> pdfPages(const QString& path);
// "N pages (pdfinfo)", or that they could not be read.
QString pagesText(const QString& path);

} // namespace pcs::bench
