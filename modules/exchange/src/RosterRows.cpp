#include "RosterRows.h"

#include "CsvCell.h"
#include "RosterText.h"
#include "pcs/exchange/RosterCsv.h"
#include "pcs/exchange/RosterLimits.h"

#include <QSet>

#include <optional>

namespace pcs::exchange {

namespace {

QString cleanCell(const QString& raw)
{
    QString value = raw.trimmed();
    if (CsvCell::isNeutralised(value))
        value.remove(0, 1);
    return value;
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

constexpr RosterField kFields[] = {RosterField::FirstName, RosterField::LastName, RosterField::FullName,
    RosterField::Email, RosterField::Organization, RosterField::Role, RosterField::Language};

} // namespace

RosterRows::RosterRows(const RosterHeader& header, RosterParse& result)
    : m_header(header)
    , m_result(result)
{ }

void RosterRows::read(const CsvRecord& record)
{
    if (overlong(record))
        return;
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
        ok = problem(row.line, RosterCsv::tr("unknown language “%1” (use English or French)").arg(language));
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

QString RosterRows::cell(const CsvRecord& record, RosterField field) const
{
    const int column = m_header.column(field);
    return column >= 0 && column < record.cells.size() ? cleanCell(record.cells[column]) : QString();
}

// A value the roster uses that is too long to be a name, an email or an organization: a problem on
// its row (the value itself was not kept whole).
bool RosterRows::overlong(const CsvRecord& record)
{
    bool found = false;
    for (const RosterField field : kFields) {
        const int column = m_header.column(field);
        if (column >= 0 && record.overlong.contains(column))
            found = !problem(record.line,
                RosterCsv::tr("the value in column %1 is longer than %L2 characters, the most a roster "
                              "value may have")
                    .arg(column + 1)
                    .arg(kMaxRosterValueChars));
    }
    return found;
}

bool RosterRows::problem(int line, const QString& message)
{
    m_result.problems.push_back({line, message});
    return false;
}

} // namespace pcs::exchange
