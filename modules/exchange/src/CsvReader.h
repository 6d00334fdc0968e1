#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace pcs::exchange {

// One CSV record: its cells as written (unquoted, not trimmed; leading white space may be shortened)
// and the physical line it starts on.
struct CsvRecord {
    int line = 0;
    QStringList cells;
    // Columns whose value, trimmed, is longer than kMaxRosterValueChars: their cell holds only the
    // start of it.
    QList<int> overlong;
};

// RFC 4180 records from text given piece by piece (a piece may end anywhere, even between the two
// characters of CRLF or of a doubled quote), leniently: CRLF, LF or CR end a line; a quote opens a
// quoted field only at the start of a field; stray characters after a closing quote are kept.
// Memory is one record, whatever the text: a value keeps at most kMaxRosterValueChars characters
// past its leading white space, and a record at most kMaxRosterColumns cells.
class CsvReader
{
public:
    // Called with each complete record, in order; returns false to stop reading.
    using Sink = std::function<bool(CsvRecord&)>;

    explicit CsvReader(Sink sink);

    // The delimiter may be set until the first character other than a line end was read.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    // False once the sink asked to stop (the rest of the text is not read).
    bool read(QStringView piece);
    // Ends the text: the last record without a line end is given to the sink.
    void finish();

    // The physical line the next character is on, 1-based.
    int line() const { return m_line; }
    // The line where a quoted field that never closed starts, or 0 (known after finish()).
    int unterminatedQuoteLine() const { return m_unterminatedQuoteLine; }

private:
    bool step(QChar c);
    void append(QChar c);
    void endCell();
    bool endRecord();

    Sink m_sink;
    QChar m_delimiter = u',';
    int m_line = 1;
    CsvRecord m_record{1, {}, {}};
    QString m_cell;
    bool m_quoted = false; // inside a quoted field
    bool m_wasQuoted = false; // the current field had a quoted part
    bool m_quoteInQuoted = false; // a quote inside a quoted field, not yet known to be doubled
    bool m_afterCr = false; // the last character was a CR line end: an LF right after belongs to it
    bool m_crInCell = false; // ... and that CR was kept in a quoted value
    bool m_stopped = false;
    int m_quoteLine = 0;
    int m_unterminatedQuoteLine = 0;
    // The current cell, counted whole even where it is not kept.
    bool m_cellBlank = true; // only white space so far
    qsizetype m_cellLeading = 0; // white space before its first other character
    qsizetype m_cellContentEnd = 0; // characters up to and including its last non-space one
    qsizetype m_cellLength = 0;
};

} // namespace pcs::exchange
