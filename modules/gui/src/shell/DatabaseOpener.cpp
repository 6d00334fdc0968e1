#include "pcs/gui/DatabaseOpener.h"

#include "pcs/gui/MessageBox.h"
#include "pcs/log/Log.h"

#include <QCoreApplication>

namespace pcs::gui {

std::unique_ptr<storage::Database> openDatabaseOrExplain(const QString& path, QWidget* parent)
{
    auto opened = storage::Database::open(path);
    if (opened)
        return std::move(*opened);
    log::error(opened.error().message);
    MessageBox::critical(parent,
        QCoreApplication::translate("pcs::gui::DatabaseOpener", "Cannot open the database"),
        opened.error().message);
    return nullptr;
}

} // namespace pcs::gui
