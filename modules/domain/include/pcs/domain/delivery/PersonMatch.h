#pragma once

#include "pcs/domain/delivery/Person.h"

#include <QString>

#include <string>

namespace pcs {

// What samePerson compares, worked out once per person, so that many people can be matched through
// a hash instead of each against each: samePerson(a, b) == matches(personMatchKey(a), personMatchKey(b)).
struct PersonMatchKey {
    QString firstName; // foldForComparison
    QString lastName; // foldForComparison
    // The trimmed email, each UTF-16 unit as QString::compare(Qt::CaseInsensitive) folds it (so two
    // emails compare equal exactly when their keys do); empty when there is no email.
    std::u32string email;

    friend bool operator==(const PersonMatchKey&, const PersonMatchKey&) = default;
};

PersonMatchKey personMatchKey(const Person& person);
bool matches(const PersonMatchKey& a, const PersonMatchKey& b);

} // namespace pcs
