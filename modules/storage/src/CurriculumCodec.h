#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QByteArray>

#include <optional>

namespace pcs::storage {

// The whole package as one canonical JSON document, the form each imported version is kept in.
// Canonical: the same package always gives the same bytes, so a hash tells versions apart.
QByteArray encodeCurriculum(const CurriculumPackage& package);
std::optional<CurriculumPackage> decodeCurriculum(const QByteArray& json);

} // namespace pcs::storage
