#include "SourceFile.h"

#include "JsonSyntax.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

QString notRegularMessage()
{
    return PackageLoader::tr("is not a regular file (a named pipe, a device or a socket); "
                             "a package holds only text files");
}

QString tooLargeMessage()
{
    return PackageLoader::tr("is larger than %1 MiB, the most a package file may have; "
                             "a package holds only text files")
        .arg(SourceFile::kMaxFileBytes / (1024 * 1024));
}

// Opens `path` (already checked to be a regular file) so that it cannot turn into something else
// meanwhile: on Unix without following a link in its last part and without blocking, should it have
// been replaced by a named pipe, and then checked again on the open file itself.
bool openRegularFile(QFile& file, const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat status;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)
        || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    return true;
#else
    file.setFileName(path);
    return file.open(QIODevice::ReadOnly);
#endif
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

SourceFile::Contents SourceFile::read(const QString& directory, const QString& relativePath)
{
    const QString path = joinPath(directory, relativePath);
    const auto refused = [](QString message) { return Contents{Access::Refused, {}, std::move(message)}; };
    const QFileInfo info(path);
    QString target = path;
    if (!directory.startsWith(u':')) { // a Qt resource holds no links, pipes or devices
        const QString root
            = QFileInfo(directory.isEmpty() ? QStringLiteral(".") : directory).canonicalFilePath();
        target = info.canonicalFilePath(); // every link followed, on every level
        if (target.isEmpty() && info.isSymLink())
            return refused(PackageLoader::tr("is a link to %1, which does not exist")
                               .arg(QDir::toNativeSeparators(info.symLinkTarget())));
        if (root.isEmpty() || target.isEmpty())
            return {Access::NotFound, {}, PackageLoader::tr("file not found")};
        if (!target.startsWith(root.endsWith(u'/') ? root : root + u'/'))
            return refused(PackageLoader::tr(
                "leads to %1, outside the package folder; put the file itself in the package")
                               .arg(QDir::toNativeSeparators(target)));
    } else if (!info.exists()) {
        return {Access::NotFound, {}, PackageLoader::tr("file not found")};
    }
    if (info.isDir())
        return refused(PackageLoader::tr("is a folder, not a file"));
    if (!info.isFile())
        return refused(notRegularMessage());
    if (info.size() > kMaxFileBytes)
        return refused(tooLargeMessage());

    QFile file(path);
    const bool opened
        = directory.startsWith(u':') ? file.open(QIODevice::ReadOnly) : openRegularFile(file, target);
    if (!opened)
        return refused(PackageLoader::tr("cannot read the file"));
    Contents contents;
    contents.bytes = file.read(kMaxFileBytes + 1); // never more, even if the file grew meanwhile
    if (contents.bytes.size() > kMaxFileBytes)
        return refused(tooLargeMessage());
    return contents;
}

std::optional<QByteArray> SourceFile::readBytes(
    const QString& directory, const QString& relativePath, std::vector<Problem>& problems)
{
    Contents contents = read(directory, relativePath);
    if (contents.access != Access::Read) {
        problems.push_back({relativePath, 0, 0, {}, contents.message});
        return std::nullopt;
    }
    return std::move(contents.bytes);
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
