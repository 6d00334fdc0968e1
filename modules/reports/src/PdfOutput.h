#pragma once

#include "pcs/reports/ReportCommon.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace pcs::reports::detail {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system

// One PDF file being written: QSaveFile (the file appears only on finish()), the QPdfWriter on it
// and the QPainter on that. Every failure ends the painter and discards what was written.
class PdfOutput
{
public:
    PdfOutput(const QString& path, const ReportOptions& options, QPageLayout::Orientation orientation,
        const QMarginsF& marginsMillimetres);
    ~PdfOutput();
    PdfOutput(const PdfOutput&) = delete;
    PdfOutput& operator=(const PdfOutput&) = delete;

    // The file shown in messages (native separators).
    const QString& shown() const { return m_shown; }

    Result<void> open(const QString& title);
    QPdfWriter& writer() { return *m_writer; }
    QPainter& painter() { return m_painter; }

    Result<void> newPage();
    // Ends the document and commits the file.
    Result<void> finish();
    // Discards the file; returns the "Cancelled." error.
    Result<void> cancel();
    // Discards the file; returns `error`.
    Result<void> discard(Error error);

private:
    void abandon();

    QString m_path;
    QString m_shown;
    QPageSize::PageSizeId m_pageSize;
    QPageLayout::Orientation m_orientation;
    QMarginsF m_margins;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
};

} // namespace pcs::reports::detail
