#include "ReportPrinter.h"

#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

#include <algorithm>

namespace pcs::gui {

namespace {

QPageLayout layoutOf(QPdfDocument& document)
{
    const QSizeF points = document.pageCount() > 0 ? document.pagePointSize(0) : QSizeF(612, 792);
    const bool landscape = points.width() > points.height();
    const QSizeF portrait(
        std::min(points.width(), points.height()), std::max(points.width(), points.height()));
    return QPageLayout(QPageSize(portrait, QPageSize::Point),
        landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF());
}

} // namespace

void ReportPrinter::prepare(QPagedPaintDevice& device, QPdfDocument& document)
{
    device.setPageLayout(layoutOf(document));
}

void ReportPrinter::prepare(QPrinter& printer, QPdfDocument& document, const QString& title)
{
    printer.setFullPage(true);
    printer.setPageLayout(layoutOf(document));
    printer.setDocName(title);
}

Result<void> ReportPrinter::paint(
    QPdfDocument& document, QPagedPaintDevice& device, const reports::Progress& progress)
{
    const int pages = document.pageCount();
    if (pages <= 0)
        return fail(ErrorKind::Invalid, tr("There is nothing to print."));
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorKind::Io, tr("The printer could not be started."));
    auto* printer = dynamic_cast<QPrinter*>(&device);
    const double deviceDpi = std::max(1, device.logicalDpiX());
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return fail(ErrorKind::Io, tr("The printer refused page %1.").arg(page + 1));
        }
        const QRect sheet = painter.viewport();
        const QSizeF points = document.pagePointSize(page);
        if (points.isEmpty())
            continue;
        const QSize onSheet = points.scaled(QSizeF(sheet.size()), Qt::KeepAspectRatio).toSize();
        // The image's resolution: the device's, but no finer than kMaxDpi.
        const double scale = std::min(1.0, double(kMaxDpi) / deviceDpi);
        const QImage rendered = document.render(page, (QSizeF(onSheet) * scale).toSize());
        // The page comes on a transparent background: on white, without an alpha channel, it makes
        // a smaller print job.
        QImage image(rendered.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        if (!rendered.isNull())
            QPainter(&image).drawImage(0, 0, rendered);
        if (rendered.isNull()) {
            painter.end();
            return fail(ErrorKind::Invalid, tr("Page %1 of the report could not be drawn.").arg(page + 1));
        }
        const QRect target(QPoint(sheet.x() + (sheet.width() - onSheet.width()) / 2,
                               sheet.y() + (sheet.height() - onSheet.height()) / 2),
            onSheet);
        painter.drawImage(target, image);
        if (progress && !progress(page + 1, pages)) {
            if (printer)
                printer->abort();
            painter.end();
            return fail(ErrorKind::Invalid, reports::ReportCommon::cancelledMessage());
        }
    }
    if (!painter.end())
        return fail(ErrorKind::Io, tr("The printer could not finish the job."));
    return {};
}

} // namespace pcs::gui
