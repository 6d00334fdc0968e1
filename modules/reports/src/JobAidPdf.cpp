#include "pcs/reports/JobAidPdf.h"

#include "PdfOutput.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace pcs::reports {
namespace {

constexpr qreal kBodyPoints = 11.0;
constexpr qreal kFooterPoints = 8.0;

// The job aid's Markdown, starting with the tool's title as a level-1 heading (the package's files
// already do; a job aid without one still gets its title on top of its first page).
QString markdownWithTitle(const MicroCoachingTool& tool, const QString& language)
{
    const QString markdown = tool.jobAidMarkdown.in(language);
    if (markdown.trimmed().startsWith(QLatin1String("# ")))
        return markdown;
    return QStringLiteral("# ") + tool.title.in(language) + QStringLiteral("\n\n") + markdown;
}

// One tool's pages: the Markdown laid out at the page's body size, each page cut out of it, and
// the footer under it. `first` is false when a page has already been written for an earlier tool.
bool drawJobAid(QPdfWriter& writer, QPainter& painter, const MicroCoachingTool& tool, const QString& language,
    const QString& fontFamily, bool first)
{
    const qreal width = writer.width();
    const qreal height = writer.height();
    QFont footerFont(fontFamily);
    footerFont.setPointSizeF(kFooterPoints);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const qreal footerHeight = footerMetrics.height() * 2.5;
    const qreal bodyHeight = height - footerHeight;

    QTextDocument document;
    QFont bodyFont(fontFamily);
    bodyFont.setPointSizeF(kBodyPoints);
    document.setDefaultFont(bodyFont);
    document.setDocumentMargin(0);
    document.setMarkdown(markdownWithTitle(tool, language));
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(QSizeF(width, bodyHeight));
    const int pages = qMax(1, document.pageCount());

    const QString title = tool.title.in(language);
    for (int page = 0; page < pages; ++page) {
        if ((!first || page > 0) && !writer.newPage())
            return false;
        painter.save();
        const QRectF clip(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(QRectF(0, 0, width, bodyHeight));
        painter.translate(0, -page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: a hairline, then "PCS Studio — <tool title> — page N" (the same in English and French).
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(Qt::darkGray, writer.resolution() / 144.0));
        const qreal lineY = bodyHeight + footerMetrics.height() * 0.8;
        painter.drawLine(QPointF(0, lineY), QPointF(width, lineY));
        painter.setPen(Qt::black);
        const QString footer = QStringLiteral("PCS Studio — %1 — page %2").arg(title).arg(page + 1);
        painter.drawText(QRectF(0, lineY, width, height - lineY), Qt::AlignLeft | Qt::AlignVCenter,
            footerMetrics.elidedText(footer, Qt::ElideMiddle, width));
        painter.restore();
    }
    return true;
}

} // namespace

JobAidPdf::JobAidPdf(QString language)
    : m_language(std::move(language))
{ }

QPageSize::PageSizeId JobAidPdf::paperFor(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::AnyTerritory: // the "C" locale: PCS Studio is made for Ontario
    case QLocale::Canada:
    case QLocale::UnitedStates:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

Result<void> JobAidPdf::write(const QString& path, const MicroCoachingTool& tool) const
{
    return write(path, std::vector<MicroCoachingTool>{tool});
}

Result<void> JobAidPdf::write(const QString& path, const std::vector<MicroCoachingTool>& tools) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (tools.empty())
        return fail(ErrorKind::Invalid, tr("There is no job aid to write to %1.").arg(shown));

    ReportOptions options;
    options.pageSize = m_pageSize;
    detail::PdfOutput output(path, options, QPageLayout::Portrait, QMarginsF(20, 18, 20, 14));
    if (auto opened
        = output.open(tools.size() == 1 ? tools.front().title.in(m_language) : tr("MicroCoaching job aids"));
        !opened)
        return opened;
    bool first = true;
    for (const MicroCoachingTool& tool : tools) {
        if (!drawJobAid(output.writer(), output.painter(), tool, m_language, m_fontFamily, first))
            return output.discard(
                {ErrorKind::Io, ReportCommon::tr("Could not add a page to %1.").arg(output.shown())});
        first = false;
    }
    return output.finish();
}

} // namespace pcs::reports
