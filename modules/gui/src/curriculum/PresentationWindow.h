#pragma once

#include "pcs/domain/curriculum/MicroCoachingTool.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pcs::gui {

// A tool on the projector: full screen, large type (28 pt and up), the tool's title on every step;
// first its summary, then one prompting question at a time with its "3 / 8" progress. One idea per
// screen: a summary too long for the screen is split between sentences over several steps, so that
// nothing is ever cut off, even on a 1024 × 768 projector.
// Right, Down, Space and Page Down go to the next step; Left, Up, Page Up and Backspace to the
// previous one; Home to the summary, End to the last question; Esc closes. The text on screen is
// also the accessible description, so a screen reader announces it.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(const MicroCoachingTool& tool, const QString& language, QWidget* parent = nullptr);

    // Steps: the summary pages, then the prompting questions.
    int stepCount() const { return int(m_summaryPages.size() + m_prompts.size()); }
    int currentStep() const { return m_step; }
    int promptCount() const { return int(m_prompts.size()); }
    void showStep(int step);
    void next() { showStep(m_step + 1); }
    void previous() { showStep(m_step - 1); }

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void paginateSummary();

    QString m_summary;
    QStringList m_summaryPages;
    QStringList m_prompts;
    int m_step = 0;
    QLabel* m_caption = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_body = nullptr; // the summary page or the prompt
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace pcs::gui
