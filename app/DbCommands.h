#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio db ...`: the same storage functions the window uses, printed for people or as JSON.
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::DbCommands)

public:
    // Exit status: 0 healthy, 1 unhealthy or unreadable (one line on err says why).
    static int check(const QString& databasePath, bool json, QTextStream& out, QTextStream& err);
    // Exit status: 0 written, 1 not written (one line on err says why), 2 no --out given.
    static int backup(const QString& databasePath, const QString& target, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
