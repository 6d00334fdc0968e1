#pragma once

// Keyboard and screen helpers for the self-assessment kiosk tests.

#include "KioskFixture.h"

#include "pcs/gui/KioskWindow.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QGroupBox;
class QWidget;

namespace pcs::test {

// A kiosk for the fixture's cohort, shown full screen and active, with cheap PIN hashes.
std::unique_ptr<gui::KioskWindow> openKiosk(KioskFixture& fixture, AssessmentPhase phase);
// Lets queued calls and deferred deletions run.
void settle();
// The widget with the keyboard focus (the test fails when there is none).
QWidget* focused();
// A key press and release sent to the focused widget, as a keyboard would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
void type(const QString& text);
// From the hand-off screen: types `search`, goes down to the first name, Enter, then "Yes, this is me".
void startWithKeys(const QString& search);
// On a rating group's Tab stop: chooses `competence` with its digit key, Tab, chooses `desire` with
// Home and Right, Tab (to the comment), types `comment`, Tab (leaving the comment saves it).
void answerWithKeys(int competence, int desire, const QString& comment = {});
// The text of the visible label named `objectName` under `root`, or empty.
QString visibleLabel(const QWidget* root, const QString& objectName);
// The visible rating groups named `objectName` ("competence", "desire", "then-competence").
std::vector<QGroupBox*> visibleGroups(const QWidget* root, const QString& objectName);
// The value chosen in a rating group, or nothing.
std::optional<int> chosen(const QGroupBox* group);

} // namespace pcs::test
