#include "SourceFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <string_view>

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

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '+'
        || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// QJsonParseError::offset points past the token that stopped the parser (and sometimes past the
// white space after it); move it to where that token or bad value starts, as an author looks for it.
qsizetype errorPosition(const QByteArray& bytes, const QJsonParseError& error)
{
    qsizetype position = std::clamp<qsizetype>(error.offset, 0, bytes.size());
    const auto backOverSpace = [&] {
        while (position > 0 && isSpace(bytes.at(position - 1)))
            --position;
    };
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
        if (position >= bytes.size())
            break; // the text ended too early: point at its end
        backOverSpace();
        if (position > 0)
            --position;
        break;
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        backOverSpace();
        if (position > 0 && isWordChar(bytes.at(position - 1))) {
            while (position > 0 && isWordChar(bytes.at(position - 1)))
                --position;
        } else if (position > 0) {
            --position;
        }
        break;
    default:
        break;
    }
    return position;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// What QJsonDocument lets through but standard JSON forbids: raw control characters (a line break
// from a missing closing quote, a tab) and unknown escapes inside strings. Returns the first one.
std::optional<std::pair<qsizetype, QString>> findStringProblem(const QByteArray& bytes)
{
    const qsizetype size = bytes.size();
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes.at(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            const char next = i + 1 < size ? bytes.at(i + 1) : '\0';
            if (next == 'u') {
                for (int k = 2; k < 6; ++k) {
                    if (i + k >= size || !isHexDigit(bytes.at(i + k)))
                        return std::pair(i, PackageLoader::tr("invalid escape sequence"));
                }
                i += 5;
            } else if (next != '\0' && std::string_view("\"\\/bfnrt").find(next) != std::string_view::npos) {
                ++i;
            } else {
                return std::pair(i, PackageLoader::tr("invalid escape sequence"));
            }
        } else if (static_cast<unsigned char>(c) < 0x20) {
            return std::pair(i,
                PackageLoader::tr("line break or control character inside a string "
                                  "(is a closing quote missing?)"));
        }
    }
    return std::nullopt;
}

QString syntaxMessage(const QJsonParseError& error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return PackageLoader::tr("expected a comma or a closing brace");
    case QJsonParseError::MissingNameSeparator:
        return PackageLoader::tr("expected a colon after the field name");
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        return PackageLoader::tr("expected a comma or a closing bracket");
    case QJsonParseError::MissingObject:
        return PackageLoader::tr("expected another entry after the comma (trailing commas are not allowed)");
    case QJsonParseError::IllegalValue:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        return PackageLoader::tr("invalid value");
    case QJsonParseError::UnterminatedString:
        return PackageLoader::tr("unterminated string");
    case QJsonParseError::GarbageAtEnd:
        return PackageLoader::tr("unexpected text after the end of the document");
    default:
        return error.errorString();
    }
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
    if (!bytes || !checkEncoding(relativePath, *bytes, problems))
        return std::nullopt;
    if (bytes->trimmed().isEmpty()) {
        problems.push_back({relativePath, 0, 0, {}, PackageLoader::tr("the file is empty")});
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    const auto stringProblem = findStringProblem(*bytes);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype position = errorPosition(*bytes, error);
        if (stringProblem && stringProblem->first < position)
            problems.push_back(
                syntaxProblem(relativePath, *bytes, stringProblem->first, stringProblem->second));
        else
            problems.push_back(syntaxProblem(relativePath, *bytes, position, syntaxMessage(error)));
        return std::nullopt;
    }
    if (stringProblem) {
        problems.push_back(syntaxProblem(relativePath, *bytes, stringProblem->first, stringProblem->second));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.push_back({relativePath, 0, 0, {}, PackageLoader::tr("must be an object")});
        return std::nullopt;
    }
    return document.object();
}

} // namespace pcs::curriculum
