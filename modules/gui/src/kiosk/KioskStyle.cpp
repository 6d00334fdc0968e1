#include "KioskStyle.h"

#include <QLabel>
#include <QPushButton>

namespace pcs::gui::kiosk {

QString styleSheet()
{
    return QStringLiteral(R"(
QWidget#kiosk { background: #f4f5f7; color: #1b1b1b; }
QPushButton { padding: 10px 22px; border: 2px solid #5f6672; border-radius: 8px; background: #ffffff;
    color: #1b1b1b; }
QPushButton:hover { background: #eef2fb; }
QPushButton:focus { border: 4px solid #0b57d0; padding: 8px 20px; background: #e3ecfd; }
QPushButton:disabled { color: #8a8f98; border-color: #c9ccd1; }
QPushButton[primary="true"] { background: #0b57d0; border-color: #0b57d0; color: #ffffff; font-weight: bold; }
QPushButton[primary="true"]:focus { border: 4px solid #111827; padding: 8px 20px; background: #0842a0; }
QPushButton[row="true"] { text-align: left; }
QPushButton[quiet="true"] { border: 1px solid #b7bcc4; padding: 4px 12px; background: transparent;
    color: #4b5563; }
QPushButton[quiet="true"]:focus { border: 3px solid #0b57d0; padding: 2px 10px; }
QRadioButton { padding: 6px 10px; border: 2px solid transparent; border-radius: 6px; spacing: 8px; }
QRadioButton:checked { background: #dbe7fd; border-color: #8fb3f5; }
QRadioButton:focus { border: 3px solid #0b57d0; }
QLineEdit, QPlainTextEdit { border: 2px solid #5f6672; border-radius: 6px; padding: 6px; background: #ffffff; }
QLineEdit:focus, QPlainTextEdit:focus { border: 3px solid #0b57d0; }
QListWidget { border: 2px solid #5f6672; border-radius: 6px; background: #ffffff; outline: 0; }
QListWidget:focus { border: 3px solid #0b57d0; }
QListWidget::item { padding: 8px 12px; border: 0; margin: 0; }
QListWidget::item:selected { background: #0b57d0; color: #ffffff; }
QGroupBox { border: 1px solid #c3c8d0; border-radius: 8px; margin-top: 1.4em; padding: 2px 4px;
    background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 6px; font-weight: bold; }
QScrollArea#topic-page, QScrollArea#kiosk-scroll { background: transparent; }
QWidget#kiosk-scroll-body { background: transparent; }
QFrame#kiosk-item { background: #ffffff; border: 1px solid #d5d9df; border-radius: 10px; }
QFrame#kiosk-learner-header { background: #12355b; border-radius: 8px; }
QFrame#kiosk-learner-header QLabel { color: #ffffff; }
QFrame#kiosk-learner-header QPushButton { background: #ffffff; }
QFrame#kiosk-idle-panel { background: #fff4d6; border: 3px solid #b7791f; border-radius: 12px; }
QLabel[role="error"] { color: #a4262c; font-weight: bold; }
QLabel[role="hint"] { color: #4b5563; }
)");
}

void scaleFont(QWidget* widget, double factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setBold(true);
    widget->setFont(font);
}

QLabel* textLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QPushButton* button(const QString& text, const QString& accessibleName, QWidget* parent, bool primary)
{
    auto* result = new QPushButton(text, parent);
    result->setAccessibleName(accessibleName);
    result->setAutoDefault(true); // Enter presses the button that has the focus
    result->setFocusPolicy(Qt::StrongFocus);
    if (primary)
        result->setProperty("primary", true);
    return result;
}

} // namespace pcs::gui::kiosk
