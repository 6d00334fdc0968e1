#include "TestSupport.h"

#include "pcs/gui/DatabaseOpener.h"
#include "pcs/gui/MessageBox.h"

#include <catch2/catch.hpp>

using namespace pcs;

TEST_CASE("The GUI explains a database it cannot open and leaves the file alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spreadsheet.xlsx"));
    test::writeFile(path, QByteArray("PK\x03\x04 this is a zip file, not a database", 44));
    const QByteArray before = test::fileChecksum(path);

    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    auto database = gui::openDatabaseOrExplain(path);
    CHECK_FALSE(database);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("spreadsheet.xlsx")));
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("not an SQLite file")));
    CHECK(test::fileChecksum(path) == before);
    CHECK(test::folderEntries(dir.path()) == QStringList{QStringLiteral("spreadsheet.xlsx")});
}

TEST_CASE("The GUI opens a good database without a message")
{
    QTemporaryDir dir;
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    gui::MessageBox::information(nullptr, QStringLiteral("t"), QStringLiteral("marker"));
    auto database = gui::openDatabaseOrExplain(dir.filePath(QStringLiteral("fine.sqlite")));
    REQUIRE(database);
    CHECK(gui::MessageBox::lastText() == QStringLiteral("marker")); // no box was shown since
}

TEST_CASE("A second window on the same database is told it is in use")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in-use.sqlite"));
    auto first = gui::openDatabaseOrExplain(path);
    REQUIRE(first);
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    auto second = gui::openDatabaseOrExplain(path);
    CHECK_FALSE(second);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("in-use.sqlite")));
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("already open in another PCS Studio")));
}
