#include "pcs/exchange/AssessmentCsv.h"

#include "CsvCell.h"

#include <QStringList>

namespace pcs::exchange {
namespace {

QString rating(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

const QStringList& AssessmentCsv::columns()
{
    static const QStringList names{QStringLiteral("cohort_id"), QStringLiteral("learner_id"),
        QStringLiteral("learner_name"), QStringLiteral("topic_id"), QStringLiteral("item_id"),
        QStringLiteral("phase"), QStringLiteral("competence"), QStringLiteral("desire"),
        QStringLiteral("then_competence"), QStringLiteral("comment")};
    return names;
}

QByteArray AssessmentCsv::write(const std::vector<AssessmentCsvRow>& rows)
{
    QString text = columns().join(u',') + QStringLiteral("\r\n");
    for (const AssessmentCsvRow& row : rows) {
        const QString cells[]
            = {row.cohortId, row.learnerId, row.learnerName, row.topicId, row.itemId, phaseKey(row.phase),
                rating(row.competence), rating(row.desire), rating(row.thenCompetence), row.comment};
        for (qsizetype i = 0; i < qsizetype(std::size(cells)); ++i) {
            if (i > 0)
                text += u',';
            text += CsvCell::encode(cells[i]);
        }
        text += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace pcs::exchange
