#pragma once

#include <QString>

namespace pcs {

enum class OrganizationKind { Municipal, EmploymentOntario, Odsp, Community, Provincial, Other };

struct Organization {
    QString id; // UUID
    QString name;
    OrganizationKind kind = OrganizationKind::Other;
    friend bool operator==(const Organization&, const Organization&) = default;
};

QString organizationKindKey(OrganizationKind kind); // "municipal", "employment-ontario", ...
OrganizationKind organizationKindFromKey(const QString& key);

// A learner or facilitator. Only a name is required; collect no more than the work needs.
struct Person {
    QString id; // UUID
    QString firstName;
    QString lastName;
    QString email; // optional
    QString organizationId; // optional
    QString role; // role or title, optional
    QString preferredLanguage = QStringLiteral("en"); // "en" or "fr"

    QString displayName() const;
    friend bool operator==(const Person&, const Person&) = default;
};

// Two roster entries name the same person: same first and last name (case and accents ignored)
// and, when both have one, the same email.
bool samePerson(const Person& a, const Person& b);
// Lower case, accents removed, spaces collapsed: the form names are compared in.
QString foldForComparison(const QString& text);

} // namespace pcs
