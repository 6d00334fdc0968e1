#include "pcs/domain/Account.h"

#include <algorithm>

namespace pcs {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Facilitator:
        return QStringLiteral("facilitator");
    case Role::Trainer:
        return QStringLiteral("trainer");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : {Role::Administrator, Role::Facilitator, Role::Trainer})
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

std::chrono::seconds signInDelayAfter(int consecutiveFailures)
{
    constexpr int kFreeFailures = 3;
    constexpr std::chrono::seconds kLongest{300};
    if (consecutiveFailures <= kFreeFailures)
        return std::chrono::seconds{0};
    const int doublings = consecutiveFailures - kFreeFailures; // 1 after the 4th failure
    if (doublings >= 9) // 2^9 = 512 s is past the cap; stop before the shift could overflow
        return kLongest;
    return std::min(std::chrono::seconds{qint64(1) << doublings}, kLongest);
}

} // namespace pcs
