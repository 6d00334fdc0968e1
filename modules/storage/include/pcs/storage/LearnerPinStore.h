#pragma once

#include "pcs/domain/Error.h"
#include "pcs/storage/AccountStore.h"

#include <QCoreApplication>

namespace pcs::storage {

class Database;

// The cost of a learner PIN's Argon2id hash: lighter than a staff password's, since the kiosk checks
// a PIN while the learner waits (about 50 ms on a 2-core laptop); the salt still makes every hash
// its own. Tests pass cheaper ones.
inline constexpr PasswordHashParameters kPinHashParameters{2, 19 * 1024, 1};

// Learner PINs for the self-assessment kiosk: 4 to 6 digits, kept only as salted Argon2id hashes
// (never stored, logged or audited as typed), with the same growing wait after wrong PINs as staff
// sign-in (signInDelayAfter), counted in the database from the database clock.
class LearnerPinStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::LearnerPinStore)

public:
    static constexpr int kMinimumPinLength = 4;
    static constexpr int kMaximumPinLength = 6;

    explicit LearnerPinStore(Database& database, PasswordHashParameters parameters = kPinHashParameters);

    // Whether `pin` has the form of a PIN: 4 to 6 digits 0-9, nothing else.
    static bool isWellFormed(const QString& pin);

    Result<bool> hasPin(const QString& personId) const;
    // Sets (or replaces) the learner's PIN and lifts any wait. Refuses anything but 4-6 digits and an
    // unknown person. Audits "kiosk.pin-set" (never the PIN).
    Result<void> setPin(const QString& personId, const QString& pin, const QString& actor);
    // Removes the learner's PIN. Audits "kiosk.pin-removed".
    Result<void> removePin(const QString& personId, const QString& actor);
    // Right: the failure count starts again. Wrong: counted with its time, audited as
    // "kiosk.pin-failed", refused (Invalid) with "That PIN is not right.". While the wait after
    // wrong PINs runs: refused (Locked) with the seconds left, without looking at the PIN.
    // NotFound when the learner has no PIN.
    Result<void> checkPin(const QString& personId, const QString& pin);

private:
    Database& m_database;
    PasswordHashParameters m_parameters;
};

} // namespace pcs::storage
