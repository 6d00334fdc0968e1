// `pcs-studio demo` never lands on real data: it refuses the default database and any database that
// already holds people or cohorts, and it is one transaction, so that a kill leaves nothing of it.
#include "AppProcess.h"
#include "TestPaths.h"

#include "pcs/storage/AccountStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/Database.h"
#include "pcs/storage/PeopleStore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using pcs::test::runApp;

namespace {

QByteArray digest(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

struct Held {
    qint64 people = 0;
    size_t cohorts = 0;
    size_t accounts = 0;
};

Held heldIn(const QString& path)
{
    auto database = pcs::storage::Database::open(path);
    REQUIRE(database);
    Held held;
    const auto people = pcs::storage::PeopleStore(**database).count();
    const auto cohorts = pcs::storage::CohortStore(**database).list();
    const auto accounts = pcs::storage::AccountStore(**database).list();
    REQUIRE(people);
    REQUIRE(cohorts);
    REQUIRE(accounts);
    held.people = *people;
    held.cohorts = cohorts->size();
    held.accounts = accounts->size();
    return held;
}

QStringList demo(const QString& path, const QString& learners)
{
    return {QStringLiteral("demo"), QStringLiteral("-d"), path, QStringLiteral("--learners"), learners};
}

} // namespace

TEST_CASE("demo refuses to run without --database and leaves the default database alone")
{
    QTemporaryDir home;
    const auto run
        = runApp(home, {QStringLiteral("demo"), QStringLiteral("--learners"), QStringLiteral("5")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--database")));
    CHECK(run.out.isEmpty());
    // Nothing was created where the default database lives.
    CHECK_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("data/pcs-studio/pcs-studio.sqlite"))));
    const QDir data(home.filePath(QStringLiteral("data/pcs-studio")));
    CHECK(data.entryList({QStringLiteral("*.sqlite*")}, QDir::Files).isEmpty());
}

TEST_CASE("demo refuses a database that holds people or cohorts unless --into-existing is given")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("real.sqlite"));
    REQUIRE(runApp(home, demo(path, QStringLiteral("25"))).exitCode == 0);
    const Held before = heldIn(path);
    REQUIRE(before.people > 0);
    const QByteArray bytes = digest(path);

    const auto refused = runApp(home, demo(path, QStringLiteral("25")));
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QDir::toNativeSeparators(path)));
    CHECK(refused.err.contains(QStringLiteral("--into-existing")));
    CHECK_FALSE(refused.out.contains(QStringLiteral("Staff accounts")));
    CHECK(digest(path) == bytes);

    // A database holding only a person typed in by hand is refused too.
    const QString single = home.filePath(QStringLiteral("single.sqlite"));
    {
        auto database = pcs::storage::Database::open(single);
        REQUIRE(database);
        pcs::Person person;
        person.firstName = QStringLiteral("Amina");
        person.lastName = QStringLiteral("Real");
        REQUIRE(pcs::storage::PeopleStore(**database).add(person));
    }
    CHECK(runApp(home, demo(single, QStringLiteral("5"))).exitCode == 2);
    CHECK(heldIn(single).people == 1);
    CHECK(heldIn(single).accounts == 0);

    // Asked for explicitly, it goes in, and keeps the administrator it has.
    const auto added = runApp(home,
        demo(path, QStringLiteral("25"))
            + QStringList{QStringLiteral("--into-existing"), QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK_FALSE(added.out.contains(QStringLiteral("  admin  ")));
    CHECK(heldIn(path).people > before.people);
}

TEST_CASE("a demo killed at any moment leaves all of it or none of it")
{
    QTemporaryDir home;
    // How long a whole run takes here, to kill the next ones across all of it.
    const QString timed = home.filePath(QStringLiteral("timed.sqlite"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runApp(home, demo(timed, QStringLiteral("1500"))).exitCode == 0);
    const qint64 whole = timer.elapsed();
    const Held complete = heldIn(timed);
    REQUIRE(complete.accounts == 4);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DISPLAY"));
    int killed = 0;
    for (const int percent : {15, 35, 55, 70, 80, 90, 97}) {
        const QString path = home.filePath(QStringLiteral("killed-%1.sqlite").arg(percent));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QString::fromUtf8(pcs::test::kAppBinary), demo(path, QStringLiteral("1500")));
        REQUIRE(process.waitForStarted(5000));
        if (!process.waitForFinished(int(whole * percent / 100))) {
            process.kill();
            REQUIRE(process.waitForFinished(10000));
            ++killed;
        }
        if (!QFileInfo::exists(path))
            continue; // killed before the file was made
        const Held held = heldIn(path);
        INFO("killed at " << percent << "% of " << whole << " ms: " << held.people << " people, "
                          << held.cohorts << " cohorts, " << held.accounts << " accounts");
        const bool none = held.people == 0 && held.cohorts == 0 && held.accounts == 0;
        const bool all = held.people == complete.people && held.cohorts == complete.cohorts
            && held.accounts == complete.accounts;
        CHECK((none || all));
    }
    CHECK(killed > 0); // at least one run really was cut short
}
