#include "pcs/storage/CurriculumStore.h"

#include "AuditChain.h"
#include "CurriculumCodec.h"
#include "DatabaseAccess.h"
#include "SqlSupport.h"
#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QCryptographicHash>
#include <QDir>

#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace pcs::storage {
namespace {

template <typename T>
void diffById(const std::vector<T>& before, const std::vector<T>& after, const QString& entity,
    std::vector<CurriculumChange>& changes)
{
    for (const T& now : after) {
        const auto old
            = std::find_if(before.begin(), before.end(), [&](const T& b) { return b.id == now.id; });
        if (old == before.end())
            changes.push_back({CurriculumChange::Kind::Added, entity, now.id});
        else if (!(*old == now))
            changes.push_back({CurriculumChange::Kind::Changed, entity, now.id});
    }
    for (const T& old : before) {
        if (std::none_of(after.begin(), after.end(), [&](const T& a) { return a.id == old.id; }))
            changes.push_back({CurriculumChange::Kind::Removed, entity, old.id});
    }
}

std::vector<CurriculumChange> diff(const CurriculumPackage& before, const CurriculumPackage& after)
{
    std::vector<CurriculumChange> changes;
    if (before.title != after.title || before.description != after.description || before.id != after.id)
        changes.push_back({CurriculumChange::Kind::Changed, QStringLiteral("package"), after.id});
    diffById(before.programs, after.programs, QStringLiteral("program"), changes);
    diffById(before.topics, after.topics, QStringLiteral("topic"), changes);
    diffById(before.tools, after.tools, QStringLiteral("tool"), changes);
    diffById(before.assessment.items, after.assessment.items, QStringLiteral("item"), changes);
    if (before.assessment.competence != after.assessment.competence)
        changes.push_back(
            {CurriculumChange::Kind::Changed, QStringLiteral("scale"), QStringLiteral("competence")});
    if (before.assessment.desire != after.assessment.desire)
        changes.push_back(
            {CurriculumChange::Kind::Changed, QStringLiteral("scale"), QStringLiteral("desire")});
    if (before.templates != after.templates)
        changes.push_back({CurriculumChange::Kind::Changed, QStringLiteral("templates"), after.id});
    return changes;
}

// A first import: every program, topic, tool and item is new.
std::vector<CurriculumChange> everythingAdded(const CurriculumPackage& package)
{
    std::vector<CurriculumChange> changes;
    diffById({}, package.programs, QStringLiteral("program"), changes);
    diffById({}, package.topics, QStringLiteral("topic"), changes);
    diffById({}, package.tools, QStringLiteral("tool"), changes);
    diffById({}, package.assessment.items, QStringLiteral("item"), changes);
    return changes;
}

struct Plan {
    CurriculumImport outcome;
    bool write = false;
};

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Decides what importing means, from what is already stored. Throws only for SQLite failures.
Result<Plan> plan(
    SQLite::Database& db, const CurriculumPackage& package, const QString& hash, const QString& path)
{
    Plan result;
    SQLite::Statement same(
        db, "SELECT id, content_sha256 FROM curriculum_versions WHERE package_id = ? AND version = ?");
    same.bind(1, package.id.toStdString());
    same.bind(2, package.version);
    if (same.executeStep()) {
        if (QString::fromStdString(same.getColumn(1).getString()) != hash)
            return fail(ErrorKind::Invalid,
                CurriculumStore::tr("Version %1 of the curriculum package '%2' is already imported with "
                                    "different content. Raise \"version\" in manifest.json and import again.")
                    .arg(package.version)
                    .arg(package.id));
        result.outcome.versionId = same.getColumn(0).getInt64();
        result.outcome.previousVersion = package.version;
        result.outcome.alreadyImported = true;
        return result;
    }

    SQLite::Statement latest(db,
        "SELECT id, version FROM curriculum_versions WHERE package_id = ? "
        "ORDER BY version DESC LIMIT 1");
    latest.bind(1, package.id.toStdString());
    if (latest.executeStep()) {
        const int installed = latest.getColumn(1).getInt();
        if (installed > package.version)
            return fail(ErrorKind::Invalid,
                CurriculumStore::tr("Version %1 of '%2' is older than the installed version %3; it was "
                                    "not imported.")
                    .arg(package.version)
                    .arg(package.id)
                    .arg(installed));
        result.outcome.previousVersion = installed;
        const auto previous = readStoredCurriculum(db, latest.getColumn(0).getInt64(), path);
        if (!previous)
            return std::unexpected(previous.error());
        result.outcome.changes = *previous ? diff(**previous, package) : everythingAdded(package);
    } else {
        result.outcome.changes = everythingAdded(package);
    }
    result.write = true;
    return result;
}

} // namespace

