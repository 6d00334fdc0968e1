#pragma once
// Deliberately wrong: the domain layer may not reach into storage. Used by the layering test to
// prove the check fails on a violation.
#include "pcs/storage/Database.h"
