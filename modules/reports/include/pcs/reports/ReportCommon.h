#pragma once

#include "pcs/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

namespace pcs::reports {

// What every report shares: the language of its dates and numbers, the paper, and what the footer
// says ("PCS Studio — curriculum <version> — printed <date>", then "Page N of M").
struct ReportOptions {
    QString language = QStringLiteral("en"); // "en" or "fr": the locale (Canada) of dates and numbers
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    QString curriculumVersion; // e.g. "2026.1"; left out of the footer when empty
    QDate printedOn; // today when not valid
    QString fontFamily = QStringLiteral("DejaVu Sans"); // all the text; embedded in the PDF
};

// Called as pages are written with the pages done so far and the pages of the whole file. Returning
// false cancels: the write returns ErrorKind::Invalid with the message "Cancelled." and leaves no
// file behind (an existing file at the path is left as it was).
using Progress = std::function<bool(int done, int total)>;

// The strings and number formats the reports share, in one translation context.
class ReportCommon
{
    Q_DECLARE_TR_FUNCTIONS(pcs::reports::ReportCommon)

public:
    // The message of a cancelled write.
    static QString cancelledMessage() { return tr("Cancelled."); }

    // fr → French (Canada), anything else → English (Canada).
    static QLocale locale(const QString& language);
    // options.printedOn, or today.
    static QDate printedOn(const ReportOptions& options);

    // "March 3, 2026" / "3 mars 2026" (no weekday).
    static QString date(const QLocale& locale, const QDate& date);
    // "March 3, 2026 – April 14, 2026"; one date when both are the same; "—" when neither is valid.
    static QString dateRange(const QLocale& locale, const QDate& from, const QDate& to);
    // A mean or a median: one decimal ("3.4", "3,4"); "—" when there is none.
    static QString mean(const QLocale& locale, std::optional<double> value);
    // A signed change with one decimal: "+1.2", "−0.3", "0.0".
    static QString change(const QLocale& locale, double value);
    // A p-value to three decimals, "< 0.001" below that.
    static QString pValue(const QLocale& locale, double p);
    // An effect size to two decimals with its sign ("0.71", "−0.35").
    static QString effect(const QLocale& locale, double r);
    // Contact hours with one decimal from minutes ("13.5").
    static QString hours(const QLocale& locale, int minutes);
    // A whole percentage ("80 %" in French, "80%" in English).
    static QString percent(const QLocale& locale, double percent);
    // "PCS Studio — curriculum 2026.1 — printed 2026-03-03" (without the curriculum part when no
    // version is set).
    static QString footer(const ReportOptions& options);
    // "Page 3 of 10".
    static QString pageOf(int page, int pages);
};

} // namespace pcs::reports
