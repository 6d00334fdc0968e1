#pragma once

#include "pcs/storage/AssessmentStore.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace pcs::gui {

// The screen the laptop is handed on with: find your name. The list stays empty until the learner
// types (no roster on show for whoever walks by, and nothing of the previous learner left on it);
// each word typed must start a word of the name, accents and case ignored, so "am ha" finds
// "Amina Haddad" in a cohort of 40 as well as of 4. The names found show nothing but the name
// (whether anyone has started or submitted is nobody else's business); where the window uses PINs
// the hint says that a PIN comes next. What a learner may still do is said after their PIN.
//
// Keys: type to search; Down goes to the names, Up from the first name back to the search; Enter
// chooses (from the search: the first name found).
class HandOffPage : public QWidget
{
    Q_OBJECT

public:
    HandOffPage(const QString& cohortTitle, const QString& phaseTitle, QWidget* parent = nullptr);

    // The roster; shown only through the search, by name alone. `usesPins`: the hint says a PIN
    // will be asked.
    void setLearners(std::vector<storage::LearnerStatus> learners, bool usesPins = false);
    // Empties the search and the names, and shows `notice` (may be empty).
    void reset(const QString& notice = {});
    // While no window is open: nobody can start, and `message` says why.
    void setClosed(bool closed, const QString& message = {});
    void showNotice(const QString& notice);
    QString noticeText() const;
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* resultList() const { return m_results; }
    QPushButton* retryButton() const { return m_retry; }
    // Chooses the learner with this person id, as if picked from the list.
    void choose(const QString& personId);

Q_SIGNALS:
    void learnerChosen(const storage::LearnerStatus& learner);
    void retryRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void activate(QListWidgetItem* item);

    std::vector<storage::LearnerStatus> m_learners;
    bool m_usesPins = false;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace pcs::gui
