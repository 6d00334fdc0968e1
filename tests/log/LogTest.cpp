#include "TestSupport.h"

#include "pcs/log/Log.h"
#include "pcs/log/Printable.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
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

TEST_CASE("A message cannot forge a log line or drive a terminal")
{
    QTemporaryDir dir;
    LogGuard guard;
    log::Options options;
    options.directory = dir.filePath(QStringLiteral("logs"));
    options.stderrLevel = log::Level::Off;
    REQUIRE(log::init(options).isEmpty());
    // As an argument or a name from a roster might carry them.
    log::info(QStringLiteral("started: pcs-studio roster import x.csv\n2026-12-03T10:00:00.000+00:00 [1] "
                             "info Signed in as admin"));
    log::info(QStringLiteral("learner \x1b]0;pwned\x07\x1b[2JAmina\rBen\u202eeman\u2028next"));
    log::flush();

    const QString text = QString::fromUtf8(test::readFile(log::filePath()));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2); // one line a message
    CHECK(lines[0].contains(QStringLiteral("x.csv\\n2026-12-03T10:00:00.000+00:00 [1] info Signed in")));
    CHECK(lines[1].contains(
        QStringLiteral("learner \\x1b]0;pwned\\x07\\x1b[2JAmina\\rBen\\u202eeman\\u2028next")));
    for (const QChar c : text)
        CHECK((c == u'\n' || c >= u' '));
}

TEST_CASE("printable leaves ordinary text alone and keeps line breaks only when asked")
{
    const QString ordinary = QStringLiteral("Chloé Tremblay — Sudbury\t(2026)");
    CHECK(log::printable(ordinary) == ordinary);
    CHECK(log::printable(QStringLiteral("a\nb")) == QStringLiteral("a\\nb"));
    CHECK(log::printable(QStringLiteral("a\nb"), log::LineBreaks::Keep) == QStringLiteral("a\nb"));
    CHECK(log::printable(QStringLiteral("\x7f\u0085\u2066x\u2069"))
        == QStringLiteral("\\x7f\\u0085\\u2066x\\u2069"));
    CHECK(log::printable(QString(QChar(0))) == QStringLiteral("\\x00"));
}

TEST_CASE("The log folder and files are the owner's alone")
{
    QTemporaryDir dir;
    LogGuard guard;
    const QString folder = dir.filePath(QStringLiteral("logs"));
    REQUIRE(QDir().mkpath(folder));
    const QString older = QDir(folder).filePath(QStringLiteral("pcs-studio.1.log"));
    {
        QFile file(older);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("an older version's log\n");
    }
    REQUIRE(QFile::setPermissions(
        older, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    REQUIRE(QFile::setPermissions(
        folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    log::Options options;
    options.directory = folder;
    options.stderrLevel = log::Level::Off;
    REQUIRE(log::init(options).isEmpty());
    log::info(QStringLiteral("opened"));
    log::flush();
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(log::filePath()) & others) == 0);
    CHECK((QFile::permissions(log::filePath()) & owner) == owner);
    CHECK((QFile::permissions(older) & others) == 0);
    CHECK((QFile::permissions(folder) & others) == 0);
}
