#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"
#include "pcs/domain/delivery/RunSheet.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace pcs {
class Clock;
}

namespace pcs::gui {

// The day's run-sheet for the projector: the agenda with planned start times, a large timer for
// the current block that turns amber at 20 % left and red at 5 %, next and previous block, and the
// block's job aid one click away. Keys: Page Down / Right = next block, Page Up / Left = previous,
// J = job aid, Esc = close. Time comes from the injected clock, so tests drive it.
class RunSheetWindow : public QWidget
{
    Q_OBJECT

public:
    RunSheetWindow(const Workshop& workshop, QTime sessionStart, const CurriculumPackage& package,
        const QString& language, const Clock& clock, QWidget* parent = nullptr);

    const RunSheet& runSheet() const { return m_sheet; }
    QString timerText() const;
    BlockTimer::Level timerLevel() const { return m_level; }
    // Reads the clock and refreshes the timer (called every second).
    void tick();
    void nextBlock();
    void previousBlock();
    // Opens the job aid of the current block's first tool, full screen; false when it has none.
    bool openJobAid();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showBlock();

    RunSheet m_sheet;
    CurriculumPackage m_package;
    QString m_language;
    const Clock& m_clock;
    BlockTimer::Level m_level = BlockTimer::Level::Normal;
    QListWidget* m_agenda = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_next = nullptr;
    QPushButton* m_jobAid = nullptr;
    QTimer* m_ticker = nullptr;
};

} // namespace pcs::gui
