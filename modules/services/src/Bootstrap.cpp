#include "pcs/services/Bootstrap.h"

#include "pcs/curriculum/PackageLoader.h"
#include "pcs/log/Log.h"
#include "pcs/storage/CurriculumStore.h"

namespace pcs::services {

Result<bool> Bootstrap::importBundledCurriculumIfNone(storage::Database& database)
{
    storage::CurriculumStore store(database);
    const auto current = store.current();
    if (!current)
        return std::unexpected(current.error());
    if (current->has_value())
        return false;
    auto package = curriculum::PackageLoader::load(QString::fromLatin1(kBundledCurriculum));
    if (!package) {
        QStringList lines;
        for (const auto& problem : package.error())
            lines << problem.toString();
        log::error(QStringLiteral("The bundled curriculum does not load:\n") + lines.join(u'\n'));
        return fail(ErrorKind::Corrupt,
            tr("The curriculum built into this copy of PCS Studio does not load (%1). "
               "Import a curriculum package from the command line instead.")
                .arg(lines.value(0)));
    }
    const auto imported = store.import(*package);
    if (!imported)
        return std::unexpected(imported.error());
    return true;
}

} // namespace pcs::services
