#include "pcs/gui/ReportsWorkspace.h"

#include "BatchProgress.h"
#include "ReportPreview.h"
#include "ReportPrinter.h"
#include "ReportRequestPanel.h"
#include "pcs/services/ReportJob.h"

#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/gui/StaffSession.h"
#include "pcs/log/Log.h"
#include "pcs/services/CohortFiles.h"
#include "pcs/services/OutputGuard.h"
#include "pcs/storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>

namespace pcs::gui {

ReportsWorkspace::ReportsWorkspace(storage::Database& database, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("reports-workspace"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    // The form scrolls rather than being cut off on a small screen.
    auto* formScroll = new QScrollArea(splitter);
    formScroll->setObjectName(QStringLiteral("report-request-scroll"));
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setFocusPolicy(Qt::NoFocus);
    m_request = new ReportRequestPanel(database, language, formScroll);
    formScroll->setWidget(m_request);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setMinimumWidth(
        m_request->minimumWidth() + formScroll->verticalScrollBar()->sizeHint().width());
    m_preview = new ReportPreview(splitter);
    splitter->addWidget(formScroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({400, 700});
    layout->addWidget(splitter);

    // Ctrl+S and Ctrl+P wherever the focus is in the workspace.
    auto* save = new QAction(tr("Save as PDF"), this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &ReportsWorkspace::saveAs);
    auto* print = new QAction(tr("Print"), this);
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QAction::triggered, this, &ReportsWorkspace::print);
    addActions({save, print});

    connect(m_request, &ReportRequestPanel::generateRequested, this, &ReportsWorkspace::generatePreview);
    connect(m_request, &ReportRequestPanel::errorOccurred, this,
        [this](const QString& message) { setState(State::Failed, message); });
    connect(m_preview, &ReportPreview::saveRequested, this, &ReportsWorkspace::saveAs);
    connect(m_preview, &ReportPreview::printRequested, this, &ReportsWorkspace::print);
}

ReportsWorkspace::~ReportsWorkspace()
{
    m_preview->showMessage({}); // closes the document before the temporary folder goes
}

QString ReportsWorkspace::actor() const
{
    return m_actor.isEmpty() ? StaffSession::currentActor() : m_actor;
}

QPdfDocument* ReportsWorkspace::document() const
{
    return m_preview->document();
}

void ReportsWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_busy)
        reload(); // cohorts, rosters or attendance may have changed in another workspace
}

void ReportsWorkspace::reload()
{
    m_request->reload();
}

void ReportsWorkspace::setState(State state, const QString& message)
{
    m_state = state;
    if (state != State::Ready) {
        discardPreview();
        m_preview->showMessage(message);
    }
    Q_EMIT stateChanged(state);
}

void ReportsWorkspace::discardPreview()
{
    m_preview->showMessage({});
    if (!m_previewPath.isEmpty())
        QFile::remove(m_previewPath);
    m_previewPath.clear();
    m_suggestedName.clear();
    m_auditWhat.clear();
    m_auditSubject.clear();
}

