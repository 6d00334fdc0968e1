#pragma once

#include "pcs/domain/delivery/PersonMatch.h"

#include <QHash>

#include <unordered_map>
#include <utility>
#include <vector>

namespace pcs::storage {

// People by the parts samePerson compares (PersonMatchKey), so that a roster import finds whether a
// row is already on the roster, or already known, with one hash lookup instead of a pass over
// everyone: each name and email is folded once, when it is added or asked about.
class PersonIndex
{
public:
    struct Entry {
        Person person;
        PersonMatchKey key;
    };

    void add(Person person);
    void add(Person person, PersonMatchKey key);

    // True when samePerson(p, row) for someone p added, `key` being personMatchKey(row).
    bool containsSamePerson(const PersonMatchKey& key) const;
    // The first added p (in adding order) with samePerson(p, row) and, when row.email is empty
    // (not even spaces), an empty p.email: the person a roster row reuses.
    const Entry* firstKnown(const PersonMatchKey& key, bool rowEmailIsEmpty) const;

private:
    // Positions in m_entries of the people with one folded first and last name.
    struct Bucket {
        int first = -1;
        int firstWithoutEmail = -1; // trimmed email empty
        int firstWithEmptyEmail = -1; // email empty as stored
        std::unordered_map<std::u32string, int> firstByEmail;
    };

    std::vector<Entry> m_entries;
    QHash<std::pair<QString, QString>, Bucket> m_buckets;
};

} // namespace pcs::storage
