#pragma once

#include "pcs/curriculum/PackageLoader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace pcs::curriculum {

// Reads package files (from a folder or a Qt resource path) and checks their encoding and JSON syntax.
class SourceFile
{
public:
    // The most a package file may have, in bytes. A package is text (the largest file of the starter
    // package is under 150 KiB); a bigger file is refused without being read into memory.
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    enum class Access { Read, NotFound, Refused };
    struct Contents {
        Access access = Access::Read;
        QByteArray bytes; // when Read
        QString message; // why not, to follow "file: " (also when NotFound: "file not found")
    };
    // Every package file is read here, and only here. A file is read only if it is a regular file of
    // at most kMaxFileBytes whose real path (all links followed) lies inside the package folder's real
    // path. A symbolic link that stays inside the package is followed; one that leads outside it, a
    // dangling link, a folder, a named pipe, a device and a socket are refused without being opened.
    static Contents read(const QString& directory, const QString& relativePath);
    // The bytes of `relativePath` under `directory`, or nullopt after reporting why not.
    static std::optional<QByteArray> readBytes(
        const QString& directory, const QString& relativePath, std::vector<Problem>& problems);
    // Reports a byte-order mark or invalid UTF-8 (with line and column); true when the text is clean.
    static bool checkEncoding(
        const QString& relativePath, const QByteArray& bytes, std::vector<Problem>& problems);
    // Reads, checks and parses a JSON file whose top level must be an object.
    static std::optional<QJsonObject> readJson(
        const QString& directory, const QString& relativePath, std::vector<Problem>& problems);
    // Checks and parses the bytes read from `relativePath`; syntax errors with line and column.
    static std::optional<QJsonObject> parseJson(
        const QString& relativePath, const QByteArray& bytes, std::vector<Problem>& problems);

    // Offset of the first byte that is not part of valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray& bytes);
    // 1-based line and column (in characters) of the byte at `offset` of UTF-8 text.
    static std::pair<int, int> lineColumn(const QByteArray& bytes, qsizetype offset);
    // A relative path that stays inside the package folder ("tools/en/01-x.md", not "../x" or "/x").
    static bool isPackagePath(const QString& path);
    static QString joinPath(const QString& directory, const QString& relativePath);
};

} // namespace pcs::curriculum
