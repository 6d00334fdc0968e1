#pragma once

#include "FileContext.h"

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QJsonObject>

namespace pcs::curriculum {

// Paths of the five package files named by the manifest; empty when the manifest gives no usable path.
struct PackageFiles {
    QString programs;
    QString topics;
    QString tools;
    QString assessment;
    QString templates;
};

// manifest.json: package identity, version, languages and the list of files.
class ManifestParser
{
public:
    static constexpr int kFormat = 1;
    // Fills the package header and `files`. Returns false when the package format is one this version
    // does not know: then only that problem is reported, and nothing else should be read.
    static bool parse(
        FileContext& context, const QJsonObject& root, CurriculumPackage& package, PackageFiles& files);
};

} // namespace pcs::curriculum
