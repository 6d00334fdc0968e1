#include "CommandLine.h"

#include <catch2/catch.hpp>

using pcs::app::CommandLine;
using pcs::app::Invocation;

namespace {

Invocation parse(std::initializer_list<const char*> words)
{
    QStringList arguments{QStringLiteral("pcs-studio")};
    for (const char* word : words)
        arguments << QString::fromUtf8(word);
    return CommandLine::parse(arguments);
}

bool headless(std::initializer_list<const char*> words)
{
    return parse(words).needs() != Invocation::Needs::Window;
}

} // namespace

TEST_CASE("No command opens the window, with the database and language given")
{
    const Invocation invocation = parse({"--database", "/tmp/x.sqlite", "--lang", "fr"});
    CHECK(invocation.mode == Invocation::Mode::Gui);
    CHECK(invocation.database == QStringLiteral("/tmp/x.sqlite"));
    CHECK(invocation.language == QStringLiteral("fr"));
    CHECK_FALSE(headless({"--database", "/tmp/x.sqlite", "--lang", "fr"}));
    CHECK_FALSE(headless({}));
}

TEST_CASE("A noun and a verb make a subcommand, whatever the option order")
{
    const Invocation invocation = parse({"--database", "db", "db", "check", "--json"});
    CHECK(invocation.mode == Invocation::Mode::Subcommand);
    CHECK(invocation.database == QStringLiteral("db")); // an option's value is not a command
    CHECK(invocation.command == QStringList{QStringLiteral("db"), QStringLiteral("check")});
    CHECK(invocation.json);
    CHECK(headless({"--database", "db", "db", "check"}));
    CHECK(headless({"db", "check", "-d", "x"}));
    CHECK_FALSE(headless({"-d", "db"}));
}

TEST_CASE("Help, version and mistakes are recognised")
{
    CHECK(parse({"--help"}).mode == Invocation::Mode::Help);
    CHECK(parse({"--version"}).mode == Invocation::Mode::Version);
    CHECK(headless({"--version"}));

    const Invocation unknown = parse({"--colour", "blue"});
    CHECK(unknown.mode == Invocation::Mode::Error);
    CHECK(unknown.text.contains(QStringLiteral("colour")));

    const Invocation language = parse({"--lang", "de"});
    CHECK(language.mode == Invocation::Mode::Error);
    CHECK(language.text.contains(QStringLiteral("de")));

    CHECK(parse({"--json"}).mode == Invocation::Mode::Error);
    CHECK(parse({"--database"}).mode == Invocation::Mode::Error);
}

TEST_CASE("The kiosk command is a window that needs a cohort and a phase")
{
    const Invocation kiosk = parse({"kiosk", "--cohort", "c-1", "--phase", "post", "-d", "/tmp/k.sqlite"});
    CHECK(kiosk.mode == Invocation::Mode::Kiosk);
    CHECK(kiosk.cohort == QStringLiteral("c-1"));
    CHECK(kiosk.phase == QStringLiteral("post"));
    for (const auto& wrong : {parse({"kiosk", "--cohort", "c-1"}), parse({"kiosk", "--phase", "pre"}),
             parse({"kiosk", "--cohort", "c-1", "--phase", "during"})}) {
        CHECK(wrong.mode == Invocation::Mode::Error);
        CHECK(wrong.text.contains(QStringLiteral("--phase")));
    }
    CHECK(parse({"kiosk", "--cohort", "c-1", "--phase", "pre"}).needs() == Invocation::Needs::Window);
    // A report paints a PDF: fonts, but no window system.
    const Invocation report = parse({"report", "cohort", "--cohort", "c-1", "--out", "r.pdf"});
    CHECK(report.mode == Invocation::Mode::Subcommand);
    CHECK(report.needs() == Invocation::Needs::Fonts);
    CHECK(parse({"db", "check"}).needs() == Invocation::Needs::Core);
    CHECK(parse({"--help"}).needs() == Invocation::Needs::Core);
}