Result<std::optional<CurriculumPackage>> readStoredCurriculum(
    SQLite::Database& db, qint64 versionId, const QString& path)
{
    SQLite::Statement query(
        db, "SELECT package_id, version, content_sha256, content FROM curriculum_versions WHERE id = ?");
    query.bind(1, static_cast<int64_t>(versionId));
    if (!query.executeStep())
        return std::optional<CurriculumPackage>{};
    const SQLite::Column column = query.getColumn(3);
    const QByteArray content(static_cast<const char*>(column.getBlob()), column.getBytes());
    if (sha256(content) != QString::fromStdString(query.getColumn(2).getString()))
        return fail(ErrorKind::Corrupt,
            CurriculumStore::tr("The stored curriculum version %1 ('%2' version %3) in %4 was changed "
                                "after it was imported: its content no longer matches its SHA-256 "
                                "checksum. It was not used; restore a backup.")
                .arg(versionId)
                .arg(QString::fromStdString(query.getColumn(0).getString()))
                .arg(query.getColumn(1).getInt())
                .arg(QDir::toNativeSeparators(path)));
    auto package = decodeCurriculum(content);
    if (!package)
        return fail(ErrorKind::Corrupt,
            CurriculumStore::tr("The stored curriculum version %1 in %2 cannot be read.")
                .arg(versionId)
                .arg(QDir::toNativeSeparators(path)));
    return package;
}

CurriculumStore::CurriculumStore(Database& database)
    : m_database(database)
{ }

Result<CurriculumImport> CurriculumStore::preview(const CurriculumPackage& package) const
{
    try {
        auto planned = plan(DatabaseAccess::sqlite(m_database), package, sha256(encodeCurriculum(package)),
            m_database.path());
        if (!planned)
            return std::unexpected(planned.error());
        return planned->outcome;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the imported curricula"), m_database.path()));
    }
}

Result<CurriculumImport> CurriculumStore::import(const CurriculumPackage& package)
{
    const QByteArray content = encodeCurriculum(package);
    const QString hash = sha256(content);
    Result<CurriculumImport> outcome = fail(ErrorKind::Invalid, QString());
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("import the curriculum"), [&](SQLite::Database& db) {
            auto planned = plan(db, package, hash, m_database.path());
            if (!planned) {
                outcome = std::unexpected(planned.error());
                return; // nothing written; the empty transaction commits harmlessly
            }
            outcome = planned->outcome;
            if (!planned->write)
                return;
            SQLite::Statement version(db,
                "INSERT INTO curriculum_versions(package_id, version, released, "
                "imported_at, content_sha256, content) VALUES (?, ?, ?, ?, ?, ?)");
            version.bind(1, package.id.toStdString());
            version.bind(2, package.version);
            version.bind(3, package.released.toString(Qt::ISODate).toStdString());
            version.bind(4, toStorageTime(m_database.clock().nowUtc()).toStdString());
            version.bind(5, hash.toStdString());
            version.bind(6, content.constData(), static_cast<int>(content.size()));
            version.exec();
            const qint64 versionId = db.getLastInsertRowid();
            outcome->versionId = versionId;

            SQLite::Statement program(db, "INSERT INTO curriculum_programs VALUES (?, ?, ?, ?, ?, ?)");
            for (const Program& p : package.programs) {
                program.bind(1, static_cast<int64_t>(versionId));
                program.bind(2, p.id.toStdString());
                program.bind(3, p.order);
                program.bind(4, p.title.en.toStdString());
                program.bind(5, p.title.fr.toStdString());
                program.bind(6, p.recommendedContactMinutes);
                program.exec();
                program.reset();
            }
            SQLite::Statement tool(db, "INSERT INTO curriculum_tools VALUES (?, ?, ?, ?, ?)");
            for (const MicroCoachingTool& t : package.tools) {
                tool.bind(1, static_cast<int64_t>(versionId));
                tool.bind(2, t.id.toStdString());
                tool.bind(3, t.number);
                tool.bind(4, t.title.en.toStdString());
                tool.bind(5, t.title.fr.toStdString());
                tool.exec();
                tool.reset();
            }
            SQLite::Statement item(db, "INSERT INTO curriculum_items VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (const Program& p : package.programs) {
                int position = 0;
                for (const AssessmentItem& i : package.assessment.itemsFor(p.id, p.topics)) {
                    item.bind(1, static_cast<int64_t>(versionId));
                    item.bind(2, i.id.toStdString());
                    item.bind(3, i.program.toStdString());
                    item.bind(4, i.topic.toStdString());
                    item.bind(5, ++position);
                    item.bind(6, i.text.en.toStdString());
                    item.bind(7, i.text.fr.toStdString());
                    item.exec();
                    item.reset();
                }
            }
            insertAuditEntry(db,
                {toStorageTime(m_database.clock().nowUtc()).toStdString(), "system", "curriculum.imported",
                    QStringLiteral("%1 v%2").arg(package.id).arg(package.version).toStdString(),
                    QStringLiteral("%1 changes").arg(outcome->changes.size()).toStdString()});
        });
    if (!written)
        return std::unexpected(written.error());
    if (outcome && !outcome->alreadyImported)
        log::info(QStringLiteral("Imported curriculum %1 version %2 (%3 changes)")
                      .arg(package.id)
                      .arg(package.version)
                      .arg(outcome->changes.size()));
    return outcome;
}

