#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

namespace pcs::test {

// A small curriculum package (one program, one topic, one tool, two items) whose description is
// `padding` characters long, so that a test can make curriculum content fill many pages.
CurriculumPackage smallCurriculum(int version, int padding = 0);

} // namespace pcs::test
