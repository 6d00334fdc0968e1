#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;
class QWidget;

namespace pcs {
class Clock;
}

namespace pcs::gui {

// The kiosk's inactivity clock. Input (key, click, mouse move, wheel, touch) anywhere in the
// watched window starts the idle time again. After kWarningAt without input the warning starts
// (it counts down the last kWarning); at kLimit the idle time is up and the kiosk returns to the
// hand-off screen. Time comes from the injected Clock: a 1 s timer calls check(), and tests move
// the clock and call check() themselves.
class KioskIdle : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kLimit{120};
    static constexpr std::chrono::seconds kWarning{20};
    static constexpr std::chrono::seconds kWarningAt = kLimit - kWarning;

    KioskIdle(QWidget& watched, const Clock& clock, QObject* parent = nullptr);
    ~KioskIdle() override;

    bool isWarning() const { return m_warning; }
    int secondsLeft() const; // before the idle time is up
    // Input happened: the idle time starts again and a running warning ends.
    void noteActivity();
    void check();

Q_SIGNALS:
    void warningStarted(int secondsLeft);
    void warningTick(int secondsLeft);
    void warningCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_watched;
    const Clock& m_clock;
    QDateTime m_lastActivityUtc;
    bool m_warning = false;
    QTimer* m_timer = nullptr;
};

} // namespace pcs::gui
