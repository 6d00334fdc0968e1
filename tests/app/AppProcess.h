#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pcs::test {

struct AppRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real pcs-studio with its data and config folders inside `home` and no display at all
// (a subcommand that tried to open a window would fail), in the C locale.
AppRun runApp(const QTemporaryDir& home, const QStringList& arguments, int timeoutMs = 60000);

// Runs `pcs-studio demo` into `database` and returns the id of the first cohort `cohort list` names.
QString demoFirstCohort(const QTemporaryDir& home, const QString& database, int learners = 20);

} // namespace pcs::test
