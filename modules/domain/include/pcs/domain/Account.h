#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace pcs {

// What a staff account may do. Learners have no account: they use the kiosk.
enum class Role {
    Administrator, // manages the installation: accounts, curriculum packages, backups, privacy requests
    Facilitator, // plans and runs cohorts
    Trainer, // trainer or champion: follows learners across cohorts after training
};

QString roleKey(Role role); // "administrator", "facilitator", "trainer": the stored form
std::optional<Role> roleFromKey(const QString& key); // nothing for an unknown key

// A staff member who signs in. The password hash and the sign-in failure count stay in storage.
struct Account {
    QString id; // UUID
    QString userName; // unique, case ignored
    QString displayName;
    Role role = Role::Facilitator;
    QString personId; // optional link to people.id
    bool disabled = false;

    friend bool operator==(const Account&, const Account&) = default;
};

// How long sign-in stays refused after `consecutiveFailures` wrong passwords in a row, counted from
// the last failure: nothing for the first 3 (typing mistakes), then 2 s after the 4th, 4 s after the
// 5th, 8 s after the 6th, ... doubling with each failure, never more than 300 s (5 minutes), so a
// guesser gets about a dozen tries an hour while a staff member who mistyped waits seconds.
std::chrono::seconds signInDelayAfter(int consecutiveFailures);

} // namespace pcs
