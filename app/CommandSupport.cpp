#include "CommandSupport.h"

#include "pcs/services/CohortFiles.h"
#include "pcs/storage/CohortStore.h"

#include <QDir>
#include <QTextStream>

namespace pcs::app {

std::unique_ptr<storage::Database> CommandSupport::open(const QString& path, bool readOnly, QTextStream& err)
{
    storage::OpenOptions options;
    options.readOnly = readOnly;
    options.createIfMissing = false;
    auto database = storage::Database::open(path, options);
    if (!database) {
        err << database.error().message << '\n';
        return nullptr;
    }
    return std::move(*database);
}

bool CommandSupport::requireCohort(storage::Database& database, const QString& cohortId, QTextStream& err)
{
    if (cohortId.isEmpty()) {
        err << tr("Say which cohort: --cohort ID (see pcs-studio cohort list).") << '\n';
        return false;
    }
    const auto cohort = storage::CohortStore(database).byId(cohortId);
    if (!cohort) {
        err << cohort.error().message << '\n';
        return false;
    }
    if (!cohort->has_value()) {
        err << tr("There is no cohort %1 in %2.").arg(cohortId, QDir::toNativeSeparators(database.path()))
            << '\n';
        return false;
    }
    return true;
}

bool CommandSupport::recordExport(const QString& databasePath, const QString& what, const QString& subject,
    const QString& target, QTextStream& err)
{
    auto database = open(databasePath, false, err);
    if (!database) {
        err << tr("The export was not recorded in the audit log, so nothing was written.") << '\n';
        return false;
    }
    const auto recorded
        = services::CohortFiles::recordExport(*database, QStringLiteral("cli"), what, subject, target);
    if (!recorded) {
        err << recorded.error().message << '\n'
            << tr("The export was not recorded in the audit log, so nothing was written.") << '\n';
        return false;
    }
    return true;
}

bool CommandSupport::save(const QString& target, const QByteArray& bytes, QTextStream& err)
{
    const auto saved = services::CohortFiles::save(target, bytes);
    if (!saved)
        err << saved.error().message << '\n';
    return saved.has_value();
}

} // namespace pcs::app
