#pragma once

#include "pcs/domain/Error.h"
#include "pcs/reports/ReportCommon.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPdfDocument;
class QPrinter;

namespace pcs::gui {

// Puts the pages of a PDF on paper: each page is rendered as an image at the device's resolution
// (at most kMaxDpi, which is plenty for text and keeps a page's image within memory) and drawn
// over the whole sheet, centred and scaled to fit. The same painting serves a QPrinter and, in
// tests, a QPdfWriter.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(pcs::gui::ReportPrinter)

public:
    static constexpr int kMaxDpi = 300;

    // The first page's paper and orientation, no margins (the PDF has its own), and the title.
    static void prepare(QPagedPaintDevice& device, QPdfDocument& document);
    static void prepare(QPrinter& printer, QPdfDocument& document, const QString& title);
    // Paints every page, calling `progress` after each one; false from it cancels (a printer's
    // job is aborted) and the error's message is ReportCommon::cancelledMessage().
    static Result<void> paint(
        QPdfDocument& document, QPagedPaintDevice& device, const reports::Progress& progress = {});
};

} // namespace pcs::gui
