#pragma once

#include "pcs/domain/curriculum/Assessment.h"

#include <QGroupBox>

#include <optional>
#include <vector>

class QButtonGroup;
class QRadioButton;

namespace pcs::gui {

// One rating of one item: a radio button per value of the scale, labelled with the value and its
// anchor wording (the anchor's description is the button's accessible description and tool tip).
//
// Keyboard: the group is one Tab stop (the chosen button, or the first when none is chosen);
// Left/Up and Right/Down move to the previous and next value and choose it, Home and End the
// first and last, a digit key chooses that value, Space chooses the focused one.
class RatingGroup : public QGroupBox
{
    Q_OBJECT

public:
    // `title` is shown; `accessibleName` ("Competence for: I can ...") is what a screen reader says.
    RatingGroup(const RatingScale& scale, const QString& language, const QString& title,
        const QString& accessibleName, QWidget* parent = nullptr);

    std::optional<int> value() const { return m_value; }
    // Shows `value` without emitting valueChosen (loading, undoing a refused save).
    void setValue(std::optional<int> value);
    QRadioButton* buttonFor(int value) const;
    // The group's one Tab stop: the chosen value's button, else the first.
    QRadioButton* tabStop() const { return buttonFor(m_value.value_or(m_min)); }

Q_SIGNALS:
    // The learner chose a value (mouse or keyboard).
    void valueChosen(int value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(int value, bool focus);
    void updateTabStop();

    int m_min = 1;
    int m_max = 5;
    std::optional<int> m_value;
    QButtonGroup* m_group = nullptr;
    std::vector<QRadioButton*> m_buttons; // min to max
};

} // namespace pcs::gui