Result<std::optional<CurriculumPackage>> CurriculumStore::current() const
{
    try {
        SQLite::Database& db = DatabaseAccess::sqlite(m_database);
        SQLite::Statement latest(db, "SELECT max(id) FROM curriculum_versions");
        if (!latest.executeStep() || latest.getColumn(0).isNull())
            return std::optional<CurriculumPackage>{};
        return byVersionId(latest.getColumn(0).getInt64());
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the imported curricula"), m_database.path()));
    }
}

Result<std::optional<CurriculumPackage>> CurriculumStore::byVersionId(qint64 versionId) const
{
    try {
        return readStoredCurriculum(DatabaseAccess::sqlite(m_database), versionId, m_database.path());
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the imported curricula"), m_database.path()));
    }
}

Result<std::vector<CurriculumVersionInfo>> CurriculumStore::versions() const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT id, package_id, version, released, imported_at FROM curriculum_versions ORDER BY id");
        std::vector<CurriculumVersionInfo> list;
        while (query.executeStep()) {
            list.push_back({query.getColumn(0).getInt64(),
                QString::fromStdString(query.getColumn(1).getString()), query.getColumn(2).getInt(),
                QDate::fromString(QString::fromStdString(query.getColumn(3).getString()), Qt::ISODate),
                fromStorageTime(QString::fromStdString(query.getColumn(4).getString()))});
        }
        return list;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the imported curricula"), m_database.path()));
    }
}

Result<std::vector<AssessmentItem>> CurriculumStore::items(qint64 versionId, const QString& programId) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            "SELECT item_id, program_id, topic_id, text_en, text_fr FROM curriculum_items "
            "WHERE version_id = ? AND program_id = ? ORDER BY position");
        query.bind(1, static_cast<int64_t>(versionId));
        query.bind(2, programId.toStdString());
        std::vector<AssessmentItem> list;
        while (query.executeStep()) {
            list.push_back({QString::fromStdString(query.getColumn(0).getString()),
                QString::fromStdString(query.getColumn(1).getString()),
                QString::fromStdString(query.getColumn(2).getString()),
                {QString::fromStdString(query.getColumn(3).getString()),
                    QString::fromStdString(query.getColumn(4).getString())}});
        }
        return list;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the imported curricula"), m_database.path()));
    }
}

QString CurriculumStore::describe(const CurriculumChange& change)
{
    QString entity = change.entity;
    if (entity == QLatin1String("program"))
        entity = tr("program");
    else if (entity == QLatin1String("topic"))
        entity = tr("topic");
    else if (entity == QLatin1String("tool"))
        entity = tr("tool");
    else if (entity == QLatin1String("item"))
        entity = tr("self-assessment item");
    else if (entity == QLatin1String("scale"))
        entity = tr("rating scale");
    else if (entity == QLatin1String("templates"))
        entity = tr("templates");
    else if (entity == QLatin1String("package"))
        entity = tr("package title or description");
    switch (change.kind) {
    case CurriculumChange::Kind::Added:
        return tr("added: %1 %2").arg(entity, change.id);
    case CurriculumChange::Kind::Changed:
        return tr("changed: %1 %2").arg(entity, change.id);
    case CurriculumChange::Kind::Removed:
        return tr("removed: %1 %2").arg(entity, change.id);
    }
    return {};
}

} // namespace pcs::storage
