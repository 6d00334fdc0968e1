#pragma once

#include "TestPaths.h"
#include "TestSupport.h"

#include "pcs/curriculum/PackageLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace pcs::test {

// A copy of the valid golden package under `parent`/package, for tests that change one of its files.
inline QString copyValidPackage(const QTemporaryDir& parent)
{
    const QString source
        = QString::fromUtf8(kSourceDir) + QStringLiteral("/tests/curriculum/golden/valid/package");
    const QString target = parent.filePath(QStringLiteral("package"));
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString copy = target + u'/' + QDir(source).relativeFilePath(file);
        REQUIRE(QDir().mkpath(QFileInfo(copy).path()));
        REQUIRE(QFile::copy(file, copy));
    }
    return target;
}

// The problem lines PackageLoader reports for `package` (empty when it loads).
inline QStringList problemLines(const QString& package)
{
    const auto result = curriculum::PackageLoader::load(package);
    if (result)
        return {};
    QStringList lines;
    for (const curriculum::Problem& problem : result.error())
        lines.append(problem.toString());
    return lines;
}

} // namespace pcs::test
