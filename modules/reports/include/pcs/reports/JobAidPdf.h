#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/curriculum/MicroCoachingTool.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <vector>

namespace pcs::reports {

// MicroCoaching job aids as a printable PDF: each tool starts on a new page with its title, its
// Markdown paginated below, and "PCS Studio — <tool title> — page N" in the footer (N counts the
// pages of that tool's job aid, so each one can be printed as its own handout). The file is written
// through QSaveFile: it appears only when the whole document was written.
class JobAidPdf
{
    Q_DECLARE_TR_FUNCTIONS(pcs::reports::JobAidPdf)

public:
    explicit JobAidPdf(QString language = QStringLiteral("en"));

    // Letter where North American paper is used (Ontario, the rest of Canada, the US) and for the
    // "C" locale; A4 elsewhere.
    static QPageSize::PageSizeId paperFor(const QLocale& locale);

    void setPageSize(QPageSize::PageSizeId pageSize) { m_pageSize = pageSize; }
    QPageSize::PageSizeId pageSize() const { return m_pageSize; }
    // Family of the body text; it is embedded in the PDF.
    void setFontFamily(const QString& family) { m_fontFamily = family; }
    QString language() const { return m_language; }

    Result<void> write(const QString& path, const MicroCoachingTool& tool) const;
    Result<void> write(const QString& path, const std::vector<MicroCoachingTool>& tools) const;

private:
    QString m_language;
    QPageSize::PageSizeId m_pageSize = QPageSize::Letter;
    QString m_fontFamily = QStringLiteral("DejaVu Sans");
};

} // namespace pcs::reports
