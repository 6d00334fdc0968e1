#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace pcs::app {

// `pcs-studio curriculum validate|import|list`: the loader and the store the window uses.
class CurriculumCommands
{
    Q_DECLARE_TR_FUNCTIONS(pcs::app::CurriculumCommands)

public:
    // Exit 0 when valid; otherwise every problem on err, one per line, and exit 1.
    static int validate(const QString& directory, QTextStream& out, QTextStream& err);
    // Exit 0 when imported or already there; 1 when the package or the database refuses.
    static int import(const QString& directory, const QString& databasePath, bool dryRun, QTextStream& out,
        QTextStream& err);
    // The current curriculum, in `language`; exit 1 when none is imported.
    static int list(
        const QString& databasePath, const QString& language, bool json, QTextStream& out, QTextStream& err);
};

} // namespace pcs::app
