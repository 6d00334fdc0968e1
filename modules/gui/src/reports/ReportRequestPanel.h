#pragma once

#include "pcs/services/ReportRequest.h"

#include "pcs/domain/delivery/Attendance.h"
#include "pcs/domain/delivery/Cohort.h"

#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;

namespace pcs::storage {
class Database;
}

namespace pcs::gui {

// The left side of the Reports workspace: which report, and what it is about. The cohort is picked
// by typing any part of its title; the learner comes from the cohort's roster and the session from
// its schedule; a period (from the first of this year to today at first) is asked only by the kinds
// that cover one. Rows that do not apply to the chosen kind are hidden.
class ReportRequestPanel : public QWidget
{
    Q_OBJECT

public:
    ReportRequestPanel(storage::Database& database, const QString& language, QWidget* parent = nullptr);
    ~ReportRequestPanel() override;

    // Reads the cohorts again, keeping the chosen one when it still exists.
    void reload();
    services::ReportRequest request() const;
    // Why the request cannot be made as it stands ("Choose a cohort first."), or empty.
    QString problem() const;

    services::ReportKind kind() const;
    void setKind(services::ReportKind kind);
    void setCertificatesInRange(bool inRange);
    bool selectCohort(const QString& cohortId);
    bool selectLearner(const QString& personId);
    bool selectSession(const QString& sessionId);
    void setFilledSheet(bool filled);
    void setPeriod(const QDate& from, const QDate& to);
    void setLanguage(const QString& language);
    void setPaper(QPageSize::PageSizeId paper);
    // While a report is being made the form cannot start another.
    void setBusy(bool busy);

    QPushButton* generateButton() const { return m_generate; }
    QComboBox* cohortBox() const { return m_cohort; }
    QComboBox* learnerBox() const { return m_learner; }
    QComboBox* sessionBox() const { return m_session; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    void generateRequested();
    void errorOccurred(const QString& message);

private:
    void cohortChanged();
    void sessionChanged();
    void updateRows();
    QComboBox* combo(const QString& name, const QString& accessibleName);
    QDateEdit* dateEdit(const QString& name, const QString& accessibleName, const QDate& date);

    storage::Database& m_database;
    QString m_cohortId; // whose roster and sessions the pickers hold
    std::vector<CohortSession> m_sessions;
    std::vector<AttendanceMark> m_marks;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_cohort = nullptr;
    QComboBox* m_learner = nullptr;
    QComboBox* m_session = nullptr;
    QComboBox* m_sheet = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_paper = nullptr;
    QLabel* m_about = nullptr;
    QPushButton* m_generate = nullptr;
};

} // namespace pcs::gui
