#include "pcs/storage/AccountStore.h"

#include "AuditChain.h"
#include "DatabaseAccess.h"
#include "PasswordHash.h"
#include "SqlSupport.h"
#include "pcs/domain/AuditEntry.h"
#include "pcs/domain/Clock.h"
#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QUuid>

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace pcs::storage {

struct AccountStore::Row {
    Account account;
    QString passwordHash;
    int failedAttempts = 0;
    QDateTime lastFailureAt; // invalid when none
};

namespace {

constexpr const char* kSelectRow = "SELECT id, user_name, display_name, role, person_id, disabled, "
                                   "password_hash, failed_attempts, last_failure_at FROM accounts";

std::string text(const QString& value)
{
    return value.toStdString(); // UTF-8
}

QString qtext(SQLite::Statement& query, int column)
{
    return QString::fromStdString(query.getColumn(column).getString());
}

// The form user names are compared in: outer spaces dropped, Unicode NFC, case folded (so
// "Émilie" and "éMILIE" are the same name, which SQLite's ASCII-only NOCASE would not see).
QString userKey(const QString& userName)
{
    return userName.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

// Characters as a person counts them: an emoji outside the BMP is one, not two UTF-16 units.
qsizetype codePoints(const QString& text)
{
    return text.size()
        - std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

Account readAccount(SQLite::Statement& query)
{
    Account account;
    account.id = qtext(query, 0);
    account.userName = qtext(query, 1);
    account.displayName = qtext(query, 2);
    const auto role = roleFromKey(qtext(query, 3));
    if (!role)
        throw std::runtime_error(AccountStore::tr("the account %1 has an unknown role '%2'")
                                     .arg(account.userName, qtext(query, 3))
                                     .toStdString());
    account.role = *role;
    account.personId = query.getColumn(4).isNull() ? QString() : qtext(query, 4);
    account.disabled = query.getColumn(5).getInt() != 0;
    return account;
}

void audit(SQLite::Database& db, const QDateTime& at, const QString& actor, const char* action,
    const QString& subject, const QString& details = {})
{
    Q_ASSERT(isValidAuditAction(QString::fromLatin1(action)));
    insertAuditEntry(
        db, {toStorageTime(at).toStdString(), text(actor), action, text(subject), text(details)});
}

std::unexpected<Error> wrongPassword()
{
    return fail(ErrorKind::Invalid, AccountStore::tr("The user name or password is not right."));
}

std::optional<Error> invalidNewPassword(const QString& password)
{
    if (codePoints(password) < AccountStore::kMinimumPasswordLength)
        return Error{ErrorKind::Invalid,
            AccountStore::tr("A password needs at least %1 characters.")
                .arg(AccountStore::kMinimumPasswordLength)};
    return std::nullopt;
}

std::unexpected<Error> noSuchAccount()
{
    return fail(ErrorKind::NotFound, AccountStore::tr("There is no such account."));
}

} // namespace

AccountStore::AccountStore(Database& database, PasswordHashParameters parameters)
    : m_database(database)
    , m_parameters(parameters)
{ }

Result<bool> AccountStore::hasAdministrator() const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT EXISTS (SELECT 1 FROM accounts WHERE role = 'administrator' AND disabled = 0)");
        query.executeStep();
        return query.getColumn(0).getInt() != 0;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the accounts"), m_database.path()));
    }
}

Result<Account> AccountStore::create(const Account& account, const QString& password, const QString& actor)
{
    Account created = account;
    created.userName = account.userName.trimmed();
    created.displayName = account.displayName.trimmed();
    if (created.userName.isEmpty())
        return fail(ErrorKind::Invalid, tr("An account needs a user name."));
    if (created.displayName.isEmpty())
        created.displayName = created.userName;
    if (created.id.isEmpty())
        created.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const auto invalid = invalidNewPassword(password))
        return std::unexpected(*invalid);
    const QString key = userKey(created.userName);
    const auto taken = [&] {
        return Error{ErrorKind::Invalid, tr("The user name %1 is taken already.").arg(created.userName)};
    };

    // Refuse a taken name before spending the hash time on it; checked again below against races.
    auto existing = findRow(Lookup::UserName, created.userName);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(taken());

    auto hash = hashPassword(password, m_parameters);
    if (!hash)
        return std::unexpected(hash.error());

    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("create the account"), [&](SQLite::Database& db) {
            SQLite::Statement same(db, "SELECT 1 FROM accounts WHERE user_key = ?");
            same.bind(1, text(key));
            if (same.executeStep()) {
                refusal = taken();
                return;
            }
            if (!created.personId.isEmpty()) {
                SQLite::Statement person(db, "SELECT 1 FROM people WHERE id = ?");
                person.bind(1, text(created.personId));
                if (!person.executeStep()) {
                    refusal = Error{ErrorKind::NotFound,
                        tr("There is no person %1 to link the account to.").arg(created.personId)};
                    return;
                }
            }
            const QDateTime now = m_database.clock().nowUtc();
            SQLite::Statement insert(db,
                "INSERT INTO accounts(id, user_name, user_key, display_name, role, person_id, "
                "password_hash, disabled, created_at, password_changed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, text(created.id));
            insert.bind(2, text(created.userName));
            insert.bind(3, text(key));
            insert.bind(4, text(created.displayName));
            insert.bind(5, text(roleKey(created.role)));
            if (created.personId.isEmpty())
                insert.bind(6);
            else
                insert.bind(6, text(created.personId));
            insert.bind(7, text(*hash));
            insert.bind(8, created.disabled ? 1 : 0);
            insert.bind(9, text(toStorageTime(now)));
            insert.bind(10, text(toStorageTime(now)));
            insert.exec();
            audit(db, now, actor, "account.created", created.id, roleKey(created.role));
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    log::info(QStringLiteral("Account %1 created (%2) by %3").arg(created.id, roleKey(created.role), actor));
    return created;
}

Result<Account> AccountStore::signIn(const QString& userName, const QString& password)
{
    auto row = findRow(Lookup::UserName, userName);
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        // Spend the time a real check takes, so the answer's delay does not tell which names exist.
        if (auto spent = hashPassword(password, m_parameters); !spent)
            return std::unexpected(spent.error());
        auto written = writeTransaction(
            DatabaseAccess::sqlite(m_database), tr("record the sign-in attempt"), [&](SQLite::Database& db) {
                // The typed name is not kept: it may be a password typed in the wrong field.
                audit(db, m_database.clock().nowUtc(), QStringLiteral("anonymous"), "account.sign-in-failed",
                    {}, QStringLiteral("unknown user name"));
            });
        if (!written)
            return std::unexpected(written.error());
        return wrongPassword();
    }
    const Row& found = **row;
    if (auto checked = checkPassword(found, password, QStringLiteral("sign-in")); !checked)
        return std::unexpected(checked.error());

    const Account& account = found.account;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("record the sign-in"), [&](SQLite::Database& db) {
            const QDateTime now = m_database.clock().nowUtc();
            if (account.disabled) {
                audit(db, now, account.userName, "account.sign-in-refused", account.id,
                    QStringLiteral("disabled"));
                return;
            }
            SQLite::Statement reset(
                db, "UPDATE accounts SET failed_attempts = 0, last_failure_at = NULL WHERE id = ?");
            reset.bind(1, text(account.id));
            reset.exec();
            audit(db, now, account.userName, "account.signed-in", account.id);
        });
    if (!written)
        return std::unexpected(written.error());
    if (account.disabled)
        return fail(
            ErrorKind::Invalid, tr("This account is disabled. An administrator can enable it again."));
    log::info(QStringLiteral("Account %1 signed in").arg(account.id));
    return account;
}

