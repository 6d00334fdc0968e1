#pragma once

#include "pcs/domain/Error.h"

#include <QCoreApplication>

namespace pcs::storage {
class Database;
}

namespace pcs::services {

// The curriculum package built into the app, as a Qt resource folder.
inline constexpr const char* kBundledCurriculum = ":/curricula/pcs";

class Bootstrap
{
    Q_DECLARE_TR_FUNCTIONS(pcs::services::Bootstrap)

public:
    // On first run (no curriculum imported yet) imports the bundled package. Returns true when it
    // imported, false when a curriculum was already there.
    static Result<bool> importBundledCurriculumIfNone(storage::Database& database);
};

} // namespace pcs::services
