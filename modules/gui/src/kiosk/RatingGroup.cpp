#include "RatingGroup.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QRadioButton>

namespace pcs::gui {

RatingGroup::RatingGroup(const RatingScale& scale, const QString& language, const QString& title,
    const QString& accessibleName, QWidget* parent)
    : QGroupBox(title, parent)
    , m_min(scale.min)
    , m_max(scale.max)
{
    setAccessibleName(accessibleName);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(false); // "nothing chosen yet" must be possible; exclusivity is kept below
    for (int value = m_min; value <= m_max; ++value) {
        const ScaleAnchor* anchor = scale.anchor(value);
        const QString label = anchor ? anchor->label.in(language) : QString();
        auto* radio = new QRadioButton(
            label.isEmpty() ? QString::number(value) : tr("%1 · %2").arg(value).arg(label), this);
        radio->setObjectName(QStringLiteral("rating-%1").arg(value));
        radio->setAutoExclusive(false);
        radio->setAccessibleName(
            label.isEmpty() ? QString::number(value) : tr("%1, %2").arg(value).arg(label));
        if (anchor && !anchor->description.in(language).isEmpty()) {
            radio->setAccessibleDescription(anchor->description.in(language));
            radio->setToolTip(anchor->description.in(language));
        }
        radio->installEventFilter(this);
        m_group->addButton(radio, value);
        m_buttons.push_back(radio);
        layout->addWidget(radio);
    }
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int value) { choose(value, false); });
    updateTabStop();
}

QRadioButton* RatingGroup::buttonFor(int value) const
{
    if (value < m_min || value > m_max)
        return nullptr;
    return m_buttons[std::size_t(value - m_min)];
}

void RatingGroup::setValue(std::optional<int> value)
{
    if (value && (*value < m_min || *value > m_max))
        value.reset();
    m_value = value;
    for (int v = m_min; v <= m_max; ++v) {
        QRadioButton* radio = buttonFor(v);
        const QSignalBlocker blocker(radio);
        radio->setChecked(m_value == v);
    }
    updateTabStop();
}

void RatingGroup::choose(int value, bool focus)
{
    const bool changed = m_value != value;
    setValue(value);
    if (focus)
        buttonFor(value)->setFocus(Qt::OtherFocusReason);
    if (changed)
        Q_EMIT valueChosen(value);
}

void RatingGroup::updateTabStop()
{
    // One Tab stop per group (a radio group's usual keyboard model): the chosen value, else the first.
    const int stop = m_value.value_or(m_min);
    for (int v = m_min; v <= m_max; ++v)
        buttonFor(v)->setFocusPolicy(v == stop ? Qt::StrongFocus : Qt::ClickFocus);
}

bool RatingGroup::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QGroupBox::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const auto* radio = qobject_cast<QRadioButton*>(watched);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (!radio || modifiers != Qt::NoModifier)
        return QGroupBox::eventFilter(watched, event);
    const int focused = m_group->id(const_cast<QRadioButton*>(radio));
    // Nothing chosen yet: the first arrow press chooses the focused value rather than skip it.
    const int from = m_value.value_or(focused);
    const bool none = !m_value.has_value();
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        choose(none ? from : std::max(m_min, from - 1), true);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
        choose(none ? from : std::min(m_max, from + 1), true);
        return true;
    case Qt::Key_Home:
        choose(m_min, true);
        return true;
    case Qt::Key_End:
        choose(m_max, true);
        return true;
    case Qt::Key_Space:
    case Qt::Key_Select:
        choose(focused, true);
        return true;
    default:
        break;
    }
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9) {
        const int value = key->key() - Qt::Key_0;
        if (value >= m_min && value <= m_max) {
            choose(value, true);
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace pcs::gui
