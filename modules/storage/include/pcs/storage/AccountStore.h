#pragma once

#include "pcs/domain/Account.h"
#include "pcs/domain/Error.h"

#include <QCoreApplication>

#include <cstdint>
#include <optional>
#include <vector>

namespace pcs::storage {

class Database;

// The cost of an Argon2id password hash. The defaults are the production cost (about a third of a
// second on a 2-core laptop); tests pass cheap ones. Every hash records its own parameters, so a
// store verifies hashes made with any parameters and new hashes use the store's.
struct PasswordHashParameters {
    std::uint32_t iterations = 3; // t
    std::uint32_t memoryKiB = 64 * 1024; // m: 64 MiB
    std::uint32_t parallelism = 1; // p
};

// Staff accounts: Argon2id password hashes, sign-in with a growing delay after wrong passwords
// (signInDelayAfter, counted in the database from the database clock, so restarting the app does
// not reset it) and audit entries for every change and sign-in. No password is ever stored, logged
// or audited. Passwords are compared in Unicode NFC, so an accented letter typed either way matches.
// Hashing happens before the write transaction, so the database is never locked for the hash time.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::AccountStore)

public:
    static constexpr int kMinimumPasswordLength = 8; // characters (code points)

    explicit AccountStore(Database& database, PasswordHashParameters parameters = {});

    // Whether an enabled administrator exists; false on first run.
    Result<bool> hasAdministrator() const;

    // Creates an account (an id is assigned when `account.id` is empty). Refuses an empty user name,
    // a user name already taken (case ignored), a password shorter than kMinimumPasswordLength and an
    // unknown person. Audits "account.created" (subject the account id, details the role).
    Result<Account> create(const Account& account, const QString& password, const QString& actor);

    // Checks the password. Right: the failure count starts again and "account.signed-in" is audited.
    // Wrong: the failure is counted with its time, "account.sign-in-failed" is audited and the error
    // (Invalid) reads "The user name or password is not right." - the same for an unknown user name.
    // While signInDelayAfter(failures) has not passed since the last failure, refuses with Locked and
    // the seconds to wait, without looking at the password. A disabled account is refused (Invalid)
    // once its password is right, so the refusal tells nothing to someone guessing.
    Result<Account> signIn(const QString& userName, const QString& password);

    // The account holder's own change: needs the current password (checked as in signIn, wrong
    // ones counted). Audits "account.password-changed".
    Result<void> changePassword(
        const QString& accountId, const QString& oldPassword, const QString& newPassword);

    // An administrator sets a new password, which also clears the failure count (unlocks).
    // Audits "account.password-reset".
    Result<void> resetPassword(const QString& accountId, const QString& newPassword, const QString& actor);

    // Audits "account.disabled" or "account.enabled". Refuses to disable the last enabled administrator.
    Result<void> setDisabled(const QString& accountId, bool disabled, const QString& actor);

    // All accounts by user name (case ignored).
    Result<std::vector<Account>> list() const;
    Result<std::optional<Account>> byUserName(const QString& userName) const;

private:
    struct Row;
    enum class Lookup { Id, UserName };
    Result<std::optional<Row>> findRow(Lookup lookup, const QString& value) const;
    // Refuses while the delay runs, then verifies; a wrong password is counted and audited.
    Result<void> checkPassword(const Row& row, const QString& password, const QString& during);

    Database& m_database;
    PasswordHashParameters m_parameters;
};

} // namespace pcs::storage
