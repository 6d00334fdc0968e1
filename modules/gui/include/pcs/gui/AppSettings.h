#pragma once

#include <QString>

namespace pcs::gui {

// The typed settings of an installation, each with its default declared here and nowhere else.
// Stored with QSettings under the application's name.
class AppSettings
{
public:
    // "en", "fr", or empty for the system language.
    static QString language();
    static void setLanguage(const QString& language);
    static inline const QString kDefaultLanguage = QString();

    // Minutes without use before staff screens lock (1 to 60).
    static int lockMinutes();
    static void setLockMinutes(int minutes);
    static constexpr int kDefaultLockMinutes = 5;
    static constexpr int kMinimumLockMinutes = 1;
    static constexpr int kMaximumLockMinutes = 60;

    // Languages the interface and curriculum are written in.
    static bool isSupportedLanguage(const QString& language);
};

} // namespace pcs::gui
