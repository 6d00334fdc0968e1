#include "pcs/reports/CertificatePdf.h"

#include "GlyphSetter.h"
#include "PdfOutput.h"
#include "TextWrap.h"

#include <QHash>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace pcs::reports {
namespace {

const QMarginsF kMargins(10, 10, 10, 10); // millimetres
const QColor kAccent(0x1f, 0x4e, 0x89);
const QColor kGold(0xb0, 0x8d, 0x57);
const QColor kMuted(0x55, 0x55, 0x55);

enum Face {
    Series,
    Title,
    Lead,
    Name,
    Organization,
    Program,
    Detail,
    Signer,
    Label,
    Code,
    Footer,
    FaceCount
};

struct FaceSpec {
    qreal points;
    bool bold;
    bool italic;
};
constexpr std::array<FaceSpec, FaceCount> kFaces{{
    {9.5, true, false}, // Series
    {30, false, false}, // Title
    {13, false, true}, // Lead
    {32, true, false}, // Name
    {12, false, false}, // Organization
    {20, true, false}, // Program
    {12, false, false}, // Detail
    {11, true, false}, // Signer
    {9, false, false}, // Label
    {10, true, false}, // Code
    {7, false, false}, // Footer
}};

using detail::SetLine;

// Lays out and paints certificates on one PDF writer, in its device units. Everything that is the
// same on every page (fonts, the border, the fixed text) is prepared once; text repeated from one
// certificate to the next (the program, the dates, the facilitators) is set once and kept.
class CertificatePainter
{
public:
    CertificatePainter(QPdfWriter& writer, const ReportOptions& options)
        : m_device(&writer)
        , m_locale(ReportCommon::locale(options.language))
        , m_width(writer.width())
        , m_height(writer.height())
        , m_mm(writer.resolution() / 25.4)
        , m_pen(writer.resolution() / 72.0)
    {
        for (std::size_t i = 0; i < m_faces.size(); ++i) {
            QFont font(options.fontFamily);
            font.setPointSizeF(kFaces[i].points);
            font.setBold(kFaces[i].bold);
            font.setItalic(kFaces[i].italic);
            m_faces[i] = detail::GlyphSetter(font, m_device);
        }
        m_contentWidth = m_width - 2 * 16 * m_mm;
        buildBorder();
        place();
        // Whole device units (1/300 inch) are as exact as the eye can tell, and shorter to write on
        // every page.
        for (QPainterPath* path : {&m_outer, &m_inner, &m_ornaments})
            for (int i = 0; i < path->elementCount(); ++i)
                path->setElementPositionAt(
                    i, std::round(path->elementAt(i).x), std::round(path->elementAt(i).y));
        m_series = m_faces[Series].set(m_locale.toUpper(CertificatePdf::tr("Person-Centric Strategies")));
        m_title = m_faces[Title].set(CertificatePdf::tr("Certificate of Completion"));
        m_certifies = m_faces[Lead].set(CertificatePdf::tr("This certifies that"));
        m_completed = m_faces[Lead].set(CertificatePdf::tr("has completed"));
        m_facilitator = m_faces[Label].set(CertificatePdf::tr("Facilitator"));
        m_footer = fitted(Footer, ReportCommon::footer(options), m_contentWidth * 0.75).front();
    }

    void paint(QPainter& painter, const Certificate& c, int page, int pages)
    {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kAccent, 2.2 * m_pen));
        painter.drawPath(m_outer);
        painter.setPen(QPen(kGold, 0.8 * m_pen));
        painter.drawPath(m_inner);
        painter.fillPath(m_ornaments, kGold);

        const qreal cx = m_width / 2;
        painter.setPen(kAccent);
        centered(painter, m_series, m_y.series);
        centered(painter, m_title, m_y.title);
        painter.setPen(Qt::black);
        centered(painter, m_certifies, m_y.certifies);
        drawName(painter, c.learnerName, cx);
        painter.setPen(kMuted);
        if (!c.organization.trimmed().isEmpty())
            centered(painter, cached(Organization, c.organization.trimmed(), m_contentWidth).front(),
                m_y.organization);
        painter.setPen(Qt::black);
        centered(painter, m_completed, m_y.completed);

