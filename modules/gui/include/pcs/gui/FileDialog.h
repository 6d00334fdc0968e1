#pragma once

#include <QString>

class QWidget;

namespace pcs::gui {

// File dialogs of the app; a test sets the next answer instead of clicking (empty means Cancel).
class FileDialog
{
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
