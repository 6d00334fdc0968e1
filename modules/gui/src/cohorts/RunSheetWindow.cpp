#include "RunSheetWindow.h"

#include "../curriculum/PresentationWindow.h"
#include "pcs/domain/Clock.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pcs::gui {
namespace {

QString clockText(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace

RunSheetWindow::RunSheetWindow(const Workshop& workshop, QTime sessionStart, const CurriculumPackage& package,
    const QString& language, const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_sheet(workshop, sessionStart)
    , m_package(package)
    , m_language(language)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("run-sheet"));
    setWindowTitle(tr("Run-sheet — %1").arg(workshop.title.in(language)));
    setAccessibleName(tr("Run-sheet"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* layout = new QHBoxLayout(this);
    m_agenda = new QListWidget(this);
    m_agenda->setObjectName(QStringLiteral("run-sheet-agenda"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setFocusPolicy(Qt::NoFocus); // the window's keys drive it
    m_agenda->setMinimumWidth(360);
    m_agenda->setWordWrap(true);
    m_agenda->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont agendaFont = m_agenda->font();
    agendaFont.setPointSizeF(agendaFont.pointSizeF() * 1.4);
    m_agenda->setFont(agendaFont);
    for (int i = 0; i < m_sheet.blockCount(); ++i) {
        const AgendaBlock& block = m_sheet.block(i);
        QString line = clockText(m_sheet.plannedStart(i)) + QStringLiteral("  ") + block.title.in(language)
            + QStringLiteral(" (%1 min)").arg(block.minutes);
        if (block.isBreak)
            line += u' ' + tr("— break");
        m_agenda->addItem(line);
    }
    layout->addWidget(m_agenda);

    auto* main = new QVBoxLayout();
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSize(30);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    main->addWidget(m_title);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("run-sheet-timer"));
    m_timer->setAccessibleName(tr("Time left in this block"));
    m_timer->setAlignment(Qt::AlignCenter);
    QFont timerFont = m_timer->font();
    timerFont.setPointSize(96);
    timerFont.setBold(true);
    m_timer->setFont(timerFont);
    m_timer->setAutoFillBackground(true);
    main->addWidget(m_timer, 1);
    m_next = new QLabel(this);
    QFont nextFont = m_next->font();
    nextFont.setPointSize(20);
    m_next->setFont(nextFont);
    main->addWidget(m_next);

    auto* buttons = new QHBoxLayout();
    const auto button = [&](const QString& text, const QString& accessible) {
        auto* b = new QPushButton(text, this);
        b->setAccessibleName(accessible);
        b->setFocusPolicy(Qt::NoFocus);
        QFont large = b->font();
        large.setPointSizeF(large.pointSizeF() * 1.5);
        b->setFont(large);
        buttons->addWidget(b);
        return b;
    };
    connect(button(tr("← Previous block"), tr("Previous block")), &QPushButton::clicked, this,
        &RunSheetWindow::previousBlock);
    connect(button(tr("Next block →"), tr("Next block")), &QPushButton::clicked, this,
        &RunSheetWindow::nextBlock);
    m_jobAid = button(tr("Job aid (J)"), tr("Open the job aid of this block"));
    connect(m_jobAid, &QPushButton::clicked, this, &RunSheetWindow::openJobAid);
    buttons->addStretch(1);
    connect(
        button(tr("Close (Esc)"), tr("Close the run-sheet")), &QPushButton::clicked, this, &QWidget::close);
    main->addLayout(buttons);
    layout->addLayout(main, 1);

    m_sheet.startBlock(0, m_clock.nowUtc());
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &RunSheetWindow::tick);
    m_ticker->start();
    setFocusPolicy(Qt::StrongFocus);
    showBlock();
}

QString RunSheetWindow::timerText() const
{
    return m_timer->text();
}

void RunSheetWindow::tick()
{
    const BlockTimer timer = m_sheet.timer(m_clock.nowUtc());
    const qint64 seconds = qAbs(timer.remainingSeconds);
    const QString text = (timer.remainingSeconds < 0 ? QStringLiteral("+") : QString())
        + QStringLiteral("%1:%2")
              .arg(seconds / 60, 2, 10, QLatin1Char('0'))
              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_timer->setText(text);
    if (timer.level != m_level || m_timer->accessibleDescription().isEmpty()) {
        m_level = timer.level;
        QPalette palette = this->palette();
        switch (m_level) {
        case BlockTimer::Level::Normal:
            m_timer->setAccessibleDescription(tr("On time"));
            break;
        case BlockTimer::Level::Amber:
            palette.setColor(QPalette::Window, QColor(0xff, 0xc1, 0x07));
            palette.setColor(QPalette::WindowText, Qt::black);
            m_timer->setAccessibleDescription(tr("Less than a fifth of the block is left"));
            break;
        case BlockTimer::Level::Red:
        case BlockTimer::Level::Over:
            palette.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
            palette.setColor(QPalette::WindowText, Qt::white);
            m_timer->setAccessibleDescription(
                m_level == BlockTimer::Level::Red ? tr("Almost out of time") : tr("Over time"));
            break;
        }
        m_timer->setPalette(palette);
    }
}

void RunSheetWindow::nextBlock()
{
    if (m_sheet.next(m_clock.nowUtc()))
        showBlock();
}

void RunSheetWindow::previousBlock()
{
    if (m_sheet.previous(m_clock.nowUtc()))
        showBlock();
}

bool RunSheetWindow::openJobAid()
{
    const AgendaBlock& block = m_sheet.block(m_sheet.current());
    const MicroCoachingTool* tool = block.tools.isEmpty() ? nullptr : m_package.tool(block.tools.first());
    if (!tool)
        return false;
    auto* presentation = new PresentationWindow(*tool, m_language, this);
    presentation->setWindowFlag(Qt::Window);
    presentation->setAttribute(Qt::WA_DeleteOnClose);
    presentation->showFullScreen();
    return true;
}

void RunSheetWindow::showBlock()
{
    const int index = m_sheet.current();
    const AgendaBlock& block = m_sheet.block(index);
    m_agenda->setCurrentRow(index);
    m_title->setText(block.title.in(m_language));
    m_title->setAccessibleName(tr("Current block: %1").arg(block.title.in(m_language)));
    m_next->setText(index + 1 < m_sheet.blockCount()
            ? tr("Next: %1, planned at %2")
                  .arg(m_sheet.block(index + 1).title.in(m_language),
                      clockText(m_sheet.plannedStart(index + 1)))
            : tr("Last block; the session is planned to end at %1.").arg(clockText(m_sheet.plannedEnd())));
    const bool hasTool = !block.tools.isEmpty() && m_package.tool(block.tools.first());
    m_jobAid->setEnabled(hasTool);
    m_jobAid->setToolTip(hasTool ? m_package.tool(block.tools.first())->title.in(m_language)
                                 : tr("This block uses no job aid."));
    m_timer->setAccessibleDescription(QString());
    tick();
}

void RunSheetWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        nextBlock();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        previousBlock();
        return;
    case Qt::Key_J:
        openJobAid();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void RunSheetWindow::closeEvent(QCloseEvent* event)
{
    m_ticker->stop();
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

} // namespace pcs::gui