        painter.setPen(kAccent);
        const std::vector<SetLine>& program = cached(Program, c.programTitle.trimmed(), m_contentWidth, 2);
        qreal baseline = m_y.program + (program.size() == 1 ? m_faces[Program].height() / 2 : 0);
        for (const SetLine& line : program) {
            centered(painter, line, baseline);
            baseline += m_faces[Program].height();
        }
        painter.setPen(kMuted);
        QStringList where;
        for (const QString& part : {c.cohortTitle, c.location})
            if (!part.trimmed().isEmpty())
                where << part.trimmed();
        if (!where.isEmpty())
            centered(painter, cached(Detail, where.join(QStringLiteral(" · ")), m_contentWidth).front(),
                m_y.cohort);
        painter.setPen(Qt::black);
        const QString when = CertificatePdf::tr("%1 contact hours · %2")
                                 .arg(ReportCommon::hours(m_locale, c.contactMinutes),
                                     ReportCommon::dateRange(m_locale, c.startDate, c.endDate));
        centered(painter, cached(Detail, when, m_contentWidth).front(), m_y.hours);

        drawSignatures(painter, c.facilitators);
        if (!c.verificationCode.trimmed().isEmpty()) {
            const QString code = c.verificationCode.trimmed();
            painter.setPen(Qt::black);
            centered(
                painter, m_faces[Code].set(CertificatePdf::tr("Verification code: %1").arg(code)), m_y.code);
            painter.setPen(kMuted);
            centered(painter,
                m_faces[Label].set(
                    CertificatePdf::tr("Check it with: %1").arg(CertificatePdf::verifyCommand(code))),
                m_y.check);
        }
        painter.setPen(kMuted);
        const qreal left = (m_width - m_contentWidth) / 2;
        m_footer.draw(painter, left, m_y.footer);
        const SetLine pageOf = m_faces[Footer].set(ReportCommon::pageOf(page, pages));
        pageOf.draw(painter, left + m_contentWidth - pageOf.width, m_y.footer);
    }

