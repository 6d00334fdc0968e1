#include "RoleTitle.h"

#include <QCoreApplication>

namespace pcs::gui {

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("pcs::gui::Roles", "Administrator");
    case Role::Facilitator:
        return QCoreApplication::translate("pcs::gui::Roles", "Facilitator");
    case Role::Trainer:
        return QCoreApplication::translate("pcs::gui::Roles", "Trainer or champion");
    }
    return {};
}

} // namespace pcs::gui
