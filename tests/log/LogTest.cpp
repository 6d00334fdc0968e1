#include "TestSupport.h"

#include "pcs/log/Log.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace pcs;

namespace {

struct LogGuard {
    ~LogGuard() { log::shutdown(); }
};

} // namespace

TEST_CASE("The log file receives our messages and Qt's, and not below its level")
{
    QTemporaryDir dir;
    LogGuard guard;
    log::Options options;
    options.directory = dir.filePath(QStringLiteral("logs"));
    options.stderrLevel = log::Level::Off;
    options.fileLevel = log::Level::Info;
    REQUIRE(log::init(options).isEmpty());
    REQUIRE(log::filePath() == QDir(options.directory).filePath(QStringLiteral("pcs-studio.log")));

    log::info(QStringLiteral("cohort opened — Sudbury"));
    log::debug(QStringLiteral("too detailed to keep"));
    qWarning("a Qt warning %d", 42);
    log::flush();

    const QString text = QString::fromUtf8(test::readFile(log::filePath()));
    CHECK(text.contains(QStringLiteral("info cohort opened — Sudbury")));
    CHECK(text.contains(QStringLiteral("warning a Qt warning 42")));
    CHECK_FALSE(text.contains(QStringLiteral("too detailed")));
}

TEST_CASE("The log rotates and keeps a bounded number of files")
{
    QTemporaryDir dir;
    LogGuard guard;
    log::Options options;
    options.directory = dir.path();
    options.stderrLevel = log::Level::Off;
    options.maxFileBytes = 4096;
    options.maxFiles = 2;
    REQUIRE(log::init(options).isEmpty());
    for (int i = 0; i < 500; ++i)
        log::info(QStringLiteral("line %1 of a long session with enough text to fill the file").arg(i));
    log::flush();
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    CHECK(files
        == QStringList{QStringLiteral("pcs-studio.1.log"), QStringLiteral("pcs-studio.2.log"),
            QStringLiteral("pcs-studio.log")});
    for (const QString& file : files)
        CHECK(QFileInfo(dir.filePath(file)).size() <= 4096 + 200);
    CHECK(test::readFile(dir.filePath(QStringLiteral("pcs-studio.log"))).contains("line 499"));
}

TEST_CASE("A log folder that cannot be created is reported, and logging goes on")
{
    QTemporaryDir dir;
    LogGuard guard;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    test::writeFile(blocker, "x");
    log::Options options;
    options.directory = blocker + QStringLiteral("/logs");
    options.stderrLevel = log::Level::Off;
    const QString problem = log::init(options);
    CHECK(problem.contains(blocker));
    CHECK(log::filePath().isEmpty());
    log::info(QStringLiteral("still fine"));
}
