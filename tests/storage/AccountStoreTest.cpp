#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/domain/Account.h"
#include "pcs/storage/AccountStore.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Migration.h"
#include "pcs/storage/PeopleStore.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QUuid>

#include <algorithm>

using namespace pcs;
using namespace pcs::test;

namespace {

// Cheap Argon2id parameters, so that the tests run in milliseconds; the code path is the same.
constexpr storage::PasswordHashParameters kCheap{1, 1024, 1};

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

const QString kRightPassword = utf8("correct horse battery staple");
const QString kWrongPassword = utf8("wrong horse battery stapler");
const QString kWrongMessage = utf8("The user name or password is not right.");

storage::OpenOptions withClock(const Clock& clock)
{
    storage::OpenOptions options;
    options.clock = &clock;
    return options;
}

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("accounts.sqlite"));
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC)};
    std::unique_ptr<storage::Database> database = openOrFail(path, withClock(clock));
    storage::AccountStore accounts{*database, kCheap};

    Account add(
        const QString& userName, Role role = Role::Facilitator, const QString& password = kRightPassword)
    {
        Account account;
        account.userName = userName;
        account.displayName = userName;
        account.role = role;
        auto created = accounts.create(account, password, QStringLiteral("setup"));
        if (!created)
            FAIL("create failed: " << created.error().message.toStdString());
        return *created;
    }

    std::vector<AuditEntry> audit() const
    {
        auto entries = storage::AuditLogStore(*database).latest(1000);
        REQUIRE(entries.has_value());
        return *entries;
    }

    std::vector<AuditEntry> audited(const QString& action) const
    {
        std::vector<AuditEntry> found;
        for (const AuditEntry& entry : audit())
            if (entry.action == action)
                found.push_back(entry);
        return found;
    }

    int failedAttempts(const QString& accountId) const
    {
        auto raw = rawConnection(path);
        SQLite::Statement query(*raw, "SELECT failed_attempts FROM accounts WHERE id = ?");
        query.bind(1, accountId.toStdString());
        REQUIRE(query.executeStep());
        return query.getColumn(0).getInt();
    }

    std::string storedHash(const QString& accountId) const
    {
        auto raw = rawConnection(path);
        SQLite::Statement query(*raw, "SELECT password_hash FROM accounts WHERE id = ?");
        query.bind(1, accountId.toStdString());
        REQUIRE(query.executeStep());
        return query.getColumn(0).getString();
    }
};

bool containsAnywhere(const std::vector<AuditEntry>& entries, const QString& text)
{
    return std::any_of(entries.begin(), entries.end(), [&](const AuditEntry& e) {
        return e.actor.contains(text) || e.subject.contains(text) || e.details.contains(text)
            || e.action.contains(text);
    });
}

} // namespace

TEST_CASE("On first run there is no administrator until one is created")
{
    Fixture f;
    CHECK(f.accounts.hasAdministrator().value() == false);
    f.add(QStringLiteral("facilitator1"), Role::Facilitator);
    CHECK(f.accounts.hasAdministrator().value() == false);

    Account disabledAdmin;
    disabledAdmin.userName = QStringLiteral("dormant");
    disabledAdmin.role = Role::Administrator;
    disabledAdmin.disabled = true;
    REQUIRE(f.accounts.create(disabledAdmin, kRightPassword, QStringLiteral("setup")));
    CHECK(f.accounts.hasAdministrator().value() == false);

    f.add(QStringLiteral("admin"), Role::Administrator);
    CHECK(f.accounts.hasAdministrator().value() == true);
}

TEST_CASE("An account signs in with its password and both steps are audited")
{
    Fixture f;
    const Account created = f.add(QStringLiteral("mlavoie"), Role::Trainer);
    CHECK_FALSE(QUuid::fromString(created.id).isNull());

    auto signedIn = f.accounts.signIn(QStringLiteral("mlavoie"), kRightPassword);
    REQUIRE(signedIn.has_value());
    CHECK(*signedIn == created);
    CHECK(signedIn->role == Role::Trainer);

    const auto createdEntries = f.audited(QStringLiteral("account.created"));
    REQUIRE(createdEntries.size() == 1);
    CHECK(createdEntries[0].subject == created.id);
    CHECK(createdEntries[0].details == QStringLiteral("trainer"));
    CHECK(createdEntries[0].actor == QStringLiteral("setup"));
    const auto signedInEntries = f.audited(QStringLiteral("account.signed-in"));
    REQUIRE(signedInEntries.size() == 1);
    CHECK(signedInEntries[0].subject == created.id);
    CHECK(signedInEntries[0].atUtc == f.clock.nowUtc());
}

