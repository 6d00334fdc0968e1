#include "pcs/storage/LearnerPinStore.h"

#include "AssessmentRows.h"
#include "DatabaseAccess.h"
#include "PasswordHash.h"
#include "SqlSupport.h"
#include "pcs/domain/Account.h"
#include "pcs/domain/Clock.h"
#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace pcs::storage {
namespace {

struct PinRow {
    QString hash;
    int failedAttempts = 0;
    QDateTime lastFailureAt; // invalid when none
};

} // namespace

LearnerPinStore::LearnerPinStore(Database& database, PasswordHashParameters parameters)
    : m_database(database)
    , m_parameters(parameters)
{ }

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

Result<void> LearnerPinStore::setPin(const QString& personId, const QString& pin, const QString& actor)
{
    if (!isWellFormed(pin))
        return fail(ErrorKind::Invalid,
            tr("A PIN is %1 to %2 digits (0-9), nothing else.")
                .arg(kMinimumPinLength)
                .arg(kMaximumPinLength));
    // Hashed before the transaction, so the database is never locked for the hash time.
    auto hash = hashPassword(pin, m_parameters);
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

    auto matches = verifyPassword(row.hash, pin);
    if (!matches) {
        log::error(QStringLiteral("The PIN hash of learner %1 cannot be read").arg(personId));
        return fail(
            ErrorKind::Corrupt, tr("Your stored PIN cannot be read. Ask your facilitator to set a new one."));
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
