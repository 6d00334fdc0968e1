#include "AssessmentFixture.h"

#include "pcs/storage/LearnerPinStore.h"

#include <QFileInfo>

#include <SQLiteCpp/SQLiteCpp.h>

#include <argon2.h>

using namespace pcs;
using namespace pcs::test;

namespace {

const QString kPin = QStringLiteral("739164");
const QString kWrongPin = QStringLiteral("739165");
const QString kNotRight = QStringLiteral("That PIN is not right.");
const QByteArray kKey(32, 'k'); // this computer's installation key in these tests

struct Fixture : AssessmentFixture {
    Fixture() { REQUIRE(storage::LearnerPinStore::setInstallationKey(kKey)); }
    storage::LearnerPinStore pins{*database, kCheapHash};

    QString checkMessage(const QString& pin)
    {
        auto checked = pins.checkPin(amina.id, pin);
        return checked ? QString() : checked.error().message;
    }

    int failedAttempts() const
    {
        auto raw = rawConnection(path);
        SQLite::Statement query(*raw, "SELECT failed_attempts FROM learner_pins WHERE person_id = ?");
        query.bind(1, amina.id.toStdString());
        REQUIRE(query.executeStep());
        return query.getColumn(0).getInt();
    }

    std::string storedHash(const QString& personId) const
    {
        auto raw = rawConnection(path);
        SQLite::Statement query(*raw, "SELECT pin_hash FROM learner_pins WHERE person_id = ?");
        query.bind(1, personId.toStdString());
        REQUIRE(query.executeStep());
        return query.getColumn(0).getString();
    }
};

} // namespace

TEST_CASE("A new PIN has the length asked for (6 digits unless set otherwise) and a wrong one is refused")
{
    Fixture f;
    CHECK(f.pins.hasPin(f.amina.id).value() == false);
    auto none = f.pins.checkPin(f.amina.id, kPin);
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().kind == ErrorKind::NotFound);

    REQUIRE(f.pins.setPin(f.amina.id, kPin, QStringLiteral("mgagnon")).has_value());
    CHECK(f.pins.hasPin(f.amina.id).value() == true);
    CHECK(f.pins.hasPin(f.ben.id).value() == false);
    CHECK(f.pins.checkPin(f.amina.id, kPin).has_value());
    auto wrong = f.pins.checkPin(f.amina.id, kWrongPin);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().kind == ErrorKind::Invalid);
    CHECK(wrong.error().message == kNotRight);
    CHECK(f.failedAttempts() == 1);
    CHECK(f.checkMessage(kPin).isEmpty()); // the right one again resets the count
    CHECK(f.failedAttempts() == 0);

    for (const char* bad :
        {"123", "1234", "12345", "1234567", "12a456", "123 56", " 23456", "", "١٢٣٤٥٦", "１２３４５６"}) {
        INFO(bad);
        auto refused = f.pins.setPin(f.ben.id, QString::fromUtf8(bad), QStringLiteral("mgagnon"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message == QStringLiteral("A new PIN is 6 digits (0-9), nothing else."));
    }
    CHECK(f.pins.hasPin(f.ben.id).value() == false);
    // Where the setting asks for 4 digits, 4 digits it is.
    CHECK(f.pins.setPin(f.ben.id, QStringLiteral("000000"), QStringLiteral("mgagnon"), 4).error().message
        == QStringLiteral("A new PIN is 4 digits (0-9), nothing else."));
    CHECK(f.pins.setPin(f.ben.id, QStringLiteral("0000"), QStringLiteral("mgagnon"), 4).has_value());
    CHECK(f.pins.checkPin(f.ben.id, QStringLiteral("0000")).has_value());
    CHECK(f.pins.setPin(QStringLiteral("no-such-person"), kPin, QStringLiteral("mgagnon")).error().kind
        == ErrorKind::NotFound);

    // A new PIN replaces the old one.
    REQUIRE(f.pins.setPin(f.amina.id, QStringLiteral("246813"), QStringLiteral("mgagnon")).has_value());
    CHECK(f.checkMessage(kPin) == kNotRight);
    CHECK(f.checkMessage(QStringLiteral("246813")).isEmpty());

    const auto set = f.audited(QStringLiteral("kiosk.pin-set"));
    REQUIRE(set.size() == 3);
    CHECK(set.front().subject == f.amina.id);
    CHECK(set.front().actor == QStringLiteral("mgagnon"));
    CHECK(f.audited(QStringLiteral("kiosk.pin-failed")).size() == 2);

    REQUIRE(f.pins.removePin(f.amina.id, QStringLiteral("mgagnon")).has_value());
    CHECK(f.pins.hasPin(f.amina.id).value() == false);
    CHECK(f.audited(QStringLiteral("kiosk.pin-removed")).size() == 1);
}

