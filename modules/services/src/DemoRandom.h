#pragma once

#include <QRandomGenerator>
#include <QString>

#include <cstddef>

namespace pcs::services {

// Draws from the seeded generator shared by the two halves of DemoData (DemoData.cpp,
// DemoAssessments.cpp), so that the same seed gives the same data.
template <typename T, size_t N> const T& pick(QRandomGenerator& random, const T (&list)[N])
{
    return list[random.bounded(int(N))];
}

// A version-4 UUID drawn from the seeded generator, so that the same seed gives the same ids.
QString seededUuid(QRandomGenerator& random);

} // namespace pcs::services
