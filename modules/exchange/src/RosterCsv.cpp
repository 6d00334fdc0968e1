#include "pcs/exchange/RosterCsv.h"

#include "CsvReader.h"
#include "RosterHeader.h"
#include "RosterText.h"

#include <QSet>

namespace pcs::exchange {

namespace {

// Characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection").
bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True when `value` is apostrophes followed by a formula character, so that reading drops one
// apostrophe and writing adds one: write → parse gives the value back exactly.
bool isNeutralised(const QString& value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == u'\'')
        ++i;
    return i > 0 && i < value.size() && isFormulaStart(value[i]);
}

QString cleanCell(const QString& raw)
{
    QString value = raw.trimmed();
    if (isNeutralised(value))
        value.remove(0, 1);
    return value;
}

bool isBlank(const CsvRecord& record)
{
    for (const QString& cell : record.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool isPlausibleEmail(const QString& email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return false;
    const QStringView domain = QStringView(email).mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u".."))
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'"')
            return false;
    }
    return true;
}

// "en" or "fr" for the ways a spreadsheet says a language; an empty optional when it is unknown.
std::optional<QString> normaliseLanguage(const QString& value)
{
    static const QSet<QString> english{QStringLiteral("en"), QStringLiteral("eng"), QStringLiteral("english"),
        QStringLiteral("anglais"), QStringLiteral("en ca")};
    static const QSet<QString> french{QStringLiteral("fr"), QStringLiteral("fra"), QStringLiteral("fre"),
        QStringLiteral("french"), QStringLiteral("francais"), QStringLiteral("fr ca")};
    const QString key = RosterText::foldKey(value);
    if (key.isEmpty())
        return QString();
    if (english.contains(key))
        return QStringLiteral("en");
    if (french.contains(key))
        return QStringLiteral("fr");
    return std::nullopt;
}

class RowReader
{
public:
    RowReader(const RosterHeader& header, RosterParse& result)
        : m_header(header)
        , m_result(result)
    { }

    void read(const CsvRecord& record)
    {
        RosterRow row;
        row.line = record.line;
        row.firstName = cell(record, RosterField::FirstName);
        row.lastName = cell(record, RosterField::LastName);
        row.email = cell(record, RosterField::Email);
        row.organization = cell(record, RosterField::Organization);
        row.role = cell(record, RosterField::Role);
        if (row.firstName.isEmpty() && row.lastName.isEmpty()) {
            const QString fullName = cell(record, RosterField::FullName).simplified();
            const qsizetype space = fullName.lastIndexOf(u' ');
            row.firstName = space < 0 ? fullName : fullName.left(space);
            row.lastName = space < 0 ? QString() : fullName.mid(space + 1);
        }

        bool ok = true;
        if (row.firstName.isEmpty() && row.lastName.isEmpty())
            ok = problem(row.line, RosterCsv::tr("no first or last name"));
        if (!row.email.isEmpty() && !isPlausibleEmail(row.email))
            ok = problem(row.line, RosterCsv::tr("“%1” is not a valid email address").arg(row.email));
        const QString language = cell(record, RosterField::Language);
        const std::optional<QString> normalised = normaliseLanguage(language);
        if (normalised)
            row.preferredLanguage = *normalised;
        else
            ok = problem(
                row.line, RosterCsv::tr("unknown language “%1” (use English or French)").arg(language));
        if (!ok)
            return;

        const QString key = row.firstName.toCaseFolded() + u'\x1f' + row.lastName.toCaseFolded() + u'\x1f'
            + row.email.toCaseFolded();
        const auto earlier = m_seen.constFind(key);
        if (earlier != m_seen.cend()) {
            problem(row.line, RosterCsv::tr("same learner as line %1 (same name and email)").arg(*earlier));
            return;
        }
        m_seen.insert(key, row.line);
        m_result.rows.push_back(std::move(row));
    }

private:
    QString cell(const CsvRecord& record, RosterField field) const
    {
        const int column = m_header.column(field);
        return column >= 0 && column < record.cells.size() ? cleanCell(record.cells[column]) : QString();
    }

    bool problem(int line, const QString& message)
    {
        m_result.problems.push_back({line, message});
        return false;
    }

    const RosterHeader& m_header;
    RosterParse& m_result;
    QHash<QString, int> m_seen; // duplicate key -> line of its first row
};

QString encodeCell(const QString& value)
{
    QString cell = isFormulaStart(value.isEmpty() ? QChar() : value[0]) || isNeutralised(value)
        ? u'\'' + value
        : value;
    const bool needsQuotes = cell.contains(u',') || cell.contains(u';') || cell.contains(u'"')
        || cell.contains(u'\r') || cell.contains(u'\n') || cell.startsWith(u' ') || cell.endsWith(u' ');
    if (!needsQuotes)
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

} // namespace

RosterParse RosterCsv::parse(const QByteArray& bytes)
{
    RosterParse result;
    const QString text = RosterText::decode(bytes, &result.encoding);
    result.delimiter = CsvReader::detectDelimiter(text);
    const CsvRead read = CsvReader::read(text, result.delimiter);

    auto record = read.records.cbegin();
    while (record != read.records.cend() && isBlank(*record))
        ++record;
    if (record == read.records.cend()) {
        if (read.unterminatedQuoteLine > 0)
            result.problems.push_back({read.unterminatedQuoteLine,
                tr("a quoted value that starts on this line has no closing quote")});
        else
            result.problems.push_back({1, tr("the file is empty")});
        return result;
    }

    const int headerLine = record->line;
    const RosterHeader header(record->cells);
    if (!header.hasName()) {
        result.problems.push_back({headerLine,
            tr("no name column: the first line must name the columns, such as “first name”, "
               "“last name” and “email”")});
        return result;
    }

    RowReader rows(header, result);
    bool anyRecord = false;
    for (++record; record != read.records.cend(); ++record) {
        if (isBlank(*record))
            continue;
        anyRecord = true;
        rows.read(*record);
    }
    if (read.unterminatedQuoteLine > 0)
        result.problems.push_back(
            {read.unterminatedQuoteLine, tr("a quoted value that starts on this line has no closing quote")});
    else if (!anyRecord)
        result.problems.push_back({headerLine, tr("no learners in the file")});
    return result;
}

QByteArray RosterCsv::write(const std::vector<RosterRow>& rows)
{
    QString text = QStringLiteral("first_name,last_name,email,organization,role,preferred_language\r\n");
    for (const RosterRow& row : rows) {
        text += encodeCell(row.firstName) + u',' + encodeCell(row.lastName) + u',' + encodeCell(row.email)
            + u',' + encodeCell(row.organization) + u',' + encodeCell(row.role) + u','
            + encodeCell(row.preferredLanguage) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace pcs::exchange