private:
    struct Baselines {
        qreal series, title, ornament, certifies, name, nameRule, organization, completed, program, cohort,
            hours;
        qreal signatureLabel, signatureName, signatureLine, signatureRow, code, check, footer;
    };

    // Baselines from the top down to the dates, and from the bottom up to the signatures.
    void place()
    {
        const qreal mm = m_mm;
        qreal y = m_innerRect.top() + 8 * mm;
        const auto next = [&](Face face, qreal gapAfter) {
            const qreal baseline = y + m_faces[face].ascent();
            y = baseline + m_faces[face].descent() + gapAfter * mm;
            return baseline;
        };
        m_y.series = next(Series, 3);
        m_y.title = next(Title, 2);
        m_y.ornament = y + 2 * mm;
        y += 6 * mm;
        m_y.certifies = next(Lead, 4);
        m_y.name = next(Name, 1.5);
        m_y.nameRule = y;
        y += 3 * mm;
        m_y.organization = next(Organization, 5);
        m_y.completed = next(Lead, 3);
        m_y.program = next(Program, 0);
        y += m_faces[Program].height() + 3 * mm; // room for a second line of the program's title
        m_y.cohort = next(Detail, 2.5);
        m_y.hours = next(Detail, 0);

        y = m_innerRect.bottom() - 3 * mm;
        const auto up = [&](Face face, qreal gapAbove) {
            const qreal baseline = y - m_faces[face].descent();
            y = baseline - m_faces[face].ascent() - gapAbove * mm;
            return baseline;
        };
        m_y.footer = up(Footer, 3);
        m_y.check = up(Label, 1);
        m_y.code = up(Code, 6);
        m_y.signatureLabel = up(Label, 0.5);
        m_y.signatureName = up(Signer, 1.5);
        m_y.signatureLine = y;
        m_y.signatureRow = m_y.signatureLabel - y + 12 * mm; // a second row sits this far above

        // Under the title: a gold rule broken by a diamond.
        const qreal cx = m_width / 2;
        const qreal thickness = 0.5 * m_pen;
        m_ornaments.addRect(QRectF(cx - 32 * mm, m_y.ornament - thickness / 2, 29 * mm, thickness));
        m_ornaments.addRect(QRectF(cx + 3 * mm, m_y.ornament - thickness / 2, 29 * mm, thickness));
        addDiamond(QPointF(cx, m_y.ornament), 1.5 * mm);
    }

    void addDiamond(QPointF centre, qreal radius)
    {
        QPolygonF shape;
        shape << centre + QPointF(0, -radius) << centre + QPointF(radius, 0) << centre + QPointF(0, radius)
              << centre + QPointF(-radius, 0) << centre + QPointF(0, -radius);
        m_ornaments.addPolygon(shape);
    }

    // A rounded outer frame in the accent colour, a thin gold inner frame, gold diamonds on its corners
    // and at the middle of its sides.
    void buildBorder()
    {
        const qreal mm = m_mm;
        const qreal half = 1.1 * m_pen;
        const QRectF outer = QRectF(0, 0, m_width, m_height).adjusted(half, half, -half, -half);
        m_outer.addRoundedRect(outer, 3 * mm, 3 * mm);
        m_innerRect = outer.adjusted(4 * mm, 4 * mm, -4 * mm, -4 * mm);
        m_inner.addRect(m_innerRect);
        for (const QPointF& corner : {m_innerRect.topLeft(), m_innerRect.topRight(), m_innerRect.bottomLeft(),
                 m_innerRect.bottomRight()})
            addDiamond(corner, 2.6 * mm);
        const QPointF centre = m_innerRect.center();
        for (const QPointF& side :
            {QPointF(centre.x(), m_innerRect.top()), QPointF(centre.x(), m_innerRect.bottom()),
                QPointF(m_innerRect.left(), centre.y()), QPointF(m_innerRect.right(), centre.y())})
            addDiamond(side, 1.6 * mm);
    }

    // `text` wrapped to `width` on at most `maxLines` lines (the last elided), set; kept for the next
    // certificate, which most often repeats it.
    const std::vector<SetLine>& cached(Face face, const QString& text, qreal width, int maxLines = 1)
    {
        const QString key = text + QChar(0x1f) + QString::number(qRound(width));
        auto found = m_cache[face].constFind(key);
        if (found != m_cache[face].constEnd())
            return *found;
        return *m_cache[face].insert(key, fitted(face, text, width, maxLines));
    }

    std::vector<SetLine> fitted(Face face, const QString& text, qreal width, int maxLines = 1) const
    {
        std::vector<SetLine> lines;
        for (const QString& line : detail::wrapLines(text, m_faces[face].font(), width, m_device, maxLines))
            lines.push_back(m_faces[face].set(line));
        return lines;
    }

    void centered(QPainter& painter, const SetLine& line, qreal baseline) const
    {
        line.draw(painter, (m_width - line.width) / 2, baseline);
    }

    // The name in large type, scaled down to fit the width when it is long; a gold rule under it.
    void drawName(QPainter& painter, const QString& name, qreal cx) const
    {
        const SetLine line = m_faces[Name].set(name.trimmed());
        painter.setPen(Qt::black);
        if (line.width <= m_contentWidth) {
            centered(painter, line, m_y.name);
        } else {
            const qreal scale = m_contentWidth / line.width;
            painter.save();
            painter.translate(cx - m_contentWidth / 2, m_y.name);
            painter.scale(scale, scale);
            line.draw(painter, 0, 0);
            painter.restore();
        }
        painter.setPen(QPen(kGold, 0.6 * m_pen));
        const qreal half = std::min(m_contentWidth, std::max(line.width, m_contentWidth * 0.45)) / 2;
        painter.drawLine(QPointF(cx - half, m_y.nameRule), QPointF(cx + half, m_y.nameRule));
    }

    // A signature line per facilitator, the name and "Facilitator" under it; up to four to a row,
    // two rows at most (more names share the rows).
    void drawSignatures(QPainter& painter, const QStringList& facilitators)
    {
        const int n = int(facilitators.size());
        if (n == 0)
            return;
        const int columns = n <= 4 ? n : (n + 1) / 2;
        const int rows = (n + columns - 1) / columns;
        const qreal slot = m_contentWidth / std::max(columns, 2);
        const qreal lineWidth = std::min(slot - 8 * m_mm, 70 * m_mm);
        for (int i = 0; i < n; ++i) {
            const int row = i / columns;
            const int inRow = std::min(columns, n - row * columns);
            const qreal cx = m_width / 2 + (i % columns - (inRow - 1) / 2.0) * slot;
            const qreal shift = (rows - 1 - row) * m_y.signatureRow;
            painter.setPen(QPen(Qt::black, 0.6 * m_pen));
            painter.drawLine(QPointF(cx - lineWidth / 2, m_y.signatureLine - shift),
                QPointF(cx + lineWidth / 2, m_y.signatureLine - shift));
            const SetLine& name = cached(Signer, facilitators[i].trimmed(), lineWidth).front();
            name.draw(painter, cx - name.width / 2, m_y.signatureName - shift);
            painter.setPen(kMuted);
            m_facilitator.draw(painter, cx - m_facilitator.width / 2, m_y.signatureLabel - shift);
        }
    }

    const QPdfWriter* m_device;
    QLocale m_locale;
    qreal m_width, m_height, m_mm, m_pen;
    qreal m_contentWidth = 0;
    std::array<detail::GlyphSetter, FaceCount> m_faces;
    QPainterPath m_outer, m_inner, m_ornaments;
    QRectF m_innerRect;
    Baselines m_y{};
    SetLine m_series, m_title, m_certifies, m_completed, m_facilitator, m_footer;
    std::array<QHash<QString, std::vector<SetLine>>, FaceCount> m_cache;
};

} // namespace

