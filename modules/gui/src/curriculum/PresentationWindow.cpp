#include "PresentationWindow.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextBoundaryFinder>
#include <QVBoxLayout>

namespace pcs::gui {
namespace {

constexpr int kTitlePoints = 44;
constexpr int kPromptPoints = 36;
constexpr int kTextPoints = 28; // the smallest type on the projector

QLabel* label(
    const QString& objectName, const QString& accessibleName, int points, bool bold, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSize(points);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QPushButton* button(
    const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    // The window's keys drive the presentation; the buttons are for the mouse and touch, and must
    // not take Space or the arrows away from it.
    button->setFocusPolicy(Qt::NoFocus);
    QFont font = button->font();
    font.setPointSize(kTextPoints);
    button->setFont(font);
    return button;
}

QStringList sentences(const QString& text)
{
    QStringList found;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const QString sentence = text.mid(start, finder.position() - start).trimmed();
        if (!sentence.isEmpty())
            found << sentence;
        start = finder.position();
    }
    return found;
}

} // namespace

PresentationWindow::PresentationWindow(
    const MicroCoachingTool& tool, const QString& language, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_summary(tool.summary.in(language))
    , m_summaryPages{m_summary}
{
    for (const LocalizedText& prompt : tool.prompts)
        m_prompts << prompt.in(language);

    const QString title = tool.title.in(language);
    setObjectName(QStringLiteral("presentation-window"));
    setWindowTitle(tr("%1 — Presentation").arg(title));
    setAccessibleName(tr("Presentation of %1").arg(title));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    // Dark text on white, the most legible in a lit meeting room.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    colours.setColor(QPalette::ButtonText, QColor(0x11, 0x11, 0x11));
    setPalette(colours);
    setAutoFillBackground(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 40, 64, 32);
    layout->setSpacing(20);

    auto* titleLabel = label(QStringLiteral("presentation-title"), tr("Tool"), kTitlePoints, true, this);
    titleLabel->setText(QStringLiteral("%1. %2").arg(tool.number).arg(title));
    layout->addWidget(titleLabel);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    layout->addWidget(rule);

    auto* status = new QHBoxLayout();
    m_caption = label(QStringLiteral("presentation-caption"), tr("Step"), kTextPoints, false, this);
    m_caption->setWordWrap(false);
    m_progress = label(QStringLiteral("presentation-progress"), tr("Progress"), kTextPoints, false, this);
    m_progress->setWordWrap(false);
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, QColor(0x44, 0x44, 0x44));
    m_caption->setPalette(muted);
    m_progress->setPalette(muted);
    status->addWidget(m_caption, 1);
    status->addWidget(m_progress);
    layout->addLayout(status);

    m_body = label(QStringLiteral("presentation-text"), tr("Text"), kTextPoints, false, this);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The body takes the height that is left; its text never asks for more (see paginateSummary).
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->addWidget(m_body, 1);

    auto* controls = new QHBoxLayout();
    m_previous = button(tr("← Previous"), QStringLiteral("presentation-previous"), tr("Previous step"), this);
    connect(m_previous, &QPushButton::clicked, this, &PresentationWindow::previous);
    m_next = button(tr("Next →"), QStringLiteral("presentation-next"), tr("Next step"), this);
    connect(m_next, &QPushButton::clicked, this, &PresentationWindow::next);
    auto* close
        = button(tr("Close (Esc)"), QStringLiteral("presentation-close"), tr("Close the presentation"), this);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    controls->addWidget(m_previous);
    controls->addWidget(m_next);
    controls->addStretch(1);
    controls->addWidget(close);
    layout->addLayout(controls);

    showStep(0);
}

void PresentationWindow::paginateSummary()
{
    const QRect area = m_body->contentsRect();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    QFont font = m_body->font();
    font.setPointSize(kTextPoints);
    font.setBold(false);
    const QFontMetrics metrics(font);
    const auto fits = [&](const QString& text) {
        return metrics.boundingRect(QRect(0, 0, area.width(), 1 << 20), Qt::TextWordWrap, text).height()
            <= area.height();
    };
    QStringList pages;
    QString page;
    for (const QString& sentence : sentences(m_summary)) {
        const QString candidate = page.isEmpty() ? sentence : page + u' ' + sentence;
        if (!page.isEmpty() && !fits(candidate)) {
            pages << page;
            page = sentence;
        } else {
            page = candidate;
        }
    }
    if (!page.isEmpty() || pages.isEmpty())
        pages << page;
    if (pages == m_summaryPages)
        return;
    // Stay on the same question, or on the summary.
    const int summaryPages = int(m_summaryPages.size());
    const int step = m_step >= summaryPages ? int(pages.size()) + m_step - summaryPages : 0;
    m_summaryPages = pages;
    showStep(step);
}

void PresentationWindow::showStep(int step)
{
    const int summaryPages = int(m_summaryPages.size());
    const int count = promptCount();
    m_step = qBound(0, step, stepCount() - 1);
    m_previous->setEnabled(m_step > 0);
    m_next->setEnabled(m_step < stepCount() - 1);

    QFont font = m_body->font();
    QString announced;
    if (m_step < summaryPages) {
        font.setPointSize(kTextPoints);
        font.setBold(false);
        m_body->setText(m_summaryPages.at(m_step));
        m_body->setAccessibleName(tr("Summary"));
        m_caption->setText(
            summaryPages == 1 ? tr("Summary") : tr("Summary (%1 of %2)").arg(m_step + 1).arg(summaryPages));
        m_progress->setText(count == 1 ? tr("1 question follows") : tr("%1 questions follow").arg(count));
        announced = tr("Summary: %1").arg(m_body->text());
    } else {
        const int number = m_step - summaryPages + 1;
        font.setPointSize(kPromptPoints);
        font.setBold(true);
        // A question too long for the screen at 36 pt falls back to the smallest projector size.
        const QRect area = m_body->contentsRect();
        const QString& prompt = m_prompts.at(number - 1);
        if (area.height() > 0
            && QFontMetrics(font)
                    .boundingRect(QRect(0, 0, area.width(), 1 << 20), Qt::TextWordWrap, prompt)
                    .height()
                > area.height())
            font.setPointSize(kTextPoints);
        m_body->setText(prompt);
        m_body->setAccessibleName(tr("Prompting question"));
        m_caption->setText(tr("Prompting question"));
        m_progress->setText(tr("%1 / %2").arg(number).arg(count));
        announced = tr("Question %1 of %2: %3").arg(number).arg(count).arg(m_body->text());
    }
    m_body->setFont(font);
    // Screen readers announce the new text.
    m_body->setAccessibleDescription(m_body->text());
    m_progress->setAccessibleDescription(m_progress->text());
    setAccessibleDescription(announced);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        showStep(0);
        break;
    case Qt::Key_End:
        showStep(stepCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    paginateSummary();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    Q_EMIT closed();
}

} // namespace pcs::gui
