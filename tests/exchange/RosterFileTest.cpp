// RosterCsv::read of files: streamed with a bounded footprint (peak RSS measured with getrusage),
// refused past the limits of RosterLimits.h and for folders, devices and pipes, with messages that
// name the file, the limit and the line; UTF-16, tab-separated files and over-long values.

#include "TestSupport.h"

#include "pcs/exchange/RosterCsv.h"
#include "pcs/exchange/RosterLimits.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace pcs::exchange;

namespace {

// Linux resets the peak to the current resident size on "5" written to clear_refs, so that the
// growth measured is the reading's own, not hidden under an earlier peak of the test process.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Writes `prefix`, then `blankLines` line feeds, a megabyte at a time (so that writing it does not
// raise the peak memory the test then measures).
void writeWithBlankLines(const QString& path, const QByteArray& prefix, qint64 blankLines)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(prefix) == prefix.size());
    const QByteArray megabyte(1024 * 1024, '\n');
    for (qint64 left = blankLines; left > 0; left -= megabyte.size()) {
        const qint64 n = std::min<qint64>(left, megabyte.size());
        REQUIRE(file.write(megabyte.constData(), n) == n);
    }
}

QByteArray realisticRows(int count)
{
    QByteArray bytes = "First name,Last name,Email,Organization,Role,Language\r\n";
    for (int i = 0; i < count; ++i)
        bytes += "Marie-Ève" + QByteArray::number(i) + ",Lévesque-Tremblay,marie-eve.levesque."
            + QByteArray::number(i) + "@services-sociaux.example.ca,\"Ontario Works, district of Thunder Bay "
            + QByteArray::number(i % 37) + "\",Caseworker (intake),English\r\n";
    return bytes;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

TEST_CASE("A roster file of 50 MB of blank lines is read in bounded memory")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.csv"));
    const qint64 blank = 50LL * 1024 * 1024;
    writeWithBlankLines(path, "first name,last name\nAda,Moreau\n", blank);

    resetPeakRss();
    const long before = peakRssKb();
    const auto read = RosterCsv::read(path);
    const long growthKb = peakRssKb() - before;
    INFO("peak RSS grew by " << growthKb << " kB");
    REQUIRE(read.has_value());
    REQUIRE(read->rows.size() == 1);
    CHECK(read->rows[0].lastName == QStringLiteral("Moreau"));
    CHECK(read->problems.empty());
    CHECK(growthKb < 16 * 1024);
}

TEST_CASE("A roster file just over the size limit is refused in bounded memory naming the limit and line")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("too-large.csv"));
    const QByteArray prefix = "first name,last name\nAda,Moreau\n";
    const qint64 blank = kMaxRosterFileBytes + 1 - prefix.size();
    writeWithBlankLines(path, prefix, blank);
    REQUIRE(QFileInfo(path).size() == kMaxRosterFileBytes + 1);

    resetPeakRss();
    const long before = peakRssKb();
    const auto read = RosterCsv::read(path);
    const long growthKb = peakRssKb() - before;
    INFO("peak RSS grew by " << growthKb << " kB");
    REQUIRE_FALSE(read.has_value());
    const QString message = read.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK(message.contains(QStringLiteral("64 MiB")));
    // The first kMaxRosterFileBytes bytes hold every line end but the very last one.
    CHECK(message.contains(QStringLiteral("line %1").arg(number(1 + 2 + (blank - 1)))));
    CHECK(growthKb < 16 * 1024);

    // The same bytes in memory: one problem, on that line, and no rows.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto parsed = RosterCsv::parse(file.readAll());
    CHECK(parsed.rows.empty());
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].line == 1 + 2 + (blank - 1));
}

