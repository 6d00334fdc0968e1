#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pcs::gui {

// "Still there?": laid over the whole kiosk for the last seconds before it returns to the start.
// Any input ends it (KioskIdle), the button too.
class IdleWarning : public QWidget
{
    Q_OBJECT

public:
    explicit IdleWarning(QWidget* parent);

    void showCountdown(int secondsLeft);
    QString text() const;
    QPushButton* continueButton() const { return m_continue; }

Q_SIGNALS:
    void continued();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_text = nullptr;
    QPushButton* m_continue = nullptr;
};

} // namespace pcs::gui