CertificatePdf::CertificatePdf(ReportOptions options)
    : m_options(std::move(options))
{ }

QString CertificatePdf::verifyCommand(const QString& code)
{
    return QStringLiteral("pcs-studio certificate verify ") + code;
}

Result<void> CertificatePdf::write(
    const QString& path, const std::vector<Certificate>& certificates, const Progress& progress) const
{
    detail::PdfOutput output(path, m_options, QPageLayout::Landscape, kMargins);
    if (certificates.empty())
        return fail(ErrorKind::Invalid, tr("There is no certificate to write to %1.").arg(output.shown()));
    for (std::size_t i = 0; i < certificates.size(); ++i)
        if (certificates[i].learnerName.trimmed().isEmpty())
            return fail(ErrorKind::Invalid,
                tr("Certificate %1 of %2 has no learner's name; nothing was written to %3.")
                    .arg(QString::number(i + 1), QString::number(certificates.size()), output.shown()));
    const QString title = certificates.size() == 1
        ? tr("Certificate of completion — %1").arg(certificates.front().learnerName)
        : tr("Certificates of completion");
    if (auto opened = output.open(title); !opened)
        return opened;
    CertificatePainter painter(output.writer(), m_options);
    const int pages = int(certificates.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            if (auto added = output.newPage(); !added)
                return added;
        }
        painter.paint(output.painter(), certificates[std::size_t(page)], page + 1, pages);
        if (progress && !progress(page + 1, pages))
            return output.cancel();
    }
    return output.finish();
}

} // namespace pcs::reports
