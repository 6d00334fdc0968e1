#include "RosterHeader.h"

#include "RosterText.h"

#include <QHash>

namespace pcs::exchange {

namespace {

// Header keys after RosterText::foldKey (lower case, no accents, `_ - .` as spaces).
const QHash<QString, RosterField>& headerKeys()
{
    static const QHash<QString, RosterField> keys = [] {
        QHash<QString, RosterField> map;
        auto add = [&map](RosterField field, std::initializer_list<const char16_t*> names) {
            for (const char16_t* name : names)
                map.insert(QString::fromUtf16(name), field);
        };
        add(RosterField::FirstName,
            {u"first name", u"firstname", u"first", u"given name", u"given names", u"forename", u"prenom",
                u"prenoms"});
        add(RosterField::LastName,
            {u"last name", u"lastname", u"last", u"surname", u"family name", u"nom", u"nom de famille"});
        add(RosterField::FullName,
            {u"name", u"full name", u"fullname", u"learner", u"nom complet", u"participant",
                u"participante"});
        add(RosterField::Email,
            {u"email", u"e mail", u"email address", u"e mail address", u"mail", u"courriel",
                u"adresse courriel", u"adresse de courriel", u"adresse electronique",
                u"courriel electronique"});
        add(RosterField::Organization,
            {u"organization", u"organisation", u"agency", u"organisme", u"employer", u"employeur"});
        add(RosterField::Role,
            {u"role", u"title", u"job title", u"position", u"poste", u"fonction", u"titre",
                u"titre du poste"});
        add(RosterField::Language,
            {u"language", u"preferred language", u"lang", u"langue", u"langue preferee"});
        return map;
    }();
    return keys;
}

QString headerKey(const QString& cell)
{
    QString key = RosterText::foldKey(cell);
    while (key.endsWith(u':') || key.endsWith(u'*'))
        key = key.chopped(1).trimmed();
    return key;
}

} // namespace

RosterHeader::RosterHeader(const QStringList& cells)
{
    m_columns.fill(-1);
    const auto& keys = headerKeys();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const auto found = keys.constFind(headerKey(cells[i]));
        if (found == keys.cend())
            continue;
        int& column = m_columns[static_cast<std::size_t>(*found)];
        if (column < 0)
            column = static_cast<int>(i);
    }
}

bool RosterHeader::hasName() const
{
    return column(RosterField::FirstName) >= 0 || column(RosterField::LastName) >= 0
        || column(RosterField::FullName) >= 0;
}

} // namespace pcs::exchange
