#pragma once

#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio demo`: fills the database with services::DemoData and says what it made, with the
// staff accounts' passwords (shown only then).
class DemoCommands
{
public:
    static int run(
        const QString& databasePath, int learners, quint32 seed, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
