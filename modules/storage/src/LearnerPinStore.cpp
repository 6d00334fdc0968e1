#include "pcs/storage/LearnerPinStore.h"

#include "AssessmentRows.h"
#include "DatabaseAccess.h"
#include "PasswordHash.h"
#include "SqlSupport.h"
#include "pcs/domain/Account.h"
#include "pcs/domain/Clock.h"
#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QMutex>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <string.h> // explicit_bzero

namespace pcs::storage {
namespace {

// "$argon2id$v=19$...$<salt>$<hash>#pin-key=<first 16 hex digits of SHA-256 of the key>": the
// Argon2id string as the library writes it (the table's CHECK wants that start), then the key it
// was made with.
const QString kKeyMark = QStringLiteral("#pin-key=");

bool isKeyed(const QString& stored)
{
    return stored.contains(kKeyMark);
}

struct InstallationKey {
    QMutex mutex;
    QByteArray key;
    QString id;
};

InstallationKey& installationKey()
{
    static InstallationKey key;
    return key;
}

// HMAC-SHA256(key, UTF-8 of the PIN): what Argon2id hashes. Wiped by the caller through Keyed.
class Keyed
{
public:
    Keyed(const QByteArray& key, const QString& pin)
    {
        QByteArray typed = pin.toUtf8();
        m_bytes = QMessageAuthenticationCode::hash(typed, key, QCryptographicHash::Sha256);
        explicit_bzero(typed.data(), std::size_t(typed.size()));
    }
    ~Keyed() { explicit_bzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    Keyed(const Keyed&) = delete;
    Keyed& operator=(const Keyed&) = delete;
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

struct PinRow {
    QString hash;
    int failedAttempts = 0;
    QDateTime lastFailureAt; // invalid when none
};

// Whether `pin` matches the stored hash: keyed with this computer's installation key, or (set before
// keys existed) plain. A hash keyed with another computer's key cannot be checked here.
Result<bool> verify(const QString& stored, const QString& pin)
{
    if (!isKeyed(stored)) {
        auto plain = verifyPassword(stored, pin);
        if (!plain)
            return fail(ErrorKind::Corrupt,
                LearnerPinStore::tr(
                    "Your stored PIN cannot be read. Ask your facilitator to set a new one."));
        return plain;
    }
    const qsizetype mark = stored.lastIndexOf(kKeyMark);
    const QString id = stored.mid(mark + kKeyMark.size());
    InstallationKey& installed = installationKey();
    const QMutexLocker locker(&installed.mutex);
    if (installed.key.isEmpty() || id != installed.id)
        return fail(ErrorKind::Corrupt,
            LearnerPinStore::tr("Your PIN was set on another computer (or before this computer's PIN key "
                                "was replaced) and cannot be checked here. Ask your facilitator to set a "
                                "new one."));
    const Keyed keyed(installed.key, pin);
    auto matches = verifySecret(stored.left(mark), keyed.bytes());
    if (!matches)
        return fail(ErrorKind::Corrupt,
            LearnerPinStore::tr("Your stored PIN cannot be read. Ask your facilitator to set a new one."));
    return matches;
}

} // namespace

LearnerPinStore::LearnerPinStore(Database& database, PasswordHashParameters parameters)
    : m_database(database)
    , m_parameters(parameters)
{ }

bool LearnerPinStore::setInstallationKey(const QByteArray& key)
{
    if (key.size() != kInstallationKeyBytes)
        return false;
    InstallationKey& installed = installationKey();
    const QMutexLocker locker(&installed.mutex);
    installed.key = key;
    installed.id
        = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return true;
}

bool LearnerPinStore::hasInstallationKey()
{
    InstallationKey& installed = installationKey();
    const QMutexLocker locker(&installed.mutex);
    return !installed.key.isEmpty();
}

Result<QString> LearnerPinStore::keyedHash(const QString& pin) const
{
    InstallationKey& installed = installationKey();
    const QMutexLocker locker(&installed.mutex);
    if (installed.key.isEmpty())
        return fail(ErrorKind::Invalid,
            tr("PINs cannot be set: this computer's PIN key is not loaded. Restart PCS Studio; if this "
               "stays, look for a message about the PIN key in its log."));
    const Keyed keyed(installed.key, pin);
    auto hash = hashSecret(keyed.bytes(), m_parameters);
    if (!hash)
        return hash;
    return *hash + kKeyMark + installed.id;
}

bool LearnerPinStore::isWellFormed(const QString& pin)
{
    return pin.size() >= kMinimumPinLength && pin.size() <= kMaximumPinLength
        && std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Result<bool> LearnerPinStore::hasPin(const QString& personId) const
{
    try {
        SQLite::Statement query(
            DatabaseAccess::sqlite(m_database), "SELECT 1 FROM learner_pins WHERE person_id = ?");
        query.bind(1, sqlText(personId));
        return query.executeStep();
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the learner PINs"), m_database.path()));
    }
}

Result<void> LearnerPinStore::setPin(
    const QString& personId, const QString& pin, const QString& actor, int length)
{
    length = std::clamp(length, kMinimumPinLength, kMaximumPinLength);
    if (!isWellFormed(pin) || pin.size() != length)
        return fail(ErrorKind::Invalid, tr("A new PIN is %n digits (0-9), nothing else.", nullptr, length));
    // Hashed before the transaction, so the database is never locked for the hash time.
    auto hash = keyedHash(pin);
    if (!hash)
        return std::unexpected(hash.error());
    std::optional<Error> refusal;
    auto written
        = writeTransaction(DatabaseAccess::sqlite(m_database), tr("set the PIN"), [&](SQLite::Database& db) {
              SQLite::Statement person(db, "SELECT 1 FROM people WHERE id = ?");
              person.bind(1, sqlText(personId));
              if (!person.executeStep()) {
                  refusal = Error{ErrorKind::NotFound, tr("There is no such learner.")};
                  return;
              }
              const QDateTime now = m_database.clock().nowUtc();
              SQLite::Statement upsert(db,
                  "INSERT INTO learner_pins(person_id, pin_hash, failed_attempts, last_failure_at, set_at, "
                  "set_by) VALUES (?, ?, 0, NULL, ?, ?) ON CONFLICT(person_id) DO UPDATE SET "
                  "pin_hash = excluded.pin_hash, failed_attempts = 0, last_failure_at = NULL, "
                  "set_at = excluded.set_at, set_by = excluded.set_by");
              upsert.bind(1, sqlText(personId));
              upsert.bind(2, sqlText(*hash));
              upsert.bind(3, sqlText(toStorageTime(now)));
              upsert.bind(4, sqlText(actor));
              upsert.exec();
              appendAudit(db, now, actor, "kiosk.pin-set", personId);
          });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    return {};
}

Result<void> LearnerPinStore::removePin(const QString& personId, const QString& actor)
{
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("remove the PIN"), [&](SQLite::Database& db) {
            SQLite::Statement remove(db, "DELETE FROM learner_pins WHERE person_id = ?");
            remove.bind(1, sqlText(personId));
            if (remove.exec() > 0)
                appendAudit(db, m_database.clock().nowUtc(), actor, "kiosk.pin-removed", personId);
        });
}

Result<void> LearnerPinStore::checkPin(const QString& personId, const QString& pin)
{
    PinRow row;
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT pin_hash, failed_attempts, last_failure_at FROM learner_pins WHERE person_id = ?");
        query.bind(1, sqlText(personId));
        if (!query.executeStep())
            return fail(ErrorKind::NotFound, tr("No PIN is set for you. Ask your facilitator to set one."));
        row.hash = columnText(query, 0);
        row.failedAttempts = query.getColumn(1).getInt();
        if (!query.getColumn(2).isNull())
            row.lastFailureAt = fromStorageTime(columnText(query, 2));
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the learner PINs"), m_database.path()));
    }