TEST_CASE("Three wrong passwords cost no wait and after the fourth the next try waits 2 seconds")
{
    Fixture f;
    const Account account = f.add(QStringLiteral("jtremblay"));

    for (int i = 1; i <= 3; ++i) {
        auto wrong = f.accounts.signIn(QStringLiteral("jtremblay"), kWrongPassword);
        REQUIRE_FALSE(wrong.has_value());
        CHECK(wrong.error().kind == ErrorKind::Invalid);
        CHECK(wrong.error().message == kWrongMessage);
    }
    CHECK(f.failedAttempts(account.id) == 3);

    // No wait yet: the fourth wrong password is checked (and counted), not refused.
    auto fourth = f.accounts.signIn(QStringLiteral("jtremblay"), kWrongPassword);
    REQUIRE_FALSE(fourth.has_value());
    CHECK(fourth.error().kind == ErrorKind::Invalid);
    CHECK(f.failedAttempts(account.id) == 4);

    // Now even the right password is refused without being looked at, and nothing more is counted.
    auto locked = f.accounts.signIn(QStringLiteral("jtremblay"), kRightPassword);
    REQUIRE_FALSE(locked.has_value());
    CHECK(locked.error().kind == ErrorKind::Locked);
    CHECK(locked.error().message.contains(QStringLiteral("2 seconds")));
    f.clock.advanceSeconds(1);
    auto stillLocked = f.accounts.signIn(QStringLiteral("jtremblay"), kRightPassword);
    REQUIRE_FALSE(stillLocked.has_value());
    CHECK(stillLocked.error().kind == ErrorKind::Locked);
    CHECK(stillLocked.error().message.contains(QStringLiteral("1 second")));
    CHECK(f.failedAttempts(account.id) == 4);

    f.clock.advanceSeconds(1);
    auto signedIn = f.accounts.signIn(QStringLiteral("jtremblay"), kRightPassword);
    REQUIRE(signedIn.has_value());
    CHECK(f.failedAttempts(account.id) == 0);

    // The count started again: a wrong password right away is checked, not refused.
    auto again = f.accounts.signIn(QStringLiteral("jtremblay"), kWrongPassword);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().kind == ErrorKind::Invalid);
    CHECK(f.failedAttempts(account.id) == 1);
}

TEST_CASE("The wait doubles with each further wrong password and stops at 300 seconds")
{
    Fixture f;
    const Account account = f.add(QStringLiteral("slee"));
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(f.accounts.signIn(QStringLiteral("slee"), kWrongPassword));

    const std::vector<int> expectedWaits = {2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300};
    int failures = 4;
    for (const int wait : expectedWaits) {
        INFO("after " << failures << " wrong passwords");
        f.clock.advanceSeconds(wait - 1);
        auto early = f.accounts.signIn(QStringLiteral("slee"), kRightPassword);
        REQUIRE_FALSE(early.has_value());
        CHECK(early.error().kind == ErrorKind::Locked);
        CHECK(early.error().message.contains(QStringLiteral("1 second")));
        f.clock.advanceSeconds(1);
        auto checked = f.accounts.signIn(QStringLiteral("slee"), kWrongPassword);
        REQUIRE_FALSE(checked.has_value());
        CHECK(checked.error().kind == ErrorKind::Invalid);
        ++failures;
        CHECK(f.failedAttempts(account.id) == failures);
    }
    auto capped = f.accounts.signIn(QStringLiteral("slee"), kRightPassword);
    REQUIRE_FALSE(capped.has_value());
    CHECK(capped.error().message.contains(QStringLiteral("300 seconds")));
    f.clock.advanceSeconds(300);
    CHECK(f.accounts.signIn(QStringLiteral("slee"), kRightPassword).has_value());
}

