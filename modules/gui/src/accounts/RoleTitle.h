#pragma once

#include "pcs/domain/Account.h"

#include <QString>

namespace pcs::gui {

// "Administrator", "Facilitator", "Trainer or champion", in the interface language.
QString roleTitle(Role role);

} // namespace pcs::gui
