#pragma once

#include "KioskContent.h"

#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/domain/delivery/Person.h"
#include "pcs/storage/AssessmentStore.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace pcs {
class Clock;
}
namespace pcs::storage {
class Database;
}

namespace pcs::gui {

class LearnerHeader;
class ReviewPage;
class TopicPage;

// One learner answering: the header with their name, one page per topic, the review page, and
// Back / Next. Every rating is saved through AssessmentStore::saveAnswer when it is given (with the
// page the learner is on) and every page change through savePage, so after a crash the learner
// resumes on the same page with the same answers. The header says "Saved" only after the store
// returned; a refused rating is taken back off the screen.
//
// Keys: Page Down or Alt+Right: next page; Page Up or Alt+Left: previous page. The Tab order is
// the header's language switch, the page's controls, Back, Next.
class AssessmentView : public QWidget
{
    Q_OBJECT

public:
    // Opens on `saved.page`, with the curriculum text in `language` ("en" or "fr").
    AssessmentView(storage::Database& database, const KioskContent& content, const Person& learner,
        LearnerAssessment saved, const QString& language, bool collectThen, const Clock& clock,
        QWidget* parent = nullptr);

    int pageIndex() const { return m_index; }
    int pageCount() const; // topics + the review page
    bool isOnReview() const;
    const LearnerAssessment& saved() const { return m_saved; }
    QString language() const { return m_language; }
    LearnerHeader* header() const { return m_header; }
    void goTo(int index);
    void next();
    void previous();
    // Saves comments typed but not saved yet (before the kiosk clears the screen); false when the
    // store refused one (the reason is in the header).
    bool flush();
    void focusPage();

Q_SIGNALS:
    void submitted();
    // The window closed (or the learner cannot go on): the store's message for the hand-off screen.
    void stopped(const QString& message);
    // The learner wants the questions in `language`: the session builds the view again in it.
    void languageChosen(const QString& language);

private:
    bool save(const ItemAnswer& answer);
    void submit();
    void refused(const Error& error);
    void buildPages();
    void showPage();
    void updateProgress();
    int completeCount() const;

    storage::Database& m_database;
    const KioskContent& m_content;
    Person m_learner;
    LearnerAssessment m_saved;
    bool m_collectThen = false;
    const Clock& m_clock;
    storage::AssessmentStore m_store;
    QString m_language;
    int m_index = 0;
    LearnerHeader* m_header = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::vector<TopicPage*> m_topicPages;
    ReviewPage* m_review = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_keyHint = nullptr;
};

} // namespace pcs::gui
