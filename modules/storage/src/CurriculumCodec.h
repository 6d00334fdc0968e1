#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QByteArray>

#include <optional>

namespace pcs::storage {

// The whole package as one canonical JSON document, the form each imported version is kept in.
// Canonical: the same package always gives the same bytes, so a hash tells versions apart.
QByteArray encodeCurriculum(const CurriculumPackage& package);
std::optional<CurriculumPackage> decodeCurriculum(const QByteArray& json);

// A session's own agenda as a JSON array of blocks in the same form; empty bytes for no blocks.
QByteArray encodeAgenda(const std::vector<AgendaBlock>& blocks);
// Nothing for bytes that are not such an array.
std::optional<std::vector<AgendaBlock>> decodeAgenda(const QByteArray& json);

} // namespace pcs::storage
