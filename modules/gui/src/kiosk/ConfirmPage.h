#pragma once

#include <QWidget>

class QPushButton;

namespace pcs::gui {

// "Is this you?": the chosen name, large, before anything of the learner's is shown, so that a
// learner who picked the wrong name (or the previous person's) goes back instead of answering.
class ConfirmPage : public QWidget
{
    Q_OBJECT

public:
    ConfirmPage(const QString& learnerName, bool resuming, QWidget* parent = nullptr);

    QPushButton* yesButton() const { return m_yes; }
    QPushButton* noButton() const { return m_no; }

Q_SIGNALS:
    void confirmed();
    void declined();

private:
    QPushButton* m_yes = nullptr;
    QPushButton* m_no = nullptr;
};

} // namespace pcs::gui