TEST_CASE("Wrong PINs cost the same growing wait as staff sign-in")
{
    Fixture f;
    REQUIRE(f.pins.setPin(f.amina.id, kPin, QStringLiteral("mgagnon")).has_value());
    for (int i = 1; i <= 3; ++i) {
        INFO("wrong PIN " << i);
        CHECK(f.checkMessage(kWrongPin) == kNotRight); // no wait for the first three
    }
    CHECK(f.checkMessage(kWrongPin) == kNotRight); // the fourth: 2 s from now
    auto locked = f.pins.checkPin(f.amina.id, kPin);
    REQUIRE_FALSE(locked.has_value());
    CHECK(locked.error().kind == ErrorKind::Locked);
    CHECK(locked.error().message == QStringLiteral("Too many wrong PINs. Try again in 2 seconds."));
    CHECK(f.failedAttempts() == 4); // a refused try is not counted: the PIN was not looked at

    f.clock.advanceSeconds(1);
    CHECK(f.checkMessage(kPin) == QStringLiteral("Too many wrong PINs. Try again in 1 second."));
    f.clock.advanceSeconds(1);
    CHECK(f.checkMessage(kWrongPin) == kNotRight); // the fifth: 4 s
    CHECK(f.checkMessage(kPin) == QStringLiteral("Too many wrong PINs. Try again in 4 seconds."));
    f.clock.advanceSeconds(4);
    CHECK(f.checkMessage(kPin).isEmpty());
    CHECK(f.failedAttempts() == 0);

    // The count is kept in the database: a new store (or a restarted kiosk) sees it.
    for (int i = 0; i < 4; ++i)
        CHECK(f.checkMessage(kWrongPin) == kNotRight);
    storage::LearnerPinStore restarted(*f.database, kCheapHash);
    CHECK(restarted.checkPin(f.amina.id, kPin).error().kind == ErrorKind::Locked);
    // Setting a new PIN lifts the wait.
    REQUIRE(f.pins.setPin(f.amina.id, kPin, QStringLiteral("mgagnon")).has_value());
    CHECK(f.checkMessage(kPin).isEmpty());
}

TEST_CASE("A PIN is kept only as a salted hash and never in the file bytes or the audit log")
{
    Fixture f;
    REQUIRE(f.pins.setPin(f.amina.id, kPin, QStringLiteral("mgagnon")).has_value());
    REQUIRE(f.pins.setPin(f.ben.id, kPin, QStringLiteral("mgagnon")).has_value());
    CHECK(f.pins.checkPin(f.amina.id, kWrongPin).error().message == kNotRight);

    std::vector<std::string> stored;
    {
        auto raw = rawConnection(f.path);
        SQLite::Statement hashes(*raw, "SELECT pin_hash FROM learner_pins ORDER BY person_id");
        while (hashes.executeStep())
            stored.push_back(hashes.getColumn(0).getString());
    }
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].starts_with("$argon2id$v=19$m=1024,t=1,p=1$"));
    CHECK(stored[0].find("#pin-key=") != std::string::npos); // and the key it was made with
    CHECK(stored[0] != stored[1]); // same PIN, different salt

    CHECK_FALSE(auditMentions(f.audit(), kPin));
    CHECK_FALSE(auditMentions(f.audit(), kWrongPin));

    const QStringList files = {f.path, f.path + QStringLiteral("-wal"), f.path + QStringLiteral("-shm")};
    const auto checkFiles = [&] {
        int withHash = 0;
        for (const QString& file : files) {
            if (!QFileInfo::exists(file))
                continue;
            const QByteArray bytes = readFile(file);
            INFO(file.toStdString());
            CHECK_FALSE(bytes.isEmpty());
            CHECK_FALSE(bytes.contains(kPin.toUtf8()));
            CHECK_FALSE(bytes.contains(kWrongPin.toUtf8()));
            if (bytes.contains(QByteArray("$argon2id$v=19$")))
                ++withHash;
        }
        return withHash;
    };
    CHECK(checkFiles() >= 1);
    f.database.reset(); // checkpoints the log into the file
    CHECK(checkFiles() == 1);
}

