#include "pcs/domain/Account.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace pcs;
using namespace std::chrono_literals;

TEST_CASE("The first three wrong passwords cost no wait")
{
    CHECK(signInDelayAfter(0) == 0s);
    CHECK(signInDelayAfter(1) == 0s);
    CHECK(signInDelayAfter(2) == 0s);
    CHECK(signInDelayAfter(3) == 0s);
    CHECK(signInDelayAfter(-1) == 0s);
}

TEST_CASE("From the fourth wrong password the wait doubles from 2 seconds")
{
    CHECK(signInDelayAfter(4) == 2s);
    CHECK(signInDelayAfter(5) == 4s);
    CHECK(signInDelayAfter(6) == 8s);
    CHECK(signInDelayAfter(7) == 16s);
    CHECK(signInDelayAfter(10) == 128s);
    CHECK(signInDelayAfter(11) == 256s);
}

TEST_CASE("The sign-in wait never exceeds five minutes")
{
    CHECK(signInDelayAfter(12) == 300s);
    CHECK(signInDelayAfter(13) == 300s);
    CHECK(signInDelayAfter(40) == 300s);
    CHECK(signInDelayAfter(70) == 300s); // past the width of a 64-bit shift
    CHECK(signInDelayAfter(std::numeric_limits<int>::max()) == 300s);
    for (int failures = 0; failures < 100; ++failures)
        CHECK(signInDelayAfter(failures) <= signInDelayAfter(failures + 1));
}

TEST_CASE("Roles have stable stored keys and unknown keys are refused")
{
    CHECK(roleKey(Role::Administrator) == QStringLiteral("administrator"));
    CHECK(roleKey(Role::Facilitator) == QStringLiteral("facilitator"));
    CHECK(roleKey(Role::Trainer) == QStringLiteral("trainer"));
    for (Role role : {Role::Administrator, Role::Facilitator, Role::Trainer})
        CHECK(roleFromKey(roleKey(role)) == role);
    CHECK_FALSE(roleFromKey(QStringLiteral("Administrator")).has_value());
    CHECK_FALSE(roleFromKey(QStringLiteral("learner")).has_value());
    CHECK_FALSE(roleFromKey(QString()).has_value());
}
