#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace pcs::gui {

// File dialogs of the app; a test sets the next answer instead of clicking (empty means Cancel).
// A file chosen to save that is one of the open database's own files is refused with a message,
// and the call then returns empty, as if cancelled (services::OutputGuard).
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(pcs::gui::FileDialog)

public:
    static QString getSaveFileName(
        QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter);
    static void setNextSaveFileName(const QString& path);
    static QString getOpenFileName(
        QWidget* parent, const QString& caption, const QString& startIn, const QString& filter);
    static void setNextOpenFileName(const QString& path);
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& startIn);
    static void setNextDirectory(const QString& path);
};

} // namespace pcs::gui
