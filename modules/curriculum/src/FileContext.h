#pragma once

#include "pcs/curriculum/PackageLoader.h"

#include <QHash>
#include <QString>

#include <vector>

namespace pcs::curriculum {

// The problems and ids of one package file while it is being checked.
class FileContext
{
public:
    FileContext(QString file, std::vector<Problem>& problems);

    const QString& file() const { return m_file; }
    // A structural problem at `fieldPath` ("programs[0].title"; empty for the whole file).
    void report(const QString& fieldPath, const QString& message);
    // Records an id used at `path`; reports it when another object of this file already has it.
    void registerId(const QString& id, const QString& path);
    int problemCount() const { return static_cast<int>(m_problems.size()); }

private:
    QString m_file;
    std::vector<Problem>& m_problems;
    QHash<QString, QString> m_ids; // id -> path of its first use
};

} // namespace pcs::curriculum