Result<void> AccountStore::checkPassword(const Row& row, const QString& password, const QString& during)
{
    const std::chrono::seconds delay = signInDelayAfter(row.failedAttempts);
    if (delay.count() > 0 && row.lastFailureAt.isValid()) {
        // A clock set back (last failure "in the future") counts as no time passed, not as a longer wait.
        const qint64 elapsedMs = std::max<qint64>(0, row.lastFailureAt.msecsTo(m_database.clock().nowUtc()));
        const qint64 remainingMs = delay.count() * 1000 - elapsedMs;
        if (remainingMs > 0) {
            const qint64 seconds = (remainingMs + 999) / 1000;
            return fail(ErrorKind::Locked,
                seconds == 1 ? tr("Too many wrong passwords. Try again in 1 second.")
                             : tr("Too many wrong passwords. Try again in %1 seconds.").arg(seconds));
        }
    }

    auto matches = verifyPassword(row.passwordHash, password);
    if (!matches) {
        log::error(QStringLiteral("The password hash of account %1 cannot be read").arg(row.account.id));
        return std::unexpected(matches.error());
    }
    if (*matches)
        return {};

    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("record the sign-in attempt"), [&](SQLite::Database& db) {
            const QDateTime now = m_database.clock().nowUtc();
            SQLite::Statement count(db,
                "UPDATE accounts SET failed_attempts = failed_attempts + 1, last_failure_at = ? "
                "WHERE id = ? RETURNING failed_attempts");
            count.bind(1, text(toStorageTime(now)));
            count.bind(2, text(row.account.id));
            const int failures = count.executeStep() ? count.getColumn(0).getInt() : row.failedAttempts + 1;
            count.reset();
            audit(db, now, row.account.userName, "account.sign-in-failed", row.account.id,
                QStringLiteral("%1, wrong password %2 in a row").arg(during).arg(failures));
        });
    if (!written)
        return std::unexpected(written.error());
    return wrongPassword();
}

