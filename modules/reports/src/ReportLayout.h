#pragma once

#include "pcs/reports/Charts.h"
#include "pcs/reports/ReportCommon.h"

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>

class QPainter;
class QPdfWriter;

namespace pcs::reports::detail {

class PdfOutput;

inline const QColor kAccent(0x1f, 0x4e, 0x89); // the dark blue of titles and the post bars
inline const QColor kMuted(0x55, 0x55, 0x55);
inline const QColor kRule(0xb0, 0xb0, 0xb0); // table lines
inline const QColor kHeaderFill(0xe4, 0xea, 0xf2); // behind table headers
inline const QColor kStripe(0xf5, 0xf7, 0xfa); // every other table row

// Margins of the portrait reports, in millimetres.
inline const QMarginsF kReportMargins(18, 16, 18, 13);

enum class Style {
    Title,
    Subject,
    Section,
    Subsection,
    Body,
    Bold,
    Table,
    TableBold,
    TableHeader,
    Small,
    Count
};

struct Column {
    QString title;
    qreal share; // of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Table {
    std::vector<Column> columns;
    std::vector<QStringList> rows;
    std::vector<int> boldRows; // indexes of rows set in bold (totals)
};

// Lays a report out as a flow of blocks (headings, paragraphs, tables, charts) onto pages, and then
// paints them: the layout comes first so that every footer can say "Page N of M". Tables paginate
// with their header repeated; a row too tall for a page continues on the next. Text always wraps to
// its column; nothing is drawn past the margins or into the footer.
class ReportLayout
{
public:
    ReportLayout(QPdfWriter& writer, const ReportOptions& options);

    const QLocale& locale() const { return m_locale; }
    qreal width() const { return m_width; }
    const QFont& font(Style style) const { return m_fonts[std::size_t(style)]; }
    qreal lineHeight(Style style) const;

    // Starts a document on a new page: its title, its subject in large type, and detail lines under
    // them. Later pages of the document carry "title — subject" on top.
    void beginDocument(const QString& title, const QString& subject, const QStringList& details);
    void section(const QString& title);
    void subsection(const QString& title);
    void paragraph(const QString& text, Style style = Style::Body, qreal indent = 0);
    void bullets(const QStringList& items, Style style = Style::Body);
    // A paragraph with a bold label before it on the same line when it fits ("Label: text").
    void labelled(const QString& label, const QString& text);
    void table(const Table& table);
    void chart(const std::vector<ChartGroup>& groups, double scaleMin, double scaleMax,
        const QStringList& seriesNames, const QString& axisTitle);
    void gap(qreal lines = 0.6);

    int pageCount() const { return int(m_pages.size()); }
    // Paints the pages (each with its footer) on `output`, calling `progress` after each page.
    Result<void> render(PdfOutput& output, const Progress& progress) const;

private:
    using Op = std::function<void(QPainter&)>;
    struct Page {
        QString running; // the line on top of a document's later pages
        std::vector<Op> ops;
    };

    void newPage();
    bool atPageTop() const { return m_y <= m_pageTop + 0.5; }
    void ensure(qreal height); // a new page unless `height` fits under m_y (or the page is empty)
    void add(Op op) { m_pages.back().ops.push_back(std::move(op)); }
    void text(const QString& line, Style style, qreal x, qreal top, const QColor& colour = Qt::black);

    QPdfWriter& m_writer;
    QLocale m_locale;
    QString m_footer;
    std::array<QFont, std::size_t(Style::Count)> m_fonts;
    qreal m_width;
    qreal m_bottom; // where the footer starts
    qreal m_runningHeight;
    QString m_running;
    qreal m_pageTop = 0; // below the running header
    qreal m_y = 0;
    std::vector<Page> m_pages;
};

} // namespace pcs::reports::detail
