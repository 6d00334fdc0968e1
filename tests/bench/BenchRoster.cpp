// bench_roster [ROWS...]: how long a roster import takes, from the file to the committed cohort, for
// files of ROWS learners (default 10,000 and 100,000), and the peak memory of the process.
// Each size runs on a fresh copy of one database: a 2,000-learner demo (so that known people are
// looked up among many) plus an empty cohort. The file has realistic rows: 1 in 20 repeats an earlier
// row of the file (same name in capitals, no email), 1 in 50 is a person the demo already knows.
// Figures printed, per size: reading the file, the dry run (the window's preview and `roster import
// --dry-run`), the import itself, each in wall time and in CPU time of the process. Asserts nothing.

#include "pcs/exchange/RosterCsv.h"
#include "pcs/services/CohortFiles.h"
#include "pcs/services/DemoData.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace pcs;

namespace {

const char* const kFirst[] = {"Amina", "Jean-François", "Priya", "Tom", "Hélène", "Marie-Claude", "Zoé",
    "Kwame", "Nadia", "Owen", "Siobhan", "Mateo", "Aïcha", "Liam", "Chloé", "Ravi"};
const char* const kLast[] = {"Haddad", "Lévesque", "Natarajan", "Whitehorse", "Côté", "Gagnon", "Roy",
    "Mensah", "Okafor", "Tremblay", "O'Brien", "Bélanger", "Nguyen", "Singh", "Moreau", "Kowalski"};

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_roster: %s\n", qPrintable(message));
    std::exit(1);
}

// A roster of `rows` learners as a facilitator's spreadsheet would have it.
QByteArray rosterFile(int rows, const std::vector<Person>& known)
{
    QByteArray bytes = "First name,Last name,Email,Organization,Role,Language\r\n";
    bytes.reserve(qsizetype(rows) * 110);
    for (int i = 0; i < rows; ++i) {
        QString first, last, email;
        if (i % 50 == 49 && !known.empty()) {
            const Person& person = known[std::size_t(i / 50) % known.size()];
            first = person.firstName;
            last = person.lastName;
            email = person.email;
        } else {
            const int n = i % 20 == 19 ? i - 7 : i; // a repeat of an earlier row
            first = QString::fromUtf8(kFirst[n % 16]) + QString::number(n / 16);
            last = QString::fromUtf8(kLast[(n / 16) % 16]);
            // A repeat has no email (and other case): the same person to the roster, not to the file.
            email = n == i ? QStringLiteral("learner.%1@example.ca").arg(n) : QString();
            if (n != i)
                first = first.toUpper();
        }
        bytes += first.toUtf8() + ',' + last.toUtf8() + ',' + email.toUtf8() + ",\"Ontario Works, district "
            + QByteArray::number(i % 37) + "\",Caseworker," + (i % 3 ? "English" : "fr") + "\r\n";
    }
    return bytes;
}

QString newCohort(storage::Database& database)
{
    const auto list = storage::CohortStore(database).list();
    if (!list || list->empty())
        die(QStringLiteral("the demo has no cohort"));
    const auto model = storage::CohortStore(database).byId(list->front().id);
    if (!model || !model->has_value())
        die(QStringLiteral("cannot read a cohort"));
    Cohort cohort = **model;
    cohort.id.clear();
    cohort.title = QStringLiteral("Roster benchmark");
    for (CohortSession& session : cohort.sessions)
        session.id.clear();
    const auto created = storage::CohortStore(database).create(cohort);
    if (!created)
        die(created.error().message);
    return created->id;
}

double msSince(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// CPU time of this process (user and system), which other work on the machine does not inflate.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

void run(int rows, const QString& templatePath, QTemporaryDir& dir)
{
    const QString databasePath = dir.filePath(QStringLiteral("roster-%1.sqlite").arg(rows));
    QFile::remove(databasePath);
    if (!QFile::copy(templatePath, databasePath))
        die(QStringLiteral("cannot copy the database"));
    auto database = storage::Database::open(databasePath);
    if (!database)
        die(database.error().message);
    const QString cohortId = newCohort(**database);
    const auto known = storage::PeopleStore(**database).search(QString(), 0, 5000);
    if (!known)
        die(known.error().message);

    const QString csvPath = dir.filePath(QStringLiteral("roster-%1.csv").arg(rows));
    {
        QFile out(csvPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(rosterFile(rows, *known)) < 0)
            die(QStringLiteral("cannot write the roster file"));
    }
    const double megabytes = QFileInfo(csvPath).size() / 1048576.0;

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    const auto parsed = services::CohortFiles::readRoster(csvPath);
    const double readMs = msSince(timer);
    const double readCpuMs = cpuMs() - cpu;
    if (!parsed)
        die(parsed.error().message);
    if (!parsed->problems.empty())
        die(QStringLiteral("line %1: %2").arg(parsed->problems[0].line).arg(parsed->problems[0].message));

    timer.restart();
    cpu = cpuMs();
    const auto preview = services::CohortFiles::importRoster(**database, cohortId, parsed->rows, true);
    const double dryMs = msSince(timer);
    const double dryCpuMs = cpuMs() - cpu;
    if (!preview)
        die(preview.error().message);

    timer.restart();
    cpu = cpuMs();
    const auto imported = services::CohortFiles::importRoster(**database, cohortId, parsed->rows, false);
    const double importMs = msSince(timer);
    const double importCpuMs = cpuMs() - cpu;
    if (!imported)
        die(imported.error().message);

    std::printf("%7d rows (%.1f MB file, %zu distinct in the file):\n", rows, megabytes, parsed->rows.size());
    std::printf("  read the file:  %9.1f ms (%.1f ms CPU)\n", readMs, readCpuMs);
    std::printf("  dry run:        %9.1f ms (%.1f ms CPU)  (would add %d, %d new people)\n", dryMs, dryCpuMs,
        preview->added, preview->newPeople);
    std::printf(
        "  import:         %9.1f ms (%.1f ms CPU)  (added %d, %d new people, %d already on the roster)\n",
        importMs, importCpuMs, imported->added, imported->newPeople, imported->alreadyOnRoster);
    std::printf("  peak RSS so far: %ld kB\n", peakRssKb());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(QByteArray(argv[i]).toInt());
    if (sizes.empty())
        sizes = {10000, 100000};

    QTemporaryDir dir;
    const QString templatePath = dir.filePath(QStringLiteral("template.sqlite"));
    {
        auto database = storage::Database::open(templatePath);
        if (!database)
            die(database.error().message);
        QElapsedTimer timer;
        timer.start();
        const auto demo = services::DemoData::generate(**database, 2000, 7);
        if (!demo)
            die(demo.error().message);
        std::printf("database: demo with 2,000 learners, built in %.0f ms\n", msSince(timer));
    }
    for (const int rows : sizes)
        run(rows, templatePath, dir);
    return 0;
}
