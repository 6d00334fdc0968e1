// crash_writer --write DB   commits transaction after transaction, each of three audit rows with
//                           the same number, and prints the number once COMMIT has returned.
// crash_writer --hold DB    opens DB, prints "ready" and keeps it open until killed or stdin closes.
// crash_writer --fill DB    like --write, but no file may grow past 512 KiB (RLIMIT_FSIZE), as on a
//                           full disk: writes until storage refuses, prints the error, exits 1.

#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/Database.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: crash_writer --write|--hold DATABASE\n", stderr);
        return 2;
    }
    const bool fill = arguments.at(1) == QLatin1String("--fill");
    auto opened = pcs::storage::Database::open(arguments.at(2));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    pcs::storage::Database& database = **opened;

    if (arguments.at(1) == QLatin1String("--hold")) {
        std::puts("ready");
        std::fflush(stdout);
        while (std::getchar() != EOF) { }
        return 0;
    }

    if (fill) {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing us
        const rlimit limit{512 * 1024, 512 * 1024};
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0) {
            std::perror("setrlimit");
            return 3;
        }
    }

    pcs::storage::AuditLogStore audit(database);
    auto last = audit.latest(1);
    if (!last) {
        std::fprintf(stderr, "%s\n", qPrintable(last.error().message));
        return 1;
    }
    qint64 next = last->empty() ? 1 : last->front().subject.toLongLong() + 1;
    for (;; ++next) {
        std::vector<pcs::AuditEntry> entries;
        for (int part = 1; part <= 3; ++part)
            entries.push_back({0, {}, QStringLiteral("crash-writer"), QStringLiteral("crash.txn"),
                QString::number(next), QStringLiteral("part %1 of 3").arg(part)});
        auto written = audit.append(std::move(entries));
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(next));
        std::fflush(stdout);
    }
}
