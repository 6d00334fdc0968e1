#include "CsvReader.h"

namespace pcs::exchange {

QChar CsvReader::detectDelimiter(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == u'\r' || text[i] == u'\n'))
        ++i;
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\r' || c == u'\n'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

CsvRead CsvReader::read(QStringView text, QChar delimiter)
{
    CsvRead result;
    const qsizetype size = text.size();
    int line = 1;
    CsvRecord record{line, {}};
    QString cell;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field had a quoted part
    int quoteLine = 0;

    auto endCell = [&] {
        record.cells.append(cell);
        cell.clear();
        wasQuoted = false;
    };
    // Counts one physical line end at `i` (CRLF as one) and returns the index after it.
    auto lineEnd = [&](qsizetype i, QString* keep) {
        if (keep)
            keep->append(text[i]);
        if (text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n') {
            if (keep)
                keep->append(u'\n');
            ++i;
        }
        ++line;
        return i + 1;
    };

    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    cell += u'"';
                    i += 2;
                } else {
                    quoted = false;
                    ++i;
                }
            } else if (c == u'\r' || c == u'\n') {
                i = lineEnd(i, &cell);
            } else {
                cell += c;
                ++i;
            }
        } else if (c == u'"' && !wasQuoted && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
            ++i;
        } else if (c == delimiter) {
            endCell();
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            endCell();
            result.records.push_back(std::move(record));
            i = lineEnd(i, nullptr);
            record = CsvRecord{line, {}};
        } else {
            cell += c;
            ++i;
        }
    }
    if (quoted) {
        result.unterminatedQuoteLine = quoteLine;
    } else if (!record.cells.isEmpty() || !cell.isEmpty() || wasQuoted) {
        endCell();
        result.records.push_back(std::move(record));
    }
    return result;
}

} // namespace pcs::exchange
