#pragma once

#include "pcs/domain/Error.h"
#include "pcs/exchange/RosterRow.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pcs::exchange {

// Roster files as facilitators get them from spreadsheets: RFC 4180 CSV, UTF-8 (with or without a
// BOM), Windows-1252 or UTF-16 (Excel's "Unicode text"), comma, semicolon or tab, English or French
// headers. Files are read as a stream within the limits of RosterLimits.h.
class RosterCsv
{
    Q_DECLARE_TR_FUNCTIONS(pcs::exchange::RosterCsv)

public:
    // Reads every learner it can and reports every line it cannot, with its line number. Never throws.
    // A cell written as `'=...` (an apostrophe, then = + - @ tab or CR, possibly after further
    // apostrophes) loses one leading apostrophe, undoing write()'s formula neutralisation.
    // Past a limit of RosterLimits.h, the only problem is that one, on the line where it was reached.
    static RosterParse parse(const QByteArray& bytes);
    // The roster file at `path`, read as a stream (the file's size does not matter to memory, blank
    // lines cost nothing). Refused with a message naming the file: a folder, a device, a pipe or a
    // socket (before reading anything), a file that cannot be read, and a file past a limit of
    // RosterLimits.h (naming the limit and the line where it was reached). Problems of single lines
    // are in the parse, as with parse().
    static Result<RosterParse> read(const QString& path);

    // UTF-8 with a BOM, CRLF line ends, the header
    // first_name,last_name,email,organization,role,preferred_language; cells quoted when needed and
    // cells a spreadsheet would run as a formula prefixed with an apostrophe. `line` is ignored.
    static QByteArray write(const std::vector<RosterRow>& rows);
};

} // namespace pcs::exchange
