#include "pcs/gui/FileDialog.h"

#include "pcs/gui/MessageBox.h"
#include "pcs/services/OutputGuard.h"

#include <QFileDialog>

#include <optional>

namespace pcs::gui {
namespace {

std::optional<QString>& nextSaveFileName()
{
    static std::optional<QString> name;
    return name;
}

std::optional<QString>& nextOpenFileName()
{
    static std::optional<QString> name;
    return name;
}

std::optional<QString>& nextDirectory()
{
    static std::optional<QString> name;
    return name;
}

} // namespace

QString FileDialog::getOpenFileName(
    QWidget* parent, const QString& caption, const QString& startIn, const QString& filter)
{
    if (auto answer = nextOpenFileName()) {
        nextOpenFileName().reset();
        return *answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, startIn, filter);
}

void FileDialog::setNextOpenFileName(const QString& path)
{
    nextOpenFileName() = path;
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& startIn)
{
    if (auto answer = nextDirectory()) {
        nextDirectory().reset();
        return *answer;
    }
    return QFileDialog::getExistingDirectory(parent, caption, startIn);
}

void FileDialog::setNextDirectory(const QString& path)
{
    nextDirectory() = path;
}

QString FileDialog::getSaveFileName(
    QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)
{
    QString path;
    if (auto answer = nextSaveFileName()) {
        nextSaveFileName().reset();
        path = *answer;
    } else {
        path = QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
    }
    if (path.isEmpty())
        return path;
    if (const auto allowed = services::OutputGuard::checkProtected(path); !allowed) {
        MessageBox::warning(parent, tr("Choose another file"), allowed.error().message);
        return QString();
    }
    return path;
}

void FileDialog::setNextSaveFileName(const QString& path)
{
    nextSaveFileName() = path;
}

} // namespace pcs::gui
