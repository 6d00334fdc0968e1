#include "PersonIndex.h"

namespace pcs::storage {

void PersonIndex::add(Person person)
{
    PersonMatchKey key = personMatchKey(person);
    add(std::move(person), std::move(key));
}

void PersonIndex::add(Person person, PersonMatchKey key)
{
    const int position = int(m_entries.size());
    Bucket& bucket = m_buckets[{key.firstName, key.lastName}];
    if (bucket.first < 0)
        bucket.first = position;
    if (key.email.empty() && bucket.firstWithoutEmail < 0)
        bucket.firstWithoutEmail = position;
    if (person.email.isEmpty() && bucket.firstWithEmptyEmail < 0)
        bucket.firstWithEmptyEmail = position;
    if (!key.email.empty())
        bucket.firstByEmail.try_emplace(key.email, position);
    m_entries.push_back({std::move(person), std::move(key)});
}

bool PersonIndex::containsSamePerson(const PersonMatchKey& key) const
{
    const auto bucket = m_buckets.constFind({key.firstName, key.lastName});
    if (bucket == m_buckets.cend())
        return false;
    // Same names: the same person unless both have an email and the emails differ.
    return key.email.empty() || bucket->firstWithoutEmail >= 0 || bucket->firstByEmail.contains(key.email);
}

const PersonIndex::Entry* PersonIndex::firstKnown(const PersonMatchKey& key, bool rowEmailIsEmpty) const
{
    const auto bucket = m_buckets.constFind({key.firstName, key.lastName});
    if (bucket == m_buckets.cend())
        return nullptr;
    int position = -1;
    if (rowEmailIsEmpty) {
        position = bucket->firstWithEmptyEmail;
    } else if (key.email.empty()) { // only spaces: samePerson with everyone of that name
        position = bucket->first;
    } else {
        position = bucket->firstWithoutEmail;
        const auto sameEmail = bucket->firstByEmail.find(key.email);
        if (sameEmail != bucket->firstByEmail.end() && (position < 0 || sameEmail->second < position))
            position = sameEmail->second;
    }
    return position < 0 ? nullptr : &m_entries[std::size_t(position)];
}

} // namespace pcs::storage