TEST_CASE("A copied database alone does not give a PIN away: the hash is keyed outside it")
{
    Fixture f;
    REQUIRE(f.pins.setPin(f.amina.id, kPin, QStringLiteral("mgagnon")));
    const std::string stored = f.storedHash(f.amina.id);
    const std::string phc = stored.substr(0, stored.find('#'));
    // Someone with the file tries the right PIN against the Argon2id hash it holds: no match, since
    // what was hashed is a keyed digest of the PIN, not the PIN.
    const std::string pin = kPin.toStdString();
    CHECK(argon2id_verify(phc.c_str(), pin.data(), pin.size()) == ARGON2_VERIFY_MISMATCH);
    CHECK(f.pins.checkPin(f.amina.id, kPin));

    // The same database on a computer with another key: the PIN is told apart from a wrong one.
    REQUIRE(storage::LearnerPinStore::setInstallationKey(QByteArray(32, 'o')));
    auto elsewhere = f.pins.checkPin(f.amina.id, kPin);
    REQUIRE_FALSE(elsewhere);
    CHECK(elsewhere.error().message.contains(QStringLiteral("set on another computer")));
    CHECK(f.failedAttempts() == 0); // not counted as a wrong PIN
    REQUIRE(storage::LearnerPinStore::setInstallationKey(kKey));
    CHECK(f.pins.checkPin(f.amina.id, kPin));

    CHECK_FALSE(storage::LearnerPinStore::setInstallationKey(QByteArray(16, 'x'))); // not a key
    CHECK(f.pins.checkPin(f.amina.id, kPin)); // and the one in use stays
}

TEST_CASE("A PIN hashed before keys existed still opens and is keyed from then on")
{
    Fixture f;
    // As an older PCS Studio stored it: Argon2id over the PIN itself.
    const std::string pin = "4821";
    const std::string salt = "0123456789abcdef";
    std::vector<char> encoded(argon2_encodedlen(1, 1024, 1, uint32_t(salt.size()), 32, Argon2_id));
    REQUIRE(argon2id_hash_encoded(1, 1024, 1, pin.data(), pin.size(), salt.data(), salt.size(), 32,
                encoded.data(), encoded.size())
        == ARGON2_OK);
    {
        SQLite::Database raw(f.path.toStdString(), SQLite::OPEN_READWRITE);
        SQLite::Statement insert(raw,
            "INSERT INTO learner_pins(person_id, pin_hash, failed_attempts, set_at, set_by) "
            "VALUES (?, ?, 0, '2026-01-01T00:00:00.000Z', 'old')");
        insert.bind(1, f.amina.id.toStdString());
        insert.bind(2, std::string(encoded.data()));
        insert.exec();
    }
    CHECK(f.checkMessage(QStringLiteral("4820")) == kNotRight);
    f.clock.advanceSeconds(60);
    CHECK(f.checkMessage(QStringLiteral("4821")).isEmpty());
    const std::string rehashed = f.storedHash(f.amina.id);
    CHECK(rehashed.find("#pin-key=") != std::string::npos);
    CHECK(f.checkMessage(QStringLiteral("4821")).isEmpty());
    CHECK(f.checkMessage(QStringLiteral("4820")) == kNotRight);
}
