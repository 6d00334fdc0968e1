#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace pcs::gui::kiosk {

// The kiosk's look, in one place: text 1.3 times the desktop size (a shared laptop read from a
// little further away), a thick blue focus frame on every control, high-contrast colours.
inline constexpr double kFontScale = 1.3;
inline constexpr double kMinimumPointSize = 13.0; // whatever the desktop's font is

QString styleSheet();
// Multiplies the widget's font size (relative to what it inherits) and optionally makes it bold.
void scaleFont(QWidget* widget, double factor, bool bold = false);
// A plain-text label that wraps; `objectName` may be empty.
QLabel* textLabel(const QString& text, QWidget* parent, const QString& objectName = {});
// A push button that Enter and Space both press when it has the focus; `primary` makes it the
// filled, most visible button of its page.
QPushButton* button(
    const QString& text, const QString& accessibleName, QWidget* parent, bool primary = false);

} // namespace pcs::gui::kiosk
