#pragma once

#include <QString>

namespace pcs::exchange {

// One cell of a CSV file a spreadsheet will open (the rules RosterCsv::write follows too).
class CsvCell
{
public:
    // True for the characters that make a spreadsheet run a cell as a formula (OWASP "CSV
    // injection"): = + - @ tab CR.
    static bool isFormulaStart(QChar c);
    // True when `value` is apostrophes followed by a formula character: what `encode` wrote for a
    // value that starts with one, so that a reader drops one apostrophe and gets the value back.
    static bool isNeutralised(const QString& value);
    // The cell as written: a leading apostrophe before a formula character (or before apostrophes
    // followed by one, so that a reader dropping one apostrophe gets the value back), then quoted
    // with doubled quotes when it holds a comma, semicolon, quote or line break or starts or ends
    // with a space.
    static QString encode(const QString& value);
};

} // namespace pcs::exchange