TEST_CASE("The wait is kept in the database and outlasts reopening it")
{
    Fixture f;
    const Account account = f.add(QStringLiteral("rgagnon"));
    for (int i = 0; i < 5; ++i) { // the fifth is checked 2 s after the fourth, then the wait is 4 s
        REQUIRE(
            f.accounts.signIn(QStringLiteral("rgagnon"), kWrongPassword).error().kind == ErrorKind::Invalid);
        if (i == 3)
            f.clock.advanceSeconds(2);
    }
    f.database.reset();
    CHECK(f.failedAttempts(account.id) == 5);

    f.clock.advanceSeconds(1);
    auto reopened = openOrFail(f.path, withClock(f.clock));
    storage::AccountStore accounts(*reopened, kCheap);
    auto locked = accounts.signIn(QStringLiteral("rgagnon"), kRightPassword);
    REQUIRE_FALSE(locked.has_value());
    CHECK(locked.error().kind == ErrorKind::Locked);
    CHECK(locked.error().message.contains(QStringLiteral("3 seconds")));
    f.clock.advanceSeconds(3);
    CHECK(accounts.signIn(QStringLiteral("rgagnon"), kRightPassword).has_value());
}

TEST_CASE("An unknown user name gets the same answer as a wrong password and is not recorded")
{
    Fixture f;
    f.add(QStringLiteral("known"));
    auto wrong = f.accounts.signIn(QStringLiteral("known"), kWrongPassword);
    auto unknown = f.accounts.signIn(QStringLiteral("nobody-here"), kWrongPassword);
    REQUIRE_FALSE(wrong.has_value());
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().kind == wrong.error().kind);
    CHECK(unknown.error().message == wrong.error().message);
    CHECK(unknown.error().message == kWrongMessage);

    const auto failed = f.audited(QStringLiteral("account.sign-in-failed"));
    CHECK(failed.size() == 2);
    CHECK_FALSE(containsAnywhere(f.audit(), QStringLiteral("nobody-here")));
}

TEST_CASE("Passwords are kept only as salted Argon2id hashes, never in the file or the audit log")
{
    Fixture f;
    const QString secret = utf8("Tr0ub4dor&3 kiosk-laptop");
    const QString mistyped = utf8("Tr0ub4dor&3 kiosk-laptoq");
    const Account first = f.add(QStringLiteral("first"), Role::Administrator, secret);
    const Account second = f.add(QStringLiteral("second"), Role::Facilitator, secret);
    REQUIRE(f.accounts.signIn(QStringLiteral("first"), secret));
    REQUIRE_FALSE(f.accounts.signIn(QStringLiteral("second"), mistyped));
    REQUIRE(f.accounts.resetPassword(second.id, secret + QStringLiteral("!"), QStringLiteral("first")));

    const std::string firstHash = f.storedHash(first.id);
    const std::string secondHash = f.storedHash(second.id);
    CHECK(firstHash.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"));
    CHECK(secondHash.starts_with("$argon2id$"));
    CHECK(firstHash != secondHash);
    // Same password, different salt: the hashes differ in their salt part too.
    const auto saltOf = [](const std::string& hash) { return hash.substr(0, hash.rfind('$')); };
    CHECK(saltOf(firstHash) != saltOf(f.storedHash(second.id)));

    const auto audit = f.audit();
    CHECK_FALSE(audit.empty());
    CHECK_FALSE(containsAnywhere(audit, secret));
    CHECK_FALSE(containsAnywhere(audit, mistyped));

    // The bytes on disk while open (the write-ahead log holds the newest pages), then after close.
    const QByteArray secretBytes = secret.toUtf8();
    const QByteArray mistypedBytes = mistyped.toUtf8();
    const QByteArray resetBytes = (secret + QStringLiteral("!")).toUtf8();
    const QStringList files = {f.path, f.path + QStringLiteral("-wal"), f.path + QStringLiteral("-shm")};
    // Returns how many of the files hold a hash: proof that the bytes read are the ones written.
    const auto checkFiles = [&] {
        int withHash = 0;
        for (const QString& file : files) {
            if (!QFileInfo::exists(file))
                continue;
            const QByteArray bytes = readFile(file);
            INFO(file.toStdString());
            CHECK_FALSE(bytes.isEmpty());
            CHECK_FALSE(bytes.contains(secretBytes));
            CHECK_FALSE(bytes.contains(mistypedBytes));
            CHECK_FALSE(bytes.contains(resetBytes));
            if (bytes.contains(QByteArray("$argon2id$v=19$")))
                ++withHash;
        }
        return withHash;
    };
    CHECK(QFileInfo::exists(f.path + QStringLiteral("-wal")));
    CHECK(checkFiles() >= 1);
    f.database.reset(); // checkpoints the log into the file and removes it
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral("-wal")));
    CHECK(checkFiles() == 1);
}

