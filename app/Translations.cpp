#include "Translations.h"

#include "pcs/log/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pcs::app {

namespace {

// The translators installed last, replaced when the language changes.
QList<QTranslator*>& installed()
{
    static QList<QTranslator*> translators;
    return translators;
}

} // namespace

QString installTranslations(QCoreApplication& application, const QString& language)
{
    for (QTranslator* translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
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
    auto* ours = new QTranslator(&application);
    installed() << ours;
    if (ours->load(QStringLiteral(":/i18n/pcs-studio_fr.qm")))
        QCoreApplication::installTranslator(ours);
    else
        log::warning(QStringLiteral("The French translation of PCS Studio is missing from this build."));
    auto* qt = new QTranslator(&application);
    installed() << qt;
    if (qt->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace pcs::app
