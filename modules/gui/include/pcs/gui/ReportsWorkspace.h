#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QWidget>

class QLabel;
class QPdfDocument;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class ReportPreview;
class ReportRequestPanel;

// The Reports workspace. On the left a form chooses the report (a cohort report, a learner's
// progress report, certificates of completion for one cohort or for every cohort ending in a
// period, a session's sign-in sheet, the organization summary of a period), its cohort, learner,
// session or dates, its language and paper. "Generate preview" writes the report, with the same
// module functions as `pcs-studio report`, to a temporary file that the right side shows; from
// there it is saved as a PDF (audited as an export, like the command line) or printed. Long
// batches show a progress dialog whose Cancel leaves no file. `language` ("en" or "fr") is the
// report language chosen at first.
class ReportsWorkspace : public QWidget
{
    Q_OBJECT

public:
    // What the preview side shows.
    enum class State { Empty, Ready, Cancelled, Failed };

    ReportsWorkspace(storage::Database& database, const QString& language, QWidget* parent = nullptr);
    ~ReportsWorkspace() override;

    // The staff member named in the audit log; StaffSession::currentActor() when not set.
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const;

    // Reads the cohorts again, keeping the choices that still exist.
    void reload();

    // The actions behind the buttons. generatePreview() says whether a preview is shown; saveAs()
    // asks for a path (FileDialog) and whether the file was written; print() opens the print dialog.
    bool generatePreview();
    bool saveAs();
    bool print();

    State state() const { return m_state; }
    // The previewed PDF (in the workspace's temporary folder), empty when there is none.
    QString previewPath() const { return m_previewPath; }
    // The document the preview shows; it has no pages when there is no preview.
    QPdfDocument* document() const;
    ReportRequestPanel* requestPanel() const { return m_request; }
    ReportPreview* preview() const { return m_preview; }
    // How long a batch runs before its progress dialog shows (300 ms unless set).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }

Q_SIGNALS:
    // A preview was shown, cancelled or failed.
    void stateChanged(pcs::gui::ReportsWorkspace::State state);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setState(State state, const QString& message = {});
    void discardPreview();
    // Records in the audit log that the preview goes to `target` (a file or a printer); a message
    // titled `title` and false when it cannot, and then it is not to be sent.
    bool recordExport(const QString& target, const QString& title);

    storage::Database& m_database;
    QString m_actor;
    QTemporaryDir m_temporary;
    int m_serial = 0;
    int m_progressDelay = 300;
    bool m_busy = false;
    State m_state = State::Empty;
    QString m_previewPath;
    QString m_suggestedName; // file name offered by Save as PDF
    QString m_auditWhat; // "report-cohort", ...; empty when the report is audited otherwise
    QString m_auditSubject;
    ReportRequestPanel* m_request = nullptr;
    ReportPreview* m_preview = nullptr;
};

} // namespace pcs::gui
