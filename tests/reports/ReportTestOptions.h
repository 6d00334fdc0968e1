#pragma once

#include "pcs/reports/ReportCommon.h"

#include <QDate>
#include <QString>

namespace pcs::test {

// The options the report tests write with: a fixed curriculum version and printing day, so that
// footers can be checked word for word.
inline reports::ReportOptions options(
    const QString& language = QStringLiteral("en"), const QDate& printedOn = QDate(2026, 5, 1))
{
    reports::ReportOptions result;
    result.language = language;
    result.curriculumVersion = QStringLiteral("2026.1");
    result.printedOn = printedOn;
    return result;
}

} // namespace pcs::test
