#pragma once

#include "pcs/domain/Error.h"
#include "pcs/domain/curriculum/CurriculumPackage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace pcs::storage {

class Database;

// One difference between an imported package and the version before it.
struct CurriculumChange {
    enum class Kind { Added, Changed, Removed };
    Kind kind = Kind::Added;
    QString entity; // "program", "topic", "tool", "item", "scale", "templates", "package"
    QString id;
    friend bool operator==(const CurriculumChange&, const CurriculumChange&) = default;
};

struct CurriculumImport {
    qint64 versionId = 0; // row of the (new or existing) version
    int previousVersion = 0; // of the same package; 0 when none
    bool alreadyImported = false;
    std::vector<CurriculumChange> changes; // against the previous version; all Added for a first import
};

struct CurriculumVersionInfo {
    qint64 versionId = 0;
    QString packageId;
    int version = 0;
    QDate released;
    QDateTime importedAtUtc;
};

// Imported curriculum versions. Each import is a numbered version kept unchanged forever, so that
// cohorts and assessments that used it keep their meaning when a newer version arrives.
class CurriculumStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::CurriculumStore)

public:
    explicit CurriculumStore(Database& database);

    // What importing `package` would do, without writing anything.
    Result<CurriculumImport> preview(const CurriculumPackage& package) const;
    // Imports in one transaction. The same package and version again changes nothing; the same
    // version with other content, or an older version, is refused.
    Result<CurriculumImport> import(const CurriculumPackage& package);

    // A stored version is used only when its content still matches the SHA-256 taken at import;
    // otherwise these return a Corrupt error naming the version and the database file.
    // The version imported last (the one new cohorts use), if any.
    Result<std::optional<CurriculumPackage>> current() const;
    Result<std::optional<CurriculumPackage>> byVersionId(qint64 versionId) const;
    Result<std::vector<CurriculumVersionInfo>> versions() const;
    // Items of one program in one version, in self-assessment order.
    Result<std::vector<AssessmentItem>> items(qint64 versionId, const QString& programId) const;

    static QString describe(const CurriculumChange& change);

private:
    Database& m_database;
};

} // namespace pcs::storage
