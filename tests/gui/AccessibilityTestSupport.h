#pragma once

#include <QAbstractSpinBox>
#include <QList>
#include <QWidget>

namespace pcs::test {

// Every widget under `root` that can take keyboard focus: each must carry an accessible name. A
// spin box's own line edit is spoken as the spin box, which carries the name, and is left out.
inline QList<QWidget*> focusableWidgets(QWidget* root)
{
    QList<QWidget*> found;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool spinBoxPart = qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
            && !widget->parentWidget()->accessibleName().isEmpty();
        if (widget->focusPolicy() & Qt::TabFocus && !spinBoxPart)
            found << widget;
    }
    return found;
}

} // namespace pcs::test
