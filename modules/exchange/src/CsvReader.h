#pragma once

#include <QStringList>
#include <QStringView>

#include <vector>

namespace pcs::exchange {

// One CSV record: its cells as written (unquoted, not trimmed) and the physical line it starts on.
struct CsvRecord {
    int line = 0;
    QStringList cells;
};

struct CsvRead {
    std::vector<CsvRecord> records;
    int unterminatedQuoteLine = 0; // line where a quoted field without its closing quote starts, or 0
};

// RFC 4180 records from text, leniently: CRLF, LF or CR end a line; a quote opens a quoted field only
// at the start of a field; stray characters after a closing quote are kept.
class CsvReader
{
public:
    // ';' when the first non-blank line has more semicolons than commas outside quotes, else ','.
    static QChar detectDelimiter(QStringView text);
    static CsvRead read(QStringView text, QChar delimiter);
};

} // namespace pcs::exchange
