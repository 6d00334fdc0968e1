#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

namespace pcs::test {

// A small bilingual curriculum package for the Curriculum workspace tests:
// - program "staff": workshop "staff-day-1" (a day from 09:00: welcome 30, behaviour 90, break 15,
//   practice 60) and "staff-half-day" (a half day from 09:30: review 60, break 15, agreement 105);
// - program "trainers": workshop "trainers-block" (a block from 13:00: 45 + 45);
// - tools 1 "understanding-behaviour" (only its prompts mention a landlord / propriétaire),
//   2 "consensus-building" (its French summary mentions a "réunion"), 3 "team-agreement";
//   six prompts each, Markdown job aids starting with "# <title>".
CurriculumPackage curriculumFixture();

} // namespace pcs::test
