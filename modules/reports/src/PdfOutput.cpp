#include "PdfOutput.h"

#include <QDir>

namespace pcs::reports::detail {

PdfOutput::PdfOutput(const QString& path, const ReportOptions& options, QPageLayout::Orientation orientation,
    const QMarginsF& marginsMillimetres)
    : m_path(path)
    , m_shown(QDir::toNativeSeparators(path))
    , m_pageSize(options.pageSize)
    , m_orientation(orientation)
    , m_margins(marginsMillimetres)
    , m_file(path)
{ }

PdfOutput::~PdfOutput()
{
    abandon();
}

Result<void> PdfOutput::open(const QString& title)
{
    // Reports name learners: the owner's alone, even when one replaces an older file.
    if (!m_file.open(QIODevice::WriteOnly) || !m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return fail(
            ErrorKind::Io, ReportCommon::tr("Could not write %1: %2").arg(m_shown, m_file.errorString()));
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setResolution(kResolution);
    m_writer->setPageSize(QPageSize(m_pageSize));
    m_writer->setPageOrientation(m_orientation);
    m_writer->setPageMargins(m_margins, QPageLayout::Millimeter);
    m_writer->setCreator(QStringLiteral("PCS Studio"));
    m_writer->setTitle(title);
    if (!m_painter.begin(m_writer.get()))
        return discard(
            {ErrorKind::Io, ReportCommon::tr("Could not start the PDF document %1.").arg(m_shown)});
    return {};
}

Result<void> PdfOutput::newPage()
{
    if (!m_writer->newPage())
        return discard({ErrorKind::Io, ReportCommon::tr("Could not add a page to %1.").arg(m_shown)});
    return {};
}

Result<void> PdfOutput::finish()
{
    if (!m_painter.end())
        return discard(
            {ErrorKind::Io, ReportCommon::tr("Could not finish the PDF document %1.").arg(m_shown)});
    m_writer.reset();
    if (!m_file.commit())
        return fail(
            ErrorKind::Io, ReportCommon::tr("Could not save %1: %2").arg(m_shown, m_file.errorString()));
    return {};
}

Result<void> PdfOutput::cancel()
{
    return discard({ErrorKind::Invalid, ReportCommon::cancelledMessage()});
}

Result<void> PdfOutput::discard(Error error)
{
    abandon();
    return std::unexpected<Error>(std::move(error));
}

void PdfOutput::abandon()
{
    if (m_painter.isActive())
        m_painter.end();
    m_writer.reset();
    if (m_file.isOpen())
        m_file.cancelWriting(); // QSaveFile removes its temporary file; nothing appears at m_path
}

} // namespace pcs::reports::detail
