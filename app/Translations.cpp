#include "Translations.h"

#include "pcs/log/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace pcs::app {

namespace {

// The translators installed last, replaced when the language changes. They are not children of the
// application: main replaces a QCoreApplication by the application a command needs, and installs
// them again into it.
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString installTranslations(QCoreApplication& application, const QString& language)
{
    for (const auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    QString chosen = language;
    if (chosen.isEmpty())
        chosen
            = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    if (chosen != QLatin1String("fr")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
        return QStringLiteral("en");
    }

    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    Q_UNUSED(application) // installTranslator works on the one application there is
    auto* ours = installed().emplace_back(std::make_unique<QTranslator>()).get();
    if (ours->load(QStringLiteral(":/i18n/pcs-studio_fr.qm")))
        QCoreApplication::installTranslator(ours);
    else
        log::warning(QStringLiteral("The French translation of PCS Studio is missing from this build."));
    auto* qt = installed().emplace_back(std::make_unique<QTranslator>()).get();
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace pcs::app
