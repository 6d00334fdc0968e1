#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pcs::reports {

// What one session's sign-in sheet shows: the cohort and the session on top, then one row per learner.
struct SignInSheet {
    QString cohortTitle;
    QString programTitle;
    QString workshopTitle;
    QString location; // the session's place (may be empty)
    QStringList facilitators; // display names
    CohortSession session; // date, start, end, contactMinutes, position
    int sessionCount = 0; // "Session 3 of 10"
    QString curriculumVersion; // e.g. "2026.1", printed in the footer
    struct Row {
        QString name;
        QString organization;
        std::optional<AttendanceMark> mark; // filled sheets only; nullopt = not recorded
    };
    std::vector<Row> learners;
    bool filled = false; // false: blank sheet for signing; true: the attendance as recorded
};

// Sign-in sheets as a printable PDF (portrait, Letter unless set otherwise). A blank sheet has tall
// rows to sign in, and a few empty rows for walk-ins; a filled sheet shows each learner's status and
// the contact minutes earned, with a summary under the table. Long rosters run over several pages,
// the table header repeated on each; the footer says "Page N of M", counting the pages of the whole
// file. The file is written through QSaveFile: it appears only when the whole document was written.
class SignInSheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(pcs::reports::SignInSheetPdf)

public:
    // "en" or "fr": the locale (Canada) of the dates and times.
    explicit SignInSheetPdf(QString language = QStringLiteral("en"));

    void setPageSize(QPageSize::PageSizeId pageSize) { m_pageSize = pageSize; }
    QPageSize::PageSizeId pageSize() const { return m_pageSize; }
    // Family of all the text; it is embedded in the PDF.
    void setFontFamily(const QString& family) { m_fontFamily = family; }
    QString language() const { return m_language; }

    // One sheet (which may run over several pages) ...
    Result<void> write(const QString& path, const SignInSheet& sheet) const;
    // ... or several sheets in one PDF, each starting on a new page.
    Result<void> write(const QString& path, const std::vector<SignInSheet>& sheets) const;

private:
    QString m_language;
    QPageSize::PageSizeId m_pageSize = QPageSize::Letter;
    QString m_fontFamily = QStringLiteral("DejaVu Sans");
};

} // namespace pcs::reports
