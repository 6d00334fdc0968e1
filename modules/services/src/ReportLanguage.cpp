#include "ReportLanguage.h"

#include "pcs/log/Log.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace pcs::services {

namespace {

// Answers every string with its source text: English, whatever translation is installed beneath.
class SourceTextTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

bool windowIsFrench()
{
    return QLocale().language() == QLocale::French;
}

} // namespace

ReportLanguage::ReportLanguage(const QString& language)
{
    const bool french = language == QLatin1String("fr");
    if (french == windowIsFrench())
        return;
    if (french) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/pcs-studio_fr.qm"))) {
            log::warning(QStringLiteral(
                "The French translation is not built in; the report keeps the window's language."));
            m_translator.reset();
            m_available = false;
            return;
        }
    } else {
        m_translator = std::make_unique<SourceTextTranslator>();
    }
    QCoreApplication::installTranslator(m_translator.get());
}

ReportLanguage::~ReportLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace pcs::services
