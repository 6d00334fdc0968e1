#include "pcs/gui/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace pcs::gui {
namespace {

std::optional<QString>& nextSaveFileName()
{
    static std::optional<QString> name;
    return name;
}

} // namespace

QString FileDialog::getSaveFileName(
    QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)
{
    if (auto answer = nextSaveFileName()) {
        nextSaveFileName().reset();
        return *answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialog::setNextSaveFileName(const QString& path)
{
    nextSaveFileName() = path;
}

} // namespace pcs::gui