TEST_CASE("A hash made with the production parameters records them and a cheaper store verifies it")
{
    Fixture f;
    storage::AccountStore production(*f.database);
    Account account;
    account.userName = QStringLiteral("prod");
    account.role = Role::Administrator;
    auto created = production.create(account, kRightPassword, QStringLiteral("setup"));
    REQUIRE(created.has_value());
    CHECK(f.storedHash(created->id).starts_with("$argon2id$v=19$m=65536,t=3,p=1$"));
    CHECK(f.accounts.signIn(QStringLiteral("prod"), kRightPassword).has_value());
    CHECK_FALSE(f.accounts.signIn(QStringLiteral("prod"), kWrongPassword).has_value());
}

TEST_CASE("User names with quotes, SQL, emoji and accents are stored and signed in verbatim")
{
    Fixture f;
    const QString injection = utf8("Robert'); DROP TABLE accounts;--");
    const QString accented = utf8("Émilie Côté-Nguyễn 🌲");
    const Account a = f.add(injection);
    const Account b = f.add(accented);

    auto raw = rawConnection(f.path);
    CHECK(raw->tableExists("accounts"));
    CHECK(raw->execAndGet("SELECT count(*) FROM accounts").getInt() == 2);

    auto first = f.accounts.signIn(injection, kRightPassword);
    REQUIRE(first.has_value());
    CHECK(first->userName == injection);
    CHECK(first->id == a.id);
    auto second = f.accounts.signIn(accented, kRightPassword);
    REQUIRE(second.has_value());
    CHECK(second->userName == accented);
    CHECK(second->id == b.id);

    // Case ignored beyond ASCII, and the decomposed spelling of the accents is the same name.
    auto otherCase = f.accounts.signIn(utf8("éMILIE CÔTÉ-NGUYỄN 🌲"), kRightPassword);
    REQUIRE(otherCase.has_value());
    CHECK(otherCase->userName == accented);
    auto decomposed = f.accounts.byUserName(accented.normalized(QString::NormalizationForm_D));
    REQUIRE(decomposed.has_value());
    REQUIRE(decomposed->has_value());
    CHECK((*decomposed)->id == b.id);

    auto listed = f.accounts.list();
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 2);
    CHECK(((*listed)[0].userName == accented || (*listed)[1].userName == accented));
    CHECK(((*listed)[0].userName == injection || (*listed)[1].userName == injection));
}

TEST_CASE("Passwords with emoji and accents work when typed in either Unicode form")
{
    Fixture f;
    const QString password = utf8("crème brûlée 🔐🍮 à l'érable");
    f.add(QStringLiteral("chef"), Role::Facilitator, password);
    CHECK(f.accounts.signIn(QStringLiteral("chef"), password).has_value());
    CHECK(f.accounts.signIn(QStringLiteral("chef"), password.normalized(QString::NormalizationForm_D))
              .has_value());
    CHECK_FALSE(f.accounts.signIn(QStringLiteral("chef"), utf8("creme brulee 🔐🍮 a l'erable")).has_value());
    CHECK_FALSE(f.accounts.signIn(QStringLiteral("chef"), utf8("crème brûlée 🔐 à l'érable")).has_value());
}

TEST_CASE("A user name already taken in another case is refused")
{
    Fixture f;
    f.add(QStringLiteral("mlavoie"));
    f.add(utf8("émilie"));
    Account account;
    for (const QString& name : {QStringLiteral("MLavoie"), QStringLiteral("  mlavoie "), utf8("ÉMILIE")}) {
        INFO(name.toStdString());
        account.userName = name;
        auto duplicate = f.accounts.create(account, kRightPassword, QStringLiteral("setup"));
        REQUIRE_FALSE(duplicate.has_value());
        CHECK(duplicate.error().kind == ErrorKind::Invalid);
        CHECK(duplicate.error().message.contains(QStringLiteral("taken")));
    }
    account.userName = QStringLiteral("   ");
    auto blank = f.accounts.create(account, kRightPassword, QStringLiteral("setup"));
    REQUIRE_FALSE(blank.has_value());
    CHECK(blank.error().message.contains(QStringLiteral("user name")));
    CHECK(f.accounts.list()->size() == 2);
    CHECK(f.audited(QStringLiteral("account.created")).size() == 2);
}

