#pragma once
// Deliberately wrong: a use case may not use widgets (it runs from the command line, without a
// display). Used by the layering test to prove the check fails on a violation.
#include <QWidget>
