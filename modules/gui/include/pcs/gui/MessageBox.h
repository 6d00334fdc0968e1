#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace pcs::gui {

// Every message box of the app goes through here, so a test can answer the next one instead of a
// person (KeePassXC's MessageBox::setNextAnswer) and read what it said.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(
        QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

    // The next box is not shown; it returns `answer` at once. Answers queue up in call order.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Text of the last box shown or answered, for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace pcs::gui
