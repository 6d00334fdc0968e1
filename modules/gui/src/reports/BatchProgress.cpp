#include "BatchProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace pcs::gui {

BatchProgress::BatchProgress(QWidget* parent, const QString& title, int delayMs)
    : m_dialog(new QProgressDialog(parent))
{
    m_dialog->setObjectName(QStringLiteral("report-progress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setAccessibleName(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(360);
    m_dialog->setRange(0, 0); // busy until the first step says how much there is
    m_dialog->setMinimumDuration(delayMs);
    m_dialog->setValue(0); // starts the clock of the minimum duration
}

BatchProgress::~BatchProgress()
{
    const bool shown = m_dialog && m_dialog->isVisible();
    QWidget* window = m_dialog && m_dialog->parentWidget() ? m_dialog->parentWidget()->window() : nullptr;
    delete m_dialog.data();
    if (shown && window)
        window->activateWindow(); // the keyboard goes back to the window the batch ran in
}

void BatchProgress::setStage(const QString& stage)
{
    m_stage = stage;
    if (m_dialog)
        m_dialog->setLabelText(stage);
    QCoreApplication::processEvents();
}

bool BatchProgress::step(int done, int total)
{
    if (!m_dialog)
        return false;
    if (total > 0 && m_dialog->maximum() != total)
        m_dialog->setMaximum(total);
    m_dialog->setValue(std::min(done, std::max(total, 0)));
    if (total > 0)
        m_dialog->setLabelText(m_stage.isEmpty() ? tr("%1 of %2").arg(done).arg(total)
                                                 : tr("%1\n%2 of %3").arg(m_stage).arg(done).arg(total));
    QCoreApplication::processEvents(); // Cancel is pressed between two steps
    return !m_dialog->wasCanceled();
}

reports::Progress BatchProgress::callback()
{
    return [this](int done, int total) { return step(done, total); };
}

bool BatchProgress::wasCancelled() const
{
    return m_dialog && m_dialog->wasCanceled();
}

} // namespace pcs::gui