Result<void> AccountStore::changePassword(
    const QString& accountId, const QString& oldPassword, const QString& newPassword)
{
    if (const auto invalid = invalidNewPassword(newPassword))
        return std::unexpected(*invalid);
    auto row = findRow(Lookup::Id, accountId);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return noSuchAccount();
    const Row& found = **row;
    if (found.account.disabled)
        return fail(
            ErrorKind::Invalid, tr("This account is disabled. An administrator can enable it again."));
    if (auto checked = checkPassword(found, oldPassword, QStringLiteral("password change")); !checked)
        return checked;

    auto hash = hashPassword(newPassword, m_parameters);
    if (!hash)
        return std::unexpected(hash.error());
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("change the password"), [&](SQLite::Database& db) {
            const QDateTime now = m_database.clock().nowUtc();
            SQLite::Statement update(db,
                "UPDATE accounts SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, "
                "last_failure_at = NULL WHERE id = ?");
            update.bind(1, text(*hash));
            update.bind(2, text(toStorageTime(now)));
            update.bind(3, text(accountId));
            if (update.exec() != 1)
                throw std::runtime_error(tr("the account is gone").toStdString());
            audit(db, now, found.account.userName, "account.password-changed", accountId);
        });
}

Result<void> AccountStore::resetPassword(
    const QString& accountId, const QString& newPassword, const QString& actor)
{
    if (const auto invalid = invalidNewPassword(newPassword))
        return std::unexpected(*invalid);
    auto row = findRow(Lookup::Id, accountId);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return noSuchAccount();

    auto hash = hashPassword(newPassword, m_parameters);
    if (!hash)
        return std::unexpected(hash.error());
    return writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("set the new password"), [&](SQLite::Database& db) {
            const QDateTime now = m_database.clock().nowUtc();
            SQLite::Statement update(db,
                "UPDATE accounts SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, "
                "last_failure_at = NULL WHERE id = ?");
            update.bind(1, text(*hash));
            update.bind(2, text(toStorageTime(now)));
            update.bind(3, text(accountId));
            if (update.exec() != 1)
                throw std::runtime_error(tr("the account is gone").toStdString());
            audit(db, now, actor, "account.password-reset", accountId);
        });
}

Result<void> AccountStore::setDisabled(const QString& accountId, bool disabled, const QString& actor)
{
    std::optional<Error> refusal;
    auto written = writeTransaction(DatabaseAccess::sqlite(m_database),
        disabled ? tr("disable the account") : tr("enable the account"), [&](SQLite::Database& db) {
            SQLite::Statement find(db, "SELECT role, disabled FROM accounts WHERE id = ?");
            find.bind(1, text(accountId));
            if (!find.executeStep()) {
                refusal = noSuchAccount().error();
                return;
            }
            const bool administrator = qtext(find, 0) == roleKey(Role::Administrator);
            if ((find.getColumn(1).getInt() != 0) == disabled)
                return; // already so: nothing to change or audit
            if (disabled && administrator) {
                const int enabledAdministrators
                    = db.execAndGet(
                            "SELECT count(*) FROM accounts WHERE role = 'administrator' AND disabled = 0")
                          .getInt();
                if (enabledAdministrators <= 1) {
                    refusal = Error{ErrorKind::Invalid,
                        tr("This is the only administrator account: create another administrator before "
                           "disabling it.")};
                    return;
                }
            }
            SQLite::Statement update(db, "UPDATE accounts SET disabled = ? WHERE id = ?");
            update.bind(1, disabled ? 1 : 0);
            update.bind(2, text(accountId));
            update.exec();
            audit(db, m_database.clock().nowUtc(), actor, disabled ? "account.disabled" : "account.enabled",
                accountId);
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    return {};
}

Result<std::vector<Account>> AccountStore::list() const
{
    try {
        SQLite::Statement query(
            DatabaseAccess::sqlite(m_database), std::string(kSelectRow) + " ORDER BY user_key, id");
        std::vector<Account> accounts;
        while (query.executeStep())
            accounts.push_back(readAccount(query));
        return accounts;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the accounts"), m_database.path()));
    }
}

Result<std::optional<Account>> AccountStore::byUserName(const QString& userName) const
{
    auto row = findRow(Lookup::UserName, userName);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Account>{};
    return std::optional<Account>{(*row)->account};
}

Result<std::optional<AccountStore::Row>> AccountStore::findRow(Lookup lookup, const QString& value) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            std::string(kSelectRow) + (lookup == Lookup::Id ? " WHERE id = ?" : " WHERE user_key = ?"));
        query.bind(1, text(lookup == Lookup::Id ? value : userKey(value)));
        if (!query.executeStep())
            return std::optional<Row>{};
        Row row;
        row.account = readAccount(query);
        row.passwordHash = qtext(query, 6);
        row.failedAttempts = query.getColumn(7).getInt();
        if (!query.getColumn(8).isNull())
            row.lastFailureAt = fromStorageTime(qtext(query, 8));
        return std::optional<Row>{std::move(row)};
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the accounts"), m_database.path()));
    }
}

} // namespace pcs::storage
