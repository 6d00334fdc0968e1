#include "FileHeader.h"

#include "FileModes.h"

#include "pcs/storage/Database.h"
#include "pcs/storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pcs::storage {
namespace {

quint32 bigEndian32(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 bigEndian16(const uchar* p)
{
    return quint16((p[0] << 8) | p[1]);
}

} // namespace

Result<std::optional<FileHeader>> inspectDatabaseFile(const QString& path, int latestVersion)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return fail(ErrorKind::Invalid, Database::tr("%1 is a folder, not a database file.").arg(shown));
    // A device (/dev/null, /dev/zero, /dev/full), a named pipe or a socket reads as an empty
    // database to SQLite, and nothing written to it is kept.
    if (const QString kind = nonRegularKind(path); !kind.isEmpty())
        return fail(ErrorKind::Invalid,
            Database::tr("%1 is %2, not a database file; PCS Studio keeps its data in a regular file.")
                .arg(shown, kind));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, Database::tr("Cannot read %1: %2.").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return std::optional<FileHeader>{};

    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return fail(ErrorKind::Invalid,
            Database::tr("%1 is not a PCS Studio database: it is not an SQLite file.").arg(shown));

    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    FileHeader header;
    header.fileSize = size;
    const quint16 rawPageSize = bigEndian16(p + 16);
    header.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    header.walMode = p[18] == 2 && p[19] == 2;
    const quint32 changeCounter = bigEndian32(p + 24);
    header.pageCount = bigEndian32(p + 28);
    header.pageCountValid = header.pageCount > 0 && bigEndian32(p + 92) == changeCounter;
    header.userVersion = static_cast<qint32>(bigEndian32(p + 60));
    header.applicationId = static_cast<qint32>(bigEndian32(p + 68));

    const bool pageSizeValid = header.pageSize >= 512 && header.pageSize <= 65536
        && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!pageSizeValid)
        return fail(ErrorKind::Corrupt,
            Database::tr("%1 is damaged: its header gives an impossible page size (%2).")
                .arg(shown)
                .arg(header.pageSize));

    // Values SQLite accepts only one way: file format versions 1 (rollback journal) or 2 (WAL), and
    // the payload fractions 64, 32, 32. Any other value makes SQLite refuse the file, or open it
    // read-only, so a check must not call it healthy.
    const bool formatValid = p[18] >= 1 && p[18] <= 2 && p[19] >= 1 && p[19] <= 2;
    if (!formatValid || p[21] != 64 || p[22] != 32 || p[23] != 32)
        return fail(ErrorKind::Corrupt,
            Database::tr("%1 is damaged: its header gives an unknown file format. Restore a backup.")
                .arg(shown));

    // A write-ahead log beside the file may hold pages not yet copied back; only judge the size
    // when there is none.
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!hasWal) {
        const qint64 expected = header.pageCountValid ? qint64(header.pageCount) * header.pageSize : 0;
        if (size % header.pageSize != 0 || size < expected)
            return fail(ErrorKind::Corrupt,
                Database::tr("%1 is damaged: the file is truncated (%2 bytes, expected %3).")
                    .arg(shown)
                    .arg(size)
                    .arg(qMax(expected, (size / header.pageSize + 1) * header.pageSize)));
    }

    const bool foreign
        = header.applicationId != 0 ? header.applicationId != kApplicationId : header.userVersion != 0;
    if (foreign)
        return fail(ErrorKind::Unsupported,
            Database::tr("%1 is an SQLite database of another program, not of PCS Studio.").arg(shown));
    if (header.userVersion > latestVersion)
        return fail(ErrorKind::Unsupported,
            Database::tr("%1 was written by a newer PCS Studio (schema version %2; this "
                         "version knows up to %3). Update PCS Studio to open it.")
                .arg(shown)
                .arg(header.userVersion)
                .arg(latestVersion));
    return std::optional<FileHeader>{header};
}

} // namespace pcs::storage
