#pragma once

#include "pcs/domain/assessment/AssessmentWindow.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pcs::exchange {

// One answer of one learner to one self-assessment item, as a row of the export.
struct AssessmentCsvRow {
    QString cohortId;
    QString learnerId;
    QString learnerName;
    QString topicId;
    QString itemId;
    AssessmentPhase phase = AssessmentPhase::Pre;
    std::optional<int> competence;
    std::optional<int> desire;
    std::optional<int> thenCompetence;
    QString comment;
    friend bool operator==(const AssessmentCsvRow&, const AssessmentCsvRow&) = default;
};

// Self-assessment answers for spreadsheets and statistics programs.
class AssessmentCsv
{
public:
    // The header row's columns, in order.
    static const QStringList& columns();

    // UTF-8 with a BOM, CRLF line ends, the header
    // cohort_id,learner_id,learner_name,topic_id,item_id,phase,competence,desire,then_competence,comment
    // and one line per row in the order given; phase as "pre" or "post", a rating not given as an
    // empty cell. Cells are quoted as RFC 4180 says when needed (a comma, semicolon, quote, line
    // break, or a space at either end), and a cell a spreadsheet would run as a formula (starting with
    // = + - @ tab or CR, or already neutralised) gets a leading apostrophe, as RosterCsv::write does.
    // Line breaks inside a comment are kept as they are, inside the quotes.
    static QByteArray write(const std::vector<AssessmentCsvRow>& rows);
};

} // namespace pcs::exchange
