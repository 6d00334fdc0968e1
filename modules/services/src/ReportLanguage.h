#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace pcs::services {

// While alive, tr() answers in `language` ("en" or "fr") rather than the window's language, so
// that a report written in the other language has its headings, notes and labels in that
// language too. Nothing changes when the report's language is the window's. The French comes from
// the translation built into the program (":/i18n/pcs-studio_fr.qm"); English is the source text.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    // False when the French translation is not built into this program (the report stays in the
    // window's language).
    bool isAvailable() const { return m_available; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_available = true;
};

} // namespace pcs::services
