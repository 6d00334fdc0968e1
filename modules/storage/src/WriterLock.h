#pragma once

#include "pcs/domain/Error.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace pcs::storage {

// The single-writer lock beside a database (<file>.lock, QLockFile format). A lock whose process
// has ended on this computer is taken over; a live one, or one written by another computer (the
// folder is shared or was copied), is refused with a message that says who holds it, since when,
// and what to do.
Result<std::unique_ptr<QLockFile>> takeWriterLock(const QString& databasePath);

} // namespace pcs::storage
