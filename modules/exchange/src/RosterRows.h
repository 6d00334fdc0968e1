#pragma once

#include "CsvReader.h"
#include "RosterHeader.h"
#include "pcs/exchange/RosterRow.h"

#include <QHash>

namespace pcs::exchange {

// Turns the records after the header into learners, or into problems on their line: no name, an
// email that is not one, an unknown language, a value longer than kMaxRosterValueChars, the same
// learner as an earlier line.
class RosterRows
{
public:
    RosterRows(const RosterHeader& header, RosterParse& result);

    void read(const CsvRecord& record);

private:
    QString cell(const CsvRecord& record, RosterField field) const;
    bool overlong(const CsvRecord& record);
    bool problem(int line, const QString& message);

    const RosterHeader& m_header;
    RosterParse& m_result;
    QHash<QString, int> m_seen; // duplicate key -> line of its first row
};

} // namespace pcs::exchange
