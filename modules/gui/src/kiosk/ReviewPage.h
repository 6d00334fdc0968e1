#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace pcs::gui {

// The last page before submitting: every topic with how many of its items are answered (each a
// button back to its page), then Submit, which asks once more before the answers are handed in.
// With questions left unanswered the question says how many, and its focused (default) button is
// "Not yet": Enter twice never hands in a blank self-assessment.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    struct Row {
        QString title;
        int complete = 0;
        int items = 0;
    };

    explicit ReviewPage(QWidget* parent = nullptr);

    void setRows(const std::vector<Row>& rows);
    QPushButton* submitButton() const { return m_submit; }
    QWidget* firstControl() const;
    // Back to Submit, the question put away.
    void cancelConfirmation();

Q_SIGNALS:
    void topicChosen(int index);
    void submitConfirmed();

private:
    void askToConfirm();

    QLabel* m_summary = nullptr;
    QWidget* m_list = nullptr;
    std::vector<QPushButton*> m_rows;
    QPushButton* m_submit = nullptr;
    QWidget* m_confirm = nullptr;
    QLabel* m_confirmText = nullptr;
    QPushButton* m_yes = nullptr;
    QPushButton* m_notYet = nullptr;
    int m_unanswered = 0;
};

} // namespace pcs::gui
