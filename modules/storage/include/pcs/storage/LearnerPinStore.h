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
//
// A PIN has few digits, so a salted hash alone falls to a search of every PIN within the hour once
// someone has a copy of the database. Each PIN is therefore hashed as Argon2id over
// HMAC-SHA256(installation key, PIN), where the installation key is a random secret kept outside the
// database (services::InstallationKey, beside the settings): the database alone gives nothing away.
// The stored hash names the key it was made with, so a PIN set on another computer is told apart from
// a wrong one. A hash made before keys existed still verifies, and is replaced by a keyed one then.
class LearnerPinStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::LearnerPinStore)

public:
    static constexpr int kMinimumPinLength = 4;
    static constexpr int kMaximumPinLength = 6;
    static constexpr int kDefaultPinLength = 6; // of new PINs; the setting may ask for 4 or 5
    static constexpr int kInstallationKeyBytes = 32;

    // The installation key PINs are hashed with, for every store of this process. Until one is set,
    // no PIN can be set and keyed PINs cannot be checked. A key of another size is not taken.
    static bool setInstallationKey(const QByteArray& key);
    static bool hasInstallationKey();

    explicit LearnerPinStore(Database& database, PasswordHashParameters parameters = kPinHashParameters);

    // Whether `pin` has the form of a PIN: 4 to 6 digits 0-9, nothing else.
    static bool isWellFormed(const QString& pin);

    Result<bool> hasPin(const QString& personId) const;
    // Sets (or replaces) the learner's PIN and lifts any wait. Refuses anything but `length` digits
    // (4 to 6), an unknown person, and any PIN while no installation key is set. Audits
    // "kiosk.pin-set" (never the PIN).
    Result<void> setPin(
        const QString& personId, const QString& pin, const QString& actor, int length = kDefaultPinLength);
    // Removes the learner's PIN. Audits "kiosk.pin-removed".
    Result<void> removePin(const QString& personId, const QString& actor);
    // Right: the failure count starts again. Wrong: counted with its time, audited as
    // "kiosk.pin-failed", refused (Invalid) with "That PIN is not right.". While the wait after
    // wrong PINs runs: refused (Locked) with the seconds left, without looking at the PIN.
    // NotFound when the learner has no PIN.
    Result<void> checkPin(const QString& personId, const QString& pin);

private:
    Result<QString> keyedHash(const QString& pin) const;
    Database& m_database;
    PasswordHashParameters m_parameters;
};

} // namespace pcs::storage
