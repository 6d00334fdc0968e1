#include "ReportPreview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace pcs::gui {

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;

} // namespace

ReportPreview::ReportPreview(QWidget* parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
{
    setObjectName(QStringLiteral("report-preview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("report-caption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    layout->addWidget(m_caption);

    auto* tools = new QHBoxLayout;
    m_previous = toolButton(
        QStringLiteral("previous-page"), tr("Previous page"), tr("Previous page (Ctrl+Page Up)"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_page = new QLabel(this);
    m_page->setObjectName(QStringLiteral("report-page"));
    m_page->setTextFormat(Qt::PlainText);
    m_page->setMinimumWidth(m_page->fontMetrics().horizontalAdvance(tr("Page %1 of %2").arg(888).arg(888)));
    m_page->setAlignment(Qt::AlignCenter);
    m_next = toolButton(QStringLiteral("next-page"), tr("Next page"), tr("Next page (Ctrl+Page Down)"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_zoomOut = toolButton(QStringLiteral("zoom-out"), tr("Zoom out"), tr("Zoom out (Ctrl+-)"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    QFont large = m_zoomOut->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_zoomOut->setFont(large);
    m_zoomIn = toolButton(QStringLiteral("zoom-in"), tr("Zoom in"), tr("Zoom in (Ctrl++)"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomIn->setFont(large);
    m_fitWidth = toolButton(QStringLiteral("fit-width"), tr("Fit width"), tr("Fit the page width (Ctrl+0)"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitWidth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_save = new QPushButton(tr("&Save as PDF…"), this);
    m_save->setObjectName(QStringLiteral("save-report"));
    m_save->setAccessibleName(tr("Save as PDF"));
    m_save->setToolTip(tr("Save the previewed report as a PDF file"));
    m_print = new QPushButton(tr("Pr&int…"), this);
    m_print->setObjectName(QStringLiteral("print-report"));
    m_print->setAccessibleName(tr("Print"));
    m_print->setToolTip(tr("Print the previewed report"));
    tools->addWidget(m_previous);
    tools->addWidget(m_page);
    tools->addWidget(m_next);
    tools->addSpacing(12);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_fitWidth);
    tools->addStretch();
    tools->addWidget(m_save);
    tools->addWidget(m_print);
    layout->addLayout(tools);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("report-message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    QFont italic = m_message->font();
    italic.setItalic(true);
    italic.setPointSizeF(italic.pointSizeF() * 1.1);
    m_message->setFont(italic);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(m_message);
    m_view = new QPdfView(m_stack);
    m_view->setObjectName(QStringLiteral("report-view"));
    m_view->setAccessibleName(tr("Report preview"));
    m_view->setAccessibleDescription(
        tr("The pages of the report; Page Up and Page Down scroll through them"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &ReportPreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &ReportPreview::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &ReportPreview::fitWidth);
    connect(m_save, &QPushButton::clicked, this, &ReportPreview::saveRequested);
    connect(m_print, &QPushButton::clicked, this, &ReportPreview::printRequested);
    connect(
        m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &ReportPreview::updatePage);
    showMessage(tr("Choose a report on the left and press Generate preview."));
}

ReportPreview::~ReportPreview()
{
    m_view->setDocument(nullptr);
}

QToolButton* ReportPreview::toolButton(const QString& name, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setAccessibleName(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

bool ReportPreview::showDocument(const QString& path, const QString& caption)
{
    m_document->close();
    if (m_document->load(path) != QPdfDocument::Error::None || m_document->pageCount() == 0) {
        showMessage(tr("The report was written but cannot be shown."));
        return false;
    }
    m_caption->setText(caption);
    m_stack->setCurrentWidget(m_view);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    goToPage(0);
    updatePage();
    return true;
}

void ReportPreview::showMessage(const QString& message)
{
    m_document->close();
    m_caption->clear();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    updatePage();
}

bool ReportPreview::hasDocument() const
{
    return m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
}

QString ReportPreview::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

int ReportPreview::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

QString ReportPreview::pageText() const
{
    return m_page->text();
}

void ReportPreview::goToPage(int page)
{
    if (!hasDocument())
        return;
    page = std::clamp(page, 0, m_document->pageCount() - 1);
    m_view->pageNavigator()->jump(page, QPointF(), m_view->pageNavigator()->currentZoom());
    updatePage();
}

void ReportPreview::setZoom(double factor)
{
    if (!hasDocument())
        return;
    keepingPlace([&] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::clamp(factor, kMinZoom, kMaxZoom));
    });
}

double ReportPreview::effectiveZoom() const
{
    if (m_view->zoomMode() == QPdfView::ZoomMode::Custom)
        return m_view->zoomFactor();
    // The zoom that fitting chose: the viewport's width over the widest page's.
    double widest = 1;
    for (int page = 0; page < m_document->pageCount(); ++page)
        widest = std::max(widest, m_document->pagePointSize(page).width() * logicalDpiX() / 72.0);
    const QMargins margins = m_view->documentMargins();
    return (m_view->viewport()->width() - margins.left() - margins.right()) / widest;
}

void ReportPreview::zoomIn()
{
    setZoom(effectiveZoom() * kZoomStep);
}

void ReportPreview::zoomOut()
{
    setZoom(effectiveZoom() / kZoomStep);
}

void ReportPreview::fitWidth()
{
    if (!hasDocument())
        return;
    keepingPlace([&] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
}

void ReportPreview::keepingPlace(const std::function<void()>& zoom)
{
    // The same place of the document stays in view: as far down, in proportion, as before.
    QScrollBar* bar = m_view->verticalScrollBar();
    const double at = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    zoom();
    bar->setValue(qRound(at * bar->maximum()));
    updatePage();
}

void ReportPreview::updatePage()
{
    const bool shown = hasDocument() && m_stack->currentWidget() == m_view;
    const int pages = shown ? m_document->pageCount() : 0;
    const int page = shown ? currentPage() : 0;
    m_page->setText(shown ? tr("Page %1 of %2").arg(page + 1).arg(pages) : QString());
    m_page->setAccessibleName(m_page->text());
    for (QWidget* tool : {static_cast<QWidget*>(m_previous), static_cast<QWidget*>(m_page),
             static_cast<QWidget*>(m_next), static_cast<QWidget*>(m_zoomOut), static_cast<QWidget*>(m_zoomIn),
             static_cast<QWidget*>(m_fitWidth)})
        tool->setVisible(shown);
    m_previous->setEnabled(shown && page > 0);
    m_next->setEnabled(shown && page + 1 < pages);
    for (QWidget* control :
        {static_cast<QWidget*>(m_zoomOut), static_cast<QWidget*>(m_zoomIn), static_cast<QWidget*>(m_fitWidth),
            static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_print)})
        control->setEnabled(shown);
    if (shown) {
        const bool custom = m_view->zoomMode() == QPdfView::ZoomMode::Custom;
        m_zoomIn->setEnabled(!custom || m_view->zoomFactor() < kMaxZoom);
        m_zoomOut->setEnabled(!custom || m_view->zoomFactor() > kMinZoom);
    }
}

} // namespace pcs::gui
