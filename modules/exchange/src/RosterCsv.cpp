#include "pcs/exchange/RosterCsv.h"

#include "CsvCell.h"
#include "RosterReader.h"
#include "pcs/exchange/RosterLimits.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pcs::exchange {

RosterParse RosterCsv::parse(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    RosterRead read = RosterReader::read(buffer);
    if (!read.refusal)
        return std::move(read.parse);
    RosterParse refused;
    refused.encoding = read.parse.encoding;
    refused.delimiter = read.parse.delimiter;
    refused.problems.push_back({read.refusal->line,
        read.refusal->limit == RosterRefusal::Limit::Learners
            ? tr("more than %L1 learners: a roster file may hold at most %L1 (split it into smaller files)")
                  .arg(kMaxRosterLearners)
            : tr("the file is larger than %L1 MiB, the most a roster file may be (split it into smaller "
                 "files)")
                  .arg(kMaxRosterFileBytes / (1024 * 1024))});
    return refused;
}

Result<RosterParse> RosterCsv::read(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return fail(ErrorKind::Invalid,
            tr("%1 is a folder, not a roster file: choose a CSV file saved from a spreadsheet.").arg(name));
    if (info.exists() && !info.isFile())
        return fail(ErrorKind::Invalid,
            tr("%1 is not a regular file (it is a device, a pipe or a socket): choose a CSV file saved "
               "from a spreadsheet.")
                .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(info.exists() ? ErrorKind::Io : ErrorKind::NotFound,
            tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.isSequential())
        return fail(ErrorKind::Invalid,
            tr("%1 is not a regular file (it is a device, a pipe or a socket): choose a CSV file saved "
               "from a spreadsheet.")
                .arg(name));
    RosterRead read = RosterReader::read(file);
    if (!read.readError.isEmpty())
        return fail(ErrorKind::Io, tr("Cannot read %1: %2").arg(name, read.readError));
    if (!read.refusal)
        return std::move(read.parse);
    if (read.refusal->limit == RosterRefusal::Limit::Learners)
        return fail(ErrorKind::Invalid,
            tr("%1 has more than %L2 learners, the most a roster file may hold: the limit was reached at "
               "line %L3. Split it into files of at most %L2 learners.")
                .arg(name)
                .arg(kMaxRosterLearners)
                .arg(read.refusal->line));
    return fail(ErrorKind::Invalid,
        tr("%1 is larger than %L2 MiB, the most a roster file may be: the limit was reached at line %L3. "
           "Split it into smaller files.")
            .arg(name)
            .arg(kMaxRosterFileBytes / (1024 * 1024))
            .arg(read.refusal->line));
}

QByteArray RosterCsv::write(const std::vector<RosterRow>& rows)
{
    QString text = QStringLiteral("first_name,last_name,email,organization,role,preferred_language\r\n");
    for (const RosterRow& row : rows) {
        text += CsvCell::encode(row.firstName) + u',' + CsvCell::encode(row.lastName) + u','
            + CsvCell::encode(row.email) + u',' + CsvCell::encode(row.organization) + u','
            + CsvCell::encode(row.role) + u',' + CsvCell::encode(row.preferredLanguage)
            + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

} // namespace pcs::exchange
