#include "CurriculumImporter.h"

#include "pcs/curriculum/PackageLoader.h"
#include "pcs/gui/FileDialog.h"
#include "pcs/gui/MessageBox.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

namespace pcs::gui {
namespace {

QString bulletList(const QStringList& lines, int limit)
{
    QStringList shown = lines.mid(0, limit);
    if (lines.size() > limit)
        shown << CurriculumImporter::tr("… and %1 more").arg(lines.size() - limit);
    return QStringLiteral("\n• ") + shown.join(QStringLiteral("\n• "));
}

} // namespace

bool CurriculumImporter::run(storage::Database& database, QWidget* parent)
{
    const QString folder
        = FileDialog::getExistingDirectory(parent, tr("Choose the Curriculum Package Folder"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto package = curriculum::PackageLoader::load(folder);
    QApplication::restoreOverrideCursor();
    if (!package) {
        QStringList problems;
        for (const auto& problem : package.error())
            problems << problem.toString();
        MessageBox::critical(parent, tr("Curriculum package not imported"),
            tr("Problems in %1: %2; nothing was imported.")
                    .arg(QDir::toNativeSeparators(folder))
                    .arg(problems.size())
                + bulletList(problems, 15));
        return false;
    }

    storage::CurriculumStore store(database);
    const auto preview = store.preview(*package);
    if (!preview) {
        MessageBox::critical(parent, tr("Curriculum package not imported"), preview.error().message);
        return false;
    }
    if (preview->alreadyImported) {
        MessageBox::information(parent, tr("Nothing to import"),
            tr("Version %1 of “%2” is already imported; nothing changed.")
                .arg(package->version)
                .arg(package->title.in(
                    QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en"))));
        return false;
    }
    QStringList changes;
    for (const auto& change : preview->changes)
        changes << storage::CurriculumStore::describe(change);
    const QString question = preview->previousVersion == 0
        ? tr("Import version %1 of “%2”: %3 programs, %4 tools, %5 self-assessment items?")
              .arg(package->version)
              .arg(package->id)
              .arg(package->programs.size())
              .arg(package->tools.size())
              .arg(package->assessment.items.size())
        : tr("Import version %1 of “%2” over version %3? Past cohorts keep the version they used.")
                .arg(package->version)
                .arg(package->id)
                .arg(preview->previousVersion)
            + u'\n' + tr("Changes (%1):").arg(changes.size()) + bulletList(changes, 25);
    if (MessageBox::question(parent, tr("Import Curriculum Package"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;

    const auto imported = store.import(*package);
    if (!imported) {
        MessageBox::critical(parent, tr("Curriculum package not imported"), imported.error().message);
        return false;
    }
    MessageBox::information(parent, tr("Curriculum imported"),
        tr("Version %1 of “%2” is now the current curriculum.").arg(package->version).arg(package->id));
    return true;
}

} // namespace pcs::gui
