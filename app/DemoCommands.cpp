#include "DemoCommands.h"

#include "CommandLine.h"
#include "CommandTable.h"
#include "pcs/services/DemoData.h"
#include "pcs/storage/Database.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace pcs::app {

int DemoCommands::run(const CommandContext& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const Invocation& invocation = context.invocation;
    if (invocation.database.isEmpty()) {
        err << services::DemoData::tr(
            "demo writes fake people and staff accounts, so it never goes into the default "
            "database: name a new file with --database PATH.")
            << '\n';
        return 2;
    }
    auto database = storage::Database::open(context.database);
    if (!database) {
        err << database.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const quint32 seed = invocation.seed;
    const auto figures = services::DemoData::generate(**database, invocation.learners, seed,
        invocation.intoExisting ? services::DemoTarget::IntoExisting : services::DemoTarget::EmptyOnly);
    if (!figures) {
        err << figures.error().message << '\n';
        return figures.error().kind == ErrorKind::Invalid ? 2 : 1;
    }
    out << services::DemoData::tr(
        "Created %1 organizations, %2 facilitators, %3 learners, %4 cohorts, %5 sessions, "
        "%6 attendance marks, %7 self-assessment answers, %8 submitted self-assessments, "
        "%9 SAW plans and %10 follow-ups in %11 s (seed %12).")
               .arg(figures->organizations)
               .arg(figures->facilitators)
               .arg(figures->learners)
               .arg(figures->cohorts)
               .arg(figures->sessions)
               .arg(figures->attendanceMarks)
               .arg(figures->answers)
               .arg(figures->submittedAssessments)
               .arg(figures->sawPlans)
               .arg(figures->followUps)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
               .arg(seed)
        << '\n';
    if (!figures->accounts.empty()) {
        out << services::DemoData::tr("Staff accounts to sign in with (the passwords are shown only now):")
            << '\n';
        for (const services::DemoAccount& account : figures->accounts)
            out << "  " << account.userName << "  " << account.password << "  ("
                << services::DemoData::tr("%1, %2").arg(account.displayName, roleKey(account.role)) << ")\n";
    }
    return 0;
}

} // namespace pcs::app
