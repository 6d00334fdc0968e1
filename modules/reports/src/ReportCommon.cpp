#include "pcs/reports/ReportCommon.h"

#include <cmath>

namespace pcs::reports {

QLocale ReportCommon::locale(const QString& language)
{
    return language.startsWith(QLatin1String("fr")) ? QLocale(QLocale::French, QLocale::Canada)
                                                    : QLocale(QLocale::English, QLocale::Canada);
}

QDate ReportCommon::printedOn(const ReportOptions& options)
{
    return options.printedOn.isValid() ? options.printedOn : QDate::currentDate();
}

QString ReportCommon::date(const QLocale& locale, const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("—");
    const bool french = locale.language() == QLocale::French;
    return locale.toString(date, french ? QStringLiteral("d MMMM yyyy") : QStringLiteral("MMMM d, yyyy"));
}

QString ReportCommon::dateRange(const QLocale& locale, const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return QStringLiteral("—");
    if (!from.isValid() || !to.isValid() || from == to)
        return date(locale, from.isValid() ? from : to);
    return tr("%1 – %2", "a date range").arg(date(locale, from), date(locale, to));
}

QString ReportCommon::mean(const QLocale& locale, std::optional<double> value)
{
    return value ? locale.toString(*value, 'f', 1) : QStringLiteral("—");
}

QString ReportCommon::change(const QLocale& locale, double value)
{
    const QString text = locale.toString(value, 'f', 1);
    const QString zero = locale.toString(0.0, 'f', 1);
    // What rounds to zero is shown unsigned: "+0.0" or "-0.0" would claim a change rounding made up.
    if (text == zero
        || (text.startsWith(locale.negativeSign()) && text.mid(locale.negativeSign().size()) == zero))
        return zero;
    return value > 0 ? locale.positiveSign() + text : text;
}

QString ReportCommon::pValue(const QLocale& locale, double p)
{
    if (p < 0.001)
        return QStringLiteral("< ") + locale.toString(0.001, 'f', 3);
    // Below 0.05 must never print as "0.050": one more decimal where rounding would cross the line.
    if (p < 0.05 && std::round(p * 1000.0) >= 50.0)
        return locale.toString(p, 'f', 4);
    return locale.toString(p, 'f', 3);
}

QString ReportCommon::effect(const QLocale& locale, double r)
{
    return locale.toString(r, 'f', 2);
}

QString ReportCommon::hours(const QLocale& locale, int minutes)
{
    return locale.toString(minutes / 60.0, 'f', 1);
}

QString ReportCommon::percent(const QLocale& locale, double percent)
{
    return tr("%1%", "a percentage").arg(locale.toString(int(std::lround(percent))));
}

QString ReportCommon::footer(const ReportOptions& options)
{
    const QString printed = locale(options.language).toString(printedOn(options), QLocale::ShortFormat);
    return options.curriculumVersion.isEmpty()
        ? tr("PCS Studio — printed %1").arg(printed)
        : tr("PCS Studio — curriculum %1 — printed %2").arg(options.curriculumVersion, printed);
}

QString ReportCommon::pageOf(int page, int pages)
{
    return tr("Page %1 of %2").arg(QString::number(page), QString::number(pages));
}

} // namespace pcs::reports
