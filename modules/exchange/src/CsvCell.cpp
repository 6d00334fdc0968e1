#include "CsvCell.h"

namespace pcs::exchange {

bool CsvCell::isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool CsvCell::isNeutralised(const QString& value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == u'\'')
        ++i;
    return i > 0 && i < value.size() && isFormulaStart(value[i]);
}

QString CsvCell::encode(const QString& value)
{
    qsizetype apostrophes = 0;
    while (apostrophes < value.size() && value[apostrophes] == u'\'')
        ++apostrophes;
    const bool formula = apostrophes < value.size() && isFormulaStart(value[apostrophes]);
    QString cell = formula ? u'\'' + value : value;
    const bool needsQuotes = cell.contains(u',') || cell.contains(u';') || cell.contains(u'"')
        || cell.contains(u'\r') || cell.contains(u'\n') || cell.startsWith(u' ') || cell.endsWith(u' ');
    if (!needsQuotes)
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

} // namespace pcs::exchange
