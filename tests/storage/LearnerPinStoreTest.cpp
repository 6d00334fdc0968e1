#include "AssessmentFixture.h"

#include "pcs/storage/LearnerPinStore.h"

#include <QFileInfo>

#include <SQLiteCpp/SQLiteCpp.h>

using namespace pcs;
using namespace pcs::test;

namespace {

const QString kPin = QStringLiteral("739164");
const QString kWrongPin = QStringLiteral("739165");
const QString kNotRight = QStringLiteral("That PIN is not right.");

struct Fixture : AssessmentFixture {
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
};

} // namespace

TEST_CASE("A PIN of 4 to 6 digits is set and checked and a wrong one is refused")
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

    for (const char* bad : {"123", "1234567", "12a4", "12 34", " 1234", "", "١٢٣٤", "１２３４"}) {
        INFO(bad);
        auto refused = f.pins.setPin(f.ben.id, QString::fromUtf8(bad), QStringLiteral("mgagnon"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message == QStringLiteral("A PIN is 4 to 6 digits (0-9), nothing else."));
    }
    CHECK(f.pins.hasPin(f.ben.id).value() == false);
    CHECK(f.pins.setPin(f.ben.id, QStringLiteral("0000"), QStringLiteral("mgagnon")).has_value());
    CHECK(f.pins.setPin(QStringLiteral("no-such-person"), kPin, QStringLiteral("mgagnon")).error().kind
        == ErrorKind::NotFound);

    // A new PIN replaces the old one.
    REQUIRE(f.pins.setPin(f.amina.id, QStringLiteral("2468"), QStringLiteral("mgagnon")).has_value());
    CHECK(f.checkMessage(kPin) == kNotRight);
    CHECK(f.checkMessage(QStringLiteral("2468")).isEmpty());

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
