#include "pcs/services/AppSettings.h"

#include "pcs/reports/JobAidPdf.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace pcs::services {
namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kLockMinutesKey = QStringLiteral("security/lock-minutes");
const QString kPaperKey = QStringLiteral("reports/paper");
const QString kPinLengthKey = QStringLiteral("security/pin-length");

// One INI file per user: <AppConfigLocation>/pcs-studio.ini, e.g. ~/.config/pcs-studio/pcs-studio.ini
std::unique_ptr<QSettings> store()
{
    return std::make_unique<QSettings>(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("pcs-studio.ini")),
        QSettings::IniFormat);
}
} // namespace

QString AppSettings::language()
{
    const QString value = store()->value(kLanguageKey, kDefaultLanguage).toString();
    return isSupportedLanguage(value) ? value : kDefaultLanguage;
}

void AppSettings::setLanguage(const QString& language)
{
    const auto settings = store();
    if (language.isEmpty())
        settings->remove(kLanguageKey);
    else
        settings->setValue(kLanguageKey, language);
}

int AppSettings::lockMinutes()
{
    bool ok = false;
    const int value = store()->value(kLockMinutesKey, kDefaultLockMinutes).toInt(&ok);
    return ok && value >= kMinimumLockMinutes && value <= kMaximumLockMinutes ? value : kDefaultLockMinutes;
}

void AppSettings::setLockMinutes(int minutes)
{
    store()->setValue(kLockMinutesKey, std::clamp(minutes, kMinimumLockMinutes, kMaximumLockMinutes));
}

int AppSettings::pinLength()
{
    bool ok = false;
    const int value = store()->value(kPinLengthKey, kDefaultPinLength).toInt(&ok);
    return ok && value >= kMinimumPinLength && value <= kMaximumPinLength ? value : kDefaultPinLength;
}

void AppSettings::setPinLength(int digits)
{
    store()->setValue(kPinLengthKey, std::clamp(digits, kMinimumPinLength, kMaximumPinLength));
}

QString AppSettings::paper()
{
    const QString value = store()->value(kPaperKey, kDefaultPaper).toString();
    return value == QLatin1String("letter") || value == QLatin1String("a4") ? value : kDefaultPaper;
}

void AppSettings::setPaper(const QString& paper)
{
    const auto settings = store();
    if (paper == QLatin1String("letter") || paper == QLatin1String("a4"))
        settings->setValue(kPaperKey, paper);
    else
        settings->remove(kPaperKey);
}

QPageSize::PageSizeId AppSettings::reportPageSize()
{
    const QString chosen = paper();
    if (chosen == QLatin1String("letter"))
        return QPageSize::Letter;
    if (chosen == QLatin1String("a4"))
        return QPageSize::A4;
    return reports::JobAidPdf::paperFor(QLocale());
}

bool AppSettings::isSupportedLanguage(const QString& language)
{
    return language == QLatin1String("en") || language == QLatin1String("fr");
}

} // namespace pcs::services
