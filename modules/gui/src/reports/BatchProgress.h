#pragma once

#include "pcs/reports/ReportCommon.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

namespace pcs::gui {

// The progress of a long batch (writing a report, printing): a window-modal QProgressDialog with
// Cancel that shows only when the work runs longer than `delayMs`, fed through a reports::Progress
// callback that keeps the events flowing so Cancel can be pressed. The dialog goes with this object.
class BatchProgress
{
    Q_DECLARE_TR_FUNCTIONS(pcs::gui::BatchProgress)

public:
    BatchProgress(QWidget* parent, const QString& title, int delayMs = 300);
    ~BatchProgress();
    BatchProgress(const BatchProgress&) = delete;
    BatchProgress& operator=(const BatchProgress&) = delete;

    // What is being done now, e.g. "Writing the certificates…".
    void setStage(const QString& stage);
    // Pages (or items) done of total; false once Cancel was pressed.
    bool step(int done, int total);
    reports::Progress callback();
    bool wasCancelled() const;

private:
    QPointer<QProgressDialog> m_dialog;
    QString m_stage;
};

} // namespace pcs::gui