bool ReportsWorkspace::generatePreview()
{
    if (m_busy)
        return false;
    if (const QString problem = m_request->problem(); !problem.isEmpty()) {
        setState(State::Failed, problem);
        return false;
    }
    if (!m_temporary.isValid()) {
        setState(State::Failed,
            tr("No temporary folder for the preview could be made: %1").arg(m_temporary.errorString()));
        return false;
    }
    const services::ReportRequest request = m_request->request();
    discardPreview();
    m_preview->showMessage(tr("Generating the report…"));
    const QString path = m_temporary.filePath(QStringLiteral("preview-%1.pdf").arg(++m_serial));

    m_busy = true;
    m_request->setBusy(true);
    Result<services::ReportOutcome> outcome;
    bool cancelled = false;
    {
        BatchProgress progress(this, services::ReportJob::kindTitle(request.kind), m_progressDelay);
        const services::ReportJob job(m_database, request, actor());
        outcome
            = job.write(path, progress.callback(), [&](const QString& stage) { progress.setStage(stage); });
        cancelled = progress.wasCancelled();
    }
    m_request->setBusy(false);
    m_busy = false;

    if (!outcome) {
        QFile::remove(path); // the writers leave none; a cancelled batch must not either
        if (cancelled || outcome.error().message == reports::ReportCommon::cancelledMessage()) {
            setState(State::Cancelled, tr("The report was cancelled: no file was written."));
        } else {
            log::warning(QStringLiteral("Report not written: %1").arg(outcome.error().message));
            setState(State::Failed, tr("The report could not be made.\n\n%1").arg(outcome.error().message));
        }
        return false;
    }
    if (!m_preview->showDocument(path, outcome->title)) {
        QFile::remove(path);
        m_state = State::Failed;
        Q_EMIT stateChanged(m_state);
        return false;
    }
    m_previewPath = path;
    m_suggestedName = outcome->fileName;
    m_auditWhat = outcome->auditWhat;
    m_auditSubject = outcome->auditSubject;
    setState(State::Ready);
    return true;
}

bool ReportsWorkspace::saveAs()
{
    if (m_state != State::Ready || m_previewPath.isEmpty())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(this, tr("Save the report as PDF"),
        QDir(folder).filePath(m_suggestedName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QFile preview(m_previewPath);
    if (!preview.open(QIODevice::ReadOnly)) {
        MessageBox::critical(
            this, tr("Save as PDF"), tr("The preview could not be read: %1").arg(preview.errorString()));
        return false;
    }
    // Certificates are recorded as they are issued; the other reports as exports, before the file
    // is written (as from the command line): nothing leaves without its record.
    if (!recordExport(path, tr("Save as PDF")))
        return false;
    if (const auto saved = services::CohortFiles::save(path, preview.readAll()); !saved) {
        MessageBox::critical(this, tr("Save as PDF"), saved.error().message);
        return false;
    }
    log::info(QStringLiteral("Report saved"));
    return true;
}

bool ReportsWorkspace::print()
{
    QPdfDocument* pdf = m_preview->document();
    if (m_state != State::Ready || !m_preview->hasDocument())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinter::prepare(printer, *pdf, QFileInfo(m_suggestedName).completeBaseName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // "Print to file" may not land on the database either (nor remove it after a failed print).
    if (!printer.outputFileName().isEmpty()) {
        if (const auto allowed = services::OutputGuard::check(printer.outputFileName(), m_database.path());
            !allowed) {
            MessageBox::warning(this, tr("Print"), allowed.error().message);
            return false;
        }
    }
    if (!recordExport(printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName(),
            tr("Print")))
        return false;
    Result<void> printed;
    {
        BatchProgress progress(this, tr("Printing"), m_progressDelay);
        progress.setStage(tr("Sending the pages to the printer…"));
        printed = ReportPrinter::paint(*pdf, printer, progress.callback());
    }
    if (!printed) {
        if (!printer.outputFileName().isEmpty())
            QFile::remove(printer.outputFileName()); // printing to a file: no half-written one
        if (printed.error().message != reports::ReportCommon::cancelledMessage())
            MessageBox::critical(this, tr("Print"), printed.error().message);
        return false;
    }
    if (!printer.outputFileName().isEmpty()) // it names learners: the owner's alone, as every export
        QFile::setPermissions(printer.outputFileName(), QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool ReportsWorkspace::recordExport(const QString& target, const QString& title)
{
    if (m_auditWhat.isEmpty())
        return true;
    const auto audited
        = services::CohortFiles::recordExport(m_database, actor(), m_auditWhat, m_auditSubject, target);
    if (!audited) {
        log::warning(audited.error().message);
        MessageBox::critical(this, title,
            tr("The audit log could not record the report, so it was not sent: %1")
                .arg(audited.error().message));
    }
    return bool(audited);
}

} // namespace pcs::gui
