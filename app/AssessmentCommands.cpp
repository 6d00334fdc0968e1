#include "AssessmentCommands.h"

#include "CommandSupport.h"

#include "pcs/exchange/AssessmentCsv.h"
#include "pcs/services/AssessmentExport.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"

#include <QDir>
#include <QSet>
#include <QTextStream>

namespace pcs::app {
int AssessmentCommands::exportAnswers(const QString& cohortId, const QString& target,
    const QString& databasePath, QTextStream& out, QTextStream& err)
{
    if (cohortId.isEmpty()) {
        err << tr("Say which cohort: --cohort ID (see pcs-studio cohort list).") << '\n';
        return 2;
    }
    if (target.isEmpty()) {
        err << tr("Say where the answers go: --out FILE.csv") << '\n';
        return 2;
    }
    storage::OpenOptions options;
    options.readOnly = true;
    options.createIfMissing = false;
    auto database = storage::Database::open(databasePath, options);
    if (!database) {
        err << database.error().message << '\n';
        return 1;
    }
    const auto cohort = storage::CohortStore(**database).byId(cohortId);
    if (!cohort) {
        err << cohort.error().message << '\n';
        return 1;
    }
    if (!cohort->has_value()) {
        err << tr("There is no cohort %1 in %2.").arg(cohortId, QDir::toNativeSeparators((*database)->path()))
            << '\n';
        return 1;
    }
    const auto rows = services::AssessmentExport::rows(**database, **cohort);
    if (!rows) {
        err << rows.error().message << '\n';
        return 1;
    }
    if (!CommandSupport::recordExport(
            databasePath, QStringLiteral("assessment-answers"), cohortId, target, err))
        return 1;
    if (!CommandSupport::save(target, exchange::AssessmentCsv::write(*rows), err))
        return 1;
    QSet<QString> learners;
    for (const exchange::AssessmentCsvRow& row : *rows)
        learners.insert(row.learnerId);
    out << tr("Wrote %1 answers of %2 learners of “%3” to %4")
               .arg(rows->size())
               .arg(learners.size())
               .arg((*cohort)->title, QDir::toNativeSeparators(target))
        << '\n';
    return 0;
}

} // namespace pcs::app
