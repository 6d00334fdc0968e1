#pragma once

#include "pcs/exchange/RosterRow.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pcs::exchange {

// Roster files as facilitators get them from spreadsheets: RFC 4180 CSV, UTF-8 (with or without a
// BOM) or Windows-1252, comma or semicolon, English or French headers.
class RosterCsv
{
    Q_DECLARE_TR_FUNCTIONS(pcs::exchange::RosterCsv)

public:
    // Reads every learner it can and reports every line it cannot, with its line number. Never throws.
    // A cell written as `'=...` (an apostrophe, then = + - @ tab or CR, possibly after further
    // apostrophes) loses one leading apostrophe, undoing write()'s formula neutralisation.
    static RosterParse parse(const QByteArray& bytes);

    // UTF-8 with a BOM, CRLF line ends, the header
    // first_name,last_name,email,organization,role,preferred_language; cells quoted when needed and
    // cells a spreadsheet would run as a formula prefixed with an apostrophe. `line` is ignored.
    static QByteArray write(const std::vector<RosterRow>& rows);
};

} // namespace pcs::exchange