    const std::chrono::seconds delay = signInDelayAfter(row.failedAttempts);
    if (delay.count() > 0 && row.lastFailureAt.isValid()) {
        // A clock set back (last failure "in the future") counts as no time passed, not as a longer wait.
        const qint64 elapsedMs = std::max<qint64>(0, row.lastFailureAt.msecsTo(m_database.clock().nowUtc()));
        const qint64 remainingMs = delay.count() * 1000 - elapsedMs;
        if (remainingMs > 0) {
            const qint64 seconds = (remainingMs + 999) / 1000;
            return fail(ErrorKind::Locked,
                seconds == 1 ? tr("Too many wrong PINs. Try again in 1 second.")
                             : tr("Too many wrong PINs. Try again in %1 seconds.").arg(seconds));
        }
    }

    auto matches = verify(row.hash, pin);
    if (!matches) {
        log::error(QStringLiteral("The PIN hash of learner %1 cannot be checked: %2")
                       .arg(personId, matches.error().message));
        return std::unexpected(matches.error());
    }
    if (*matches && !isKeyed(row.hash)) {
        // Set before PINs were keyed: keyed from now on.
        auto keyed = keyedHash(pin);
        if (!keyed)
            return std::unexpected(keyed.error());
        return writeTransaction(
            DatabaseAccess::sqlite(m_database), tr("record the PIN check"), [&](SQLite::Database& db) {
                SQLite::Statement rehash(db,
                    "UPDATE learner_pins SET pin_hash = ?, failed_attempts = 0, last_failure_at = NULL "
                    "WHERE person_id = ?");
                rehash.bind(1, sqlText(*keyed));
                rehash.bind(2, sqlText(personId));
                rehash.exec();
            });
    }
    if (*matches) {
        if (row.failedAttempts == 0 && !row.lastFailureAt.isValid())
            return {}; // nothing to reset: no write for every right PIN
        return writeTransaction(
            DatabaseAccess::sqlite(m_database), tr("record the PIN check"), [&](SQLite::Database& db) {
                SQLite::Statement reset(db,
                    "UPDATE learner_pins SET failed_attempts = 0, last_failure_at = NULL WHERE person_id = "
                    "?");
                reset.bind(1, sqlText(personId));
                reset.exec();
            });
    }

    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("record the PIN check"), [&](SQLite::Database& db) {
            const QDateTime now = m_database.clock().nowUtc();
            SQLite::Statement count(db,
                "UPDATE learner_pins SET failed_attempts = failed_attempts + 1, last_failure_at = ? "
                "WHERE person_id = ? RETURNING failed_attempts");
            count.bind(1, sqlText(toStorageTime(now)));
            count.bind(2, sqlText(personId));
            const int failures = count.executeStep() ? count.getColumn(0).getInt() : row.failedAttempts + 1;
            count.reset();
            appendAudit(db, now, QStringLiteral("kiosk"), "kiosk.pin-failed", personId,
                QStringLiteral("wrong PIN %1 in a row").arg(failures));
        });
    if (!written)
        return std::unexpected(written.error());
    return fail(ErrorKind::Invalid, tr("That PIN is not right."));
}

} // namespace pcs::storage
