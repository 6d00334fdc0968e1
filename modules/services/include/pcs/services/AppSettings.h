#pragma once

#include <QPageSize>
#include <QString>

namespace pcs::services {

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

    // How many digits a new learner PIN has (4 to 6). PINs set before keep working whatever it says.
    static int pinLength();
    static void setPinLength(int digits);
    static constexpr int kDefaultPinLength = 6;
    static constexpr int kMinimumPinLength = 4;
    static constexpr int kMaximumPinLength = 6;

    // The paper reports, sign-in sheets and job aids are printed on: "letter", "a4", or empty to
    // follow the system's locale (Letter in Canada and the US, A4 elsewhere).
    static QString paper();
    static void setPaper(const QString& paper);
    static inline const QString kDefaultPaper = QString();
    // The page size `paper()` stands for.
    static QPageSize::PageSizeId reportPageSize();

    // Languages the interface and curriculum are written in.
    static bool isSupportedLanguage(const QString& language);
};

} // namespace pcs::services
