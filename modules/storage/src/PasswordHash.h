#pragma once

#include "pcs/domain/Error.h"
#include "pcs/storage/AccountStore.h"

#include <QByteArray>
#include <QString>

namespace pcs::storage {

// Argon2id through libargon2 (RFC 9106). The result is the PHC string
// "$argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>" with a fresh 16-byte salt from
// the system's random source and a 32-byte hash. The password is hashed as UTF-8 of its NFC form;
// the copies made here are wiped after use (the caller's QString is the caller's to drop).
Result<QString> hashPassword(const QString& password, const PasswordHashParameters& parameters);

// The same Argon2id hash over raw bytes (a keyed digest of a PIN, say), wiped after use by the caller.
Result<QString> hashSecret(const QByteArray& secret, const PasswordHashParameters& parameters);
Result<bool> verifySecret(const QString& encoded, const QByteArray& secret);

// Whether `password` matches `encoded`, with the parameters and salt recorded in `encoded`.
// An error (Corrupt) means `encoded` is not an Argon2id hash this library can read.
Result<bool> verifyPassword(const QString& encoded, const QString& password);

} // namespace pcs::storage
