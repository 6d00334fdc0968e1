#include "CsvReader.h"

#include "pcs/exchange/RosterLimits.h"

#include <algorithm>

namespace pcs::exchange {

CsvReader::CsvReader(Sink sink)
    : m_sink(std::move(sink))
{ }

bool CsvReader::read(QStringView piece)
{
    if (m_stopped)
        return false;
    for (const QChar c : piece) {
        if (!step(c)) {
            m_stopped = true;
            return false;
        }
    }
    return true;
}

void CsvReader::finish()
{
    if (m_stopped)
        return;
    m_afterCr = false;
    if (m_quoteInQuoted) {
        m_quoteInQuoted = false;
        m_quoted = false;
    }
    if (m_quoted) {
        m_unterminatedQuoteLine = m_quoteLine;
        return;
    }
    if (!m_record.cells.isEmpty() || m_cellLength > 0 || m_wasQuoted) {
        endCell();
        endRecord();
    }
}

bool CsvReader::step(QChar c)
{
    if (m_afterCr) {
        m_afterCr = false;
        if (c == u'\n') { // the LF of a CRLF: the line end was counted with its CR
            if (m_crInCell)
                append(c);
            return true;
        }
    }
    if (m_quoteInQuoted) {
        m_quoteInQuoted = false;
        if (c == u'"') {
            append(c);
            return true;
        }
        m_quoted = false; // that quote closed the field; `c` is read outside it
    }
    if (m_quoted) {
        if (c == u'"') {
            m_quoteInQuoted = true;
        } else {
            append(c);
            if (c == u'\r' || c == u'\n') {
                ++m_line;
                m_afterCr = c == u'\r';
                m_crInCell = true;
            }
        }
        return true;
    }
    if (c == u'"' && !m_wasQuoted && m_cellBlank) {
        m_cell.clear();
        m_cellBlank = true;
        m_cellLeading = m_cellContentEnd = m_cellLength = 0;
        m_quoted = true;
        m_wasQuoted = true;
        m_quoteLine = m_line;
        return true;
    }
    if (c == m_delimiter) {
        endCell();
        return true;
    }
    if (c == u'\r' || c == u'\n') {
        endCell();
        const bool more = endRecord();
        ++m_line;
        m_record = CsvRecord{m_line, {}, {}};
        m_afterCr = c == u'\r';
        m_crInCell = false;
        return more;
    }
    append(c);
    return true;
}

void CsvReader::append(QChar c)
{
    ++m_cellLength;
    if (c.isSpace()) {
        if (m_cellBlank)
            ++m_cellLeading;
    } else {
        m_cellBlank = false;
        m_cellContentEnd = m_cellLength;
    }
    // Leading white space, which trimming drops, is kept up to the limit; then one character more
    // than a value may have, so that a kept value is whole or known to be too long.
    const qsizetype keptLeading = std::min<qsizetype>(m_cellLeading, kMaxRosterValueChars);
    const qsizetype room = m_cellBlank ? kMaxRosterValueChars : keptLeading + kMaxRosterValueChars + 1;
    if (m_cell.size() < room)
        m_cell += c;
}

void CsvReader::endCell()
{
    if (m_record.cells.size() < kMaxRosterColumns) {
        const qsizetype trimmed = m_cellBlank ? 0 : m_cellContentEnd - m_cellLeading;
        if (trimmed > kMaxRosterValueChars)
            m_record.overlong.append(int(m_record.cells.size()));
        m_record.cells.append(m_cell);
    }
    m_cell.clear();
    m_cellBlank = true;
    m_cellLeading = m_cellContentEnd = m_cellLength = 0;
    m_wasQuoted = false;
}

bool CsvReader::endRecord()
{
    return m_sink(m_record);
}

} // namespace pcs::exchange
