#pragma once

#include <QChar>
#include <QString>

#include <vector>

namespace pcs::exchange {

// One learner read from (or written to) a roster file.
struct RosterRow {
    int line = 0; // physical line where the record starts, 1-based (the header is line 1)
    QString firstName;
    QString lastName;
    QString email;
    QString organization;
    QString role;
    QString preferredLanguage; // "en", "fr" or empty

    friend bool operator==(const RosterRow&, const RosterRow&) = default;
};

// Something wrong with one line of a roster file, said so that a facilitator can fix it.
struct RosterProblem {
    int line = 0;
    QString message;

    friend bool operator==(const RosterProblem&, const RosterProblem&) = default;
};

// What RosterCsv::parse found: the learners that can be imported and the lines that cannot.
// A line with a problem is never in `rows`.
struct RosterParse {
    std::vector<RosterRow> rows;
    std::vector<RosterProblem> problems;
    QString encoding; // "UTF-8", "Windows-1252", "UTF-16LE" or "UTF-16BE"
    QChar delimiter = u','; // ',', ';' or a tab
};

} // namespace pcs::exchange
