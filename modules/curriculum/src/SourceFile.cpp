#include "SourceFile.h"

#include "JsonSyntax.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pcs::curriculum {

namespace {

Problem syntaxProblem(const QString& file, const QByteArray& bytes, qsizetype offset, const QString& message)
{
    const auto [line, column] = SourceFile::lineColumn(bytes, offset);
    Problem problem;
    problem.file = file;
    problem.line = line;
    problem.column = column;
    problem.message = message;
    return problem;
}

} // namespace

QString SourceFile::joinPath(const QString& directory, const QString& relativePath)
{
    if (directory.isEmpty())
        return relativePath;
    if (directory.endsWith(u'/'))
        return directory + relativePath;
    return directory + u'/' + relativePath;
}

std::optional<QByteArray> SourceFile::readBytes(
    const QString& directory, const QString& relativePath, std::vector<Problem>& problems)
{
    const QString path = joinPath(directory, relativePath);
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        problems.push_back({relativePath, 0, 0, {}, PackageLoader::tr("file not found")});
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problems.push_back({relativePath, 0, 0, {}, PackageLoader::tr("cannot read the file")});
        return std::nullopt;
    }
    return file.readAll();
}

bool SourceFile::isPackagePath(const QString& path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.begin(), parts.end(),
        [](const QString& part) { return part.isEmpty() || part == u"." || part == u".."; });
}

qsizetype SourceFile::firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (length == 3 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)))
            return i;
        if (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))
            return i;
        i += length;
    }
    return -1;
}

std::pair<int, int> SourceFile::lineColumn(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

bool SourceFile::checkEncoding(
    const QString& relativePath, const QByteArray& bytes, std::vector<Problem>& problems)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        problems.push_back(syntaxProblem(relativePath, bytes, 0,
            PackageLoader::tr("the file starts with a byte-order mark; "
                              "save it as UTF-8 without BOM")));
        return false;
    }
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        problems.push_back(syntaxProblem(relativePath, bytes, invalid, PackageLoader::tr("invalid UTF-8")));
        return false;
    }
    return true;
}

std::optional<QJsonObject> SourceFile::readJson(
    const QString& directory, const QString& relativePath, std::vector<Problem>& problems)
{
    const std::optional<QByteArray> bytes = readBytes(directory, relativePath, problems);
    if (!bytes)
        return std::nullopt;
    return parseJson(relativePath, *bytes, problems);
}

std::optional<QJsonObject> SourceFile::parseJson(
    const QString& relativePath, const QByteArray& bytes, std::vector<Problem>& problems)
{
    if (!checkEncoding(relativePath, bytes, problems))
        return std::nullopt;
    if (bytes.trimmed().isEmpty()) {
        problems.push_back({relativePath, 0, 0, {}, PackageLoader::tr("the file is empty")});
        return std::nullopt;
    }
    // Our own strict scan says where a syntax error is; QJsonDocument only builds the values.
    if (const auto error = JsonSyntax::firstError(bytes)) {
        problems.push_back(syntaxProblem(relativePath, bytes, error->offset, error->message));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) { // valid JSON Qt still refuses, e.g. nested too deeply
        problems.push_back(syntaxProblem(relativePath, bytes, error.offset, error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.push_back({relativePath, 0, 0, {}, PackageLoader::tr("must be an object")});
        return std::nullopt;
    }
    return document.object();
}

} // namespace pcs::curriculum
