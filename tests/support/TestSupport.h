#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace pcs::test {

// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileChecksum(const QString& path);
// Names of the entries in a folder, sorted, for "nothing new was created" checks.
QStringList folderEntries(const QString& path);
// Writes bytes to a file, replacing it.
void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// The permission bits of a file or folder (e.g. 0600), following links; -1 when it is not there.
int fileMode(const QString& path);
// The lines of a UTF-8 text file without trailing empty lines, or one "<cannot read PATH>" line.
QStringList readLines(const QString& path);
// A line diff in the style of `diff -u` ("--- expected.txt", "+++ actual"), for golden-file tests.
std::string unifiedDiff(const QStringList& expected, const QStringList& actual);

} // namespace pcs::test

#include <catch2/catch.hpp>

// Readable Qt values in Catch failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
