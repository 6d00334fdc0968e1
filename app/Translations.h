#pragma once

#include <QString>

class QCoreApplication;

namespace pcs::app {

// Installs the French translations (ours and Qt's own) when `language` is "fr", or when it is
// empty and the system language is French. Returns the language in use: "en" or "fr".
QString installTranslations(QCoreApplication& application, const QString& language);

} // namespace pcs::app