TEST_CASE("A password shorter than 8 characters is refused everywhere")
{
    Fixture f;
    const Account account = f.add(QStringLiteral("short"));
    Account other;
    other.userName = QStringLiteral("other");
    // Seven emoji are fourteen UTF-16 units but seven characters.
    for (const QString& tooShort : {QStringLiteral("seven77"), QString(), utf8("🔐🔐🔐🔐🔐🔐🔐")}) {
        auto created = f.accounts.create(other, tooShort, QStringLiteral("setup"));
        REQUIRE_FALSE(created.has_value());
        CHECK(created.error().kind == ErrorKind::Invalid);
        CHECK(created.error().message.contains(QStringLiteral("8 characters")));
        CHECK_FALSE(f.accounts.resetPassword(account.id, tooShort, QStringLiteral("admin")).has_value());
        CHECK_FALSE(f.accounts.changePassword(account.id, kRightPassword, tooShort).has_value());
    }
    CHECK_FALSE(f.accounts.byUserName(QStringLiteral("other"))->has_value());
    CHECK(f.accounts.signIn(QStringLiteral("short"), kRightPassword).has_value());
    CHECK(f.accounts.create(other, QStringLiteral("eight888"), QStringLiteral("setup")).has_value());
}

TEST_CASE("A disabled account cannot sign in until enabled again")
{
    Fixture f;
    const Account admin = f.add(QStringLiteral("admin"), Role::Administrator);
    const Account account = f.add(QStringLiteral("leaving"));
    REQUIRE(f.accounts.setDisabled(account.id, true, QStringLiteral("admin")));
    CHECK(f.accounts.byUserName(QStringLiteral("leaving"))->value().disabled);

    auto refused = f.accounts.signIn(QStringLiteral("leaving"), kRightPassword);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("disabled")));
    // A wrong password gets the usual answer: being disabled is told only to who knows the password.
    auto wrong = f.accounts.signIn(QStringLiteral("leaving"), kWrongPassword);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().message == kWrongMessage);
    CHECK(f.audited(QStringLiteral("account.signed-in")).empty());

    REQUIRE(f.accounts.setDisabled(account.id, false, QStringLiteral("admin")));
    CHECK(f.accounts.signIn(QStringLiteral("leaving"), kRightPassword).has_value());
    REQUIRE(f.audited(QStringLiteral("account.disabled")).size() == 1);
    CHECK(f.audited(QStringLiteral("account.disabled"))[0].actor == QStringLiteral("admin"));
    CHECK(f.audited(QStringLiteral("account.enabled")).size() == 1);

    // The last enabled administrator stays enabled, or nobody could manage accounts again.
    auto last = f.accounts.setDisabled(admin.id, true, QStringLiteral("admin"));
    REQUIRE_FALSE(last.has_value());
    CHECK(last.error().message.contains(QStringLiteral("only administrator")));
    CHECK(f.accounts.hasAdministrator().value());
}

TEST_CASE("Changing a password needs the current one")
{
    Fixture f;
    const Account account = f.add(QStringLiteral("changer"));
    const QString next = utf8("a brand new passphrase");

    auto refused = f.accounts.changePassword(account.id, kWrongPassword, next);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message == kWrongMessage);
    CHECK(f.failedAttempts(account.id) == 1);
    CHECK(f.accounts.signIn(QStringLiteral("changer"), kRightPassword).has_value());

    REQUIRE(f.accounts.changePassword(account.id, kRightPassword, next));
    CHECK_FALSE(f.accounts.signIn(QStringLiteral("changer"), kRightPassword).has_value());
    CHECK(f.accounts.signIn(QStringLiteral("changer"), next).has_value());
    REQUIRE(f.audited(QStringLiteral("account.password-changed")).size() == 1);
    CHECK(f.audited(QStringLiteral("account.password-changed"))[0].subject == account.id);

    auto missing = f.accounts.changePassword(QStringLiteral("no-such-id"), next, kRightPassword);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("An administrator's reset sets a new password and lifts the wait")
{
    Fixture f;
    f.add(QStringLiteral("admin"), Role::Administrator);
    const Account account = f.add(QStringLiteral("forgetful"));
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(f.accounts.signIn(QStringLiteral("forgetful"), kWrongPassword));
    REQUIRE(f.accounts.signIn(QStringLiteral("forgetful"), kRightPassword).error().kind == ErrorKind::Locked);

    const QString temporary = utf8("temporary pass 2026");
    REQUIRE(f.accounts.resetPassword(account.id, temporary, QStringLiteral("admin")));
    CHECK(f.failedAttempts(account.id) == 0);
    CHECK(f.accounts.signIn(QStringLiteral("forgetful"), temporary).has_value());
    CHECK_FALSE(f.accounts.signIn(QStringLiteral("forgetful"), kRightPassword).has_value());

    const auto reset = f.audited(QStringLiteral("account.password-reset"));
    REQUIRE(reset.size() == 1);
    CHECK(reset[0].actor == QStringLiteral("admin"));
    CHECK(reset[0].subject == account.id);
}