TEST_CASE("The largest roster allowed fits under the size limit and one learner more is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("largest.csv"));
    QByteArray bytes = realisticRows(kMaxRosterLearners);
    INFO(bytes.size() << " bytes for " << kMaxRosterLearners << " learners");
    CHECK(bytes.size() < kMaxRosterFileBytes / 4);
    pcs::test::writeFile(path, bytes);
    const auto largest = RosterCsv::read(path);
    REQUIRE(largest.has_value());
    CHECK(largest->problems.empty());
    CHECK(largest->rows.size() == std::size_t(kMaxRosterLearners));

    bytes += "\r\n\r\nOne,More,one.more@example.ca,,,\r\n"; // blank lines do not count
    pcs::test::writeFile(path, bytes);
    const auto refused = RosterCsv::read(path);
    REQUIRE_FALSE(refused.has_value());
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK(message.contains(number(kMaxRosterLearners)));
    CHECK(message.contains(QStringLiteral("line %1").arg(number(kMaxRosterLearners + 4))));
}

TEST_CASE("A device a pipe and a folder are refused as roster files before reading")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // Opening a pipe with no writer would wait forever; reading /dev/zero would never end.
    for (const QString& path : {QStringLiteral("/dev/zero"), fifo, dir.path()}) {
        INFO(path.toStdString());
        const auto read = RosterCsv::read(path);
        REQUIRE_FALSE(read.has_value());
        CHECK(read.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(read.error().message.contains(QStringLiteral("choose a CSV file")));
    }
    const auto missing = RosterCsv::read(dir.filePath(QStringLiteral("missing.csv")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(QStringLiteral("missing.csv")));
}

TEST_CASE("UTF-16 rosters from Excel are decoded with and without a byte order mark")
{
    const QString text
        = QStringLiteral("Prénom;Nom;Courriel\r\nZoé;Lévesque;zoe@example.ca\r\nÉmile;Côté;\r\n");
    const QByteArray little(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray big = little;
    for (qsizetype i = 0; i + 1 < big.size(); i += 2)
        std::swap(big[i], big[i + 1]);
    struct Case {
        QByteArray bytes;
        const char* encoding;
    };
    for (const Case& c : {Case{"\xFF\xFE" + little, "UTF-16LE"}, Case{"\xFE\xFF" + big, "UTF-16BE"},
             Case{little, "UTF-16LE"}, Case{big, "UTF-16BE"}}) {
        INFO(c.encoding << " of " << c.bytes.size() << " bytes");
        const auto parsed = RosterCsv::parse(c.bytes);
        CHECK(parsed.encoding == QLatin1String(c.encoding));
        CHECK(parsed.problems.empty());
        REQUIRE(parsed.rows.size() == 2);
        CHECK(parsed.rows[0].firstName == QStringLiteral("Zoé"));
        CHECK(parsed.rows[0].email == QStringLiteral("zoe@example.ca"));
        CHECK(parsed.rows[1].lastName == QStringLiteral("Côté"));
        CHECK(parsed.rows[1].line == 3);
    }
}

TEST_CASE("A tab-separated roster is read with tabs as the delimiter")
{
    const auto parsed = RosterCsv::parse(
        "First name\tLast name\tEmail\tOrganization\nZo\xC3\xA9\tRoy, Jr.\tzoe@example.ca\tVille; Ottawa\n");
    CHECK(parsed.delimiter == QChar(u'\t'));
    CHECK(parsed.problems.empty());
    REQUIRE(parsed.rows.size() == 1);
    CHECK(parsed.rows[0].lastName == QStringLiteral("Roy, Jr."));
    CHECK(parsed.rows[0].organization == QStringLiteral("Ville; Ottawa"));
    // A comma-separated header that holds a tab in a quoted name stays comma-separated.
    CHECK(RosterCsv::parse("\"first\tname\",last name,email\nA,B,\n").delimiter == QChar(u','));
}

TEST_CASE("A name past the value limit is a problem on its row and costs no more memory than the limit")
{
    const QByteArray huge(60000, 'x');
    const auto parsed = RosterCsv::parse(
        "first name,last name,notes\nAda,Moreau,\n" + huge + ",Roy,\nBea,Stone," + huge + "\n");
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].line == 3);
    CHECK(parsed.problems[0].message.contains(QStringLiteral("column 1")));
    CHECK(parsed.problems[0].message.contains(number(kMaxRosterValueChars)));
    REQUIRE(parsed.rows.size() == 2); // an over-long value in a column the roster ignores is no problem
    CHECK(parsed.rows[1].firstName == QStringLiteral("Bea"));
}
