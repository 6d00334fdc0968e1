#pragma once

#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <vector>

namespace pcs::curriculum {

// One thing wrong with a package, said so that a curriculum author can find and fix it.
struct Problem {
    QString file; // relative to the package folder, e.g. "programs.json"
    int line = 0; // 1-based, for syntax errors; 0 when not known
    int column = 0; // 1-based, for syntax errors
    QString fieldPath; // e.g. "programs[2].workshops[0].blocks[3].minutes"; empty for syntax errors
    QString message;

    // "file:line:column: message" for syntax errors, "file: field.path: message" otherwise.
    QString toString() const;
    friend bool operator==(const Problem&, const Problem&) = default;
};

// Reads the package in `directory` (a folder, or a Qt resource path such as ":/curricula/pcs"),
// checks every rule of curricula/README.md, and returns the whole package or every problem found.
class PackageLoader
{
    Q_DECLARE_TR_FUNCTIONS(pcs::curriculum::PackageLoader)

public:
    static std::expected<CurriculumPackage, std::vector<Problem>> load(const QString& directory);
};

} // namespace pcs::curriculum