TEST_CASE("Account audit entries cover every step and never hold a password")
{
    Fixture f;
    const QString secrets[]
        = {kRightPassword, kWrongPassword, utf8("reset by the admin"), utf8("changed by me!")};
    const Account admin = f.add(QStringLiteral("admin"), Role::Administrator);
    const Account user = f.add(QStringLiteral("user"));
    REQUIRE(f.accounts.signIn(QStringLiteral("user"), kRightPassword));
    REQUIRE_FALSE(f.accounts.signIn(QStringLiteral("user"), kWrongPassword));
    REQUIRE_FALSE(f.accounts.signIn(kWrongPassword, kRightPassword)); // a password typed as the name
    REQUIRE(f.accounts.resetPassword(user.id, secrets[2], admin.userName));
    REQUIRE(f.accounts.changePassword(user.id, secrets[2], secrets[3]));
    REQUIRE(f.accounts.setDisabled(user.id, true, admin.userName));

    const auto audit = f.audit();
    QStringList actions;
    for (const AuditEntry& entry : audit)
        actions << entry.action;
    for (const char* action : {"account.created", "account.signed-in", "account.sign-in-failed",
             "account.password-reset", "account.password-changed", "account.disabled"})
        CHECK(actions.contains(QString::fromLatin1(action)));
    for (const QString& secret : secrets) {
        INFO(secret.toStdString());
        CHECK_FALSE(containsAnywhere(audit, secret));
    }
}

TEST_CASE("Schema version 5 adds the accounts table to a version 4 database")
{
    CHECK(storage::latestSchemaVersion() >= 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    QString personId;
    {
        const std::vector<storage::Migration> upToV4(
            storage::schemaMigrations().begin(), storage::schemaMigrations().begin() + 4);
        storage::OpenOptions options;
        options.migrations = &upToV4;
        auto v4 = openOrFail(path, options);
        REQUIRE(v4->schemaVersion() == 4);
        Person person;
        person.firstName = QStringLiteral("Marie");
        person.lastName = QStringLiteral("Lavoie");
        personId = storage::PeopleStore(*v4).add(person).value().id;
        CHECK_FALSE(rawConnection(path)->tableExists("accounts"));
    }

    const std::vector<storage::Migration> upToV5(
        storage::schemaMigrations().begin(), storage::schemaMigrations().begin() + 5);
    storage::OpenOptions toV5;
    toV5.migrations = &upToV5;
    auto upgraded = openOrFail(path, toV5);
    CHECK(upgraded->schemaVersion() == 5);
    CHECK(upgraded->appliedMigrations() == std::vector<int>{5});
    CHECK(rawConnection(path)->tableExists("accounts"));

    storage::AccountStore accounts(*upgraded, kCheap);
    CHECK(accounts.hasAdministrator().value() == false);
    Account linked;
    linked.userName = QStringLiteral("mlavoie");
    linked.role = Role::Facilitator;
    linked.personId = personId;
    auto created = accounts.create(linked, kRightPassword, QStringLiteral("setup"));
    REQUIRE(created.has_value());
    CHECK(accounts.byUserName(QStringLiteral("mlavoie"))->value().personId == personId);

    linked.userName = QStringLiteral("ghost");
    linked.personId = QStringLiteral("no-such-person");
    auto unlinked = accounts.create(linked, kRightPassword, QStringLiteral("setup"));
    REQUIRE_FALSE(unlinked.has_value());
    CHECK(unlinked.error().kind == ErrorKind::NotFound);

    // The schema itself refuses what the store would never write.
    auto raw = rawConnection(path, true);
    CHECK_THROWS(
        raw->exec("INSERT INTO accounts(id, user_name, user_key, display_name, role, password_hash, "
                  "created_at, password_changed_at) VALUES ('x', 'x', 'x', 'x', 'learner', 'h', 't', 't')"));
}
