#pragma once

#include "FileContext.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pcs::curriculum {

// The ids each package file defines, for checking references from the other files. A part stays
// empty (nullopt) when its file could not be read or parsed, so that nothing is checked against it.
struct PackageIndex {
    QString toolsFile;
    QString topicsFile;
    QString programsFile;
    std::optional<QSet<QString>> toolIds;
    std::optional<QSet<QString>> topicIds;
    // program id -> its topics (nullopt when the program's topic list could not be read)
    std::optional<QHash<QString, std::optional<QStringList>>> programTopics;
    QStringList programIds; // in file order

    // Each reports a reference to an id the other file does not define; false after a report.
    bool checkTool(FileContext& context, const QString& toolId, const QString& path) const;
    bool checkTopic(FileContext& context, const QString& topicId, const QString& path) const;
    bool checkProgram(FileContext& context, const QString& programId, const QString& path) const;
};

} // namespace pcs::curriculum
