#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace pcs::test {

// Runs `fill` on the next modal dialog once it shows (exec() blocks the caller meanwhile). A modal
// widget of another type is closed instead, so that a test never hangs on an unexpected dialog.
template <typename Dialog> void onNextDialog(QObject* context, std::function<void(Dialog*)> fill)
{
    QTimer::singleShot(0, context, [fill] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget* other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        fill(dialog);
    });
}

} // namespace pcs::test
