#include "pcs/storage/AssessmentWindowStore.h"

#include "AssessmentRows.h"
#include "DatabaseAccess.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/log/Log.h"
#include "pcs/storage/Database.h"

#include <QUuid>

#include <SQLiteCpp/Statement.h>

namespace pcs::storage {
namespace {

constexpr const char* kSelectWindow = "SELECT id, cohort_id, phase, opened_at, opened_by, closed_at, "
                                      "closed_by, uses_pins, collect_then FROM assessment_windows";

AssessmentWindow readWindow(SQLite::Statement& query)
{
    AssessmentWindow window;
    window.id = columnText(query, 0);
    window.cohortId = columnText(query, 1);
    window.phase = readPhase(query, 2);
    window.openedAtUtc = fromStorageTime(columnText(query, 3));
    window.openedBy = columnText(query, 4);
    window.closedAtUtc = optionalTime(query, 5);
    window.closedBy = query.getColumn(6).isNull() ? QString() : columnText(query, 6);
    window.usesPins = query.getColumn(7).getInt() != 0;
    window.collectThen = query.getColumn(8).getInt() != 0;
    return window;
}

// What the audit entry and the log say about a window: never anything a learner wrote.
QString windowDetails(const AssessmentWindow& window)
{
    QString details = QStringLiteral("cohort %1, %2").arg(window.cohortId, phaseKey(window.phase));
    if (window.usesPins)
        details += QStringLiteral(", PINs");
    if (window.collectThen)
        details += QStringLiteral(", then-ratings");
    return details;
}

} // namespace

AssessmentWindowStore::AssessmentWindowStore(Database& database)
    : m_database(database)
{ }

Result<AssessmentWindow> AssessmentWindowStore::openWindow(
    const QString& cohortId, AssessmentPhase phase, bool usesPins, bool collectThen, const QString& actor)
{
    if (collectThen && phase != AssessmentPhase::Post)
        return fail(ErrorKind::Invalid,
            tr("Then-ratings (how learners rate their skills before the program, looking back) are "
               "collected only in the post self-assessment."));
    AssessmentWindow window;
    window.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    window.cohortId = cohortId;
    window.phase = phase;
    window.openedAtUtc = m_database.clock().nowUtc();
    window.openedBy = actor;
    window.usesPins = usesPins;
    window.collectThen = collectThen;
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("open the self-assessment"), [&](SQLite::Database& db) {
            SQLite::Statement cohort(db, "SELECT 1 FROM cohorts WHERE id = ?");
            cohort.bind(1, sqlText(cohortId));
            if (!cohort.executeStep()) {
                refusal = Error{ErrorKind::NotFound, tr("There is no such cohort.")};
                return;
            }
            SQLite::Statement open(db,
                "SELECT 1 FROM assessment_windows WHERE cohort_id = ? AND phase = ? AND closed_at IS NULL");
            open.bind(1, sqlText(cohortId));
            open.bind(2, sqlText(phaseKey(phase)));
            if (open.executeStep()) {
                refusal = Error{ErrorKind::Invalid,
                    phase == AssessmentPhase::Pre
                        ? tr("The pre self-assessment of this cohort is open already.")
                        : tr("The post self-assessment of this cohort is open already.")};
                return;
            }
            SQLite::Statement insert(db,
                "INSERT INTO assessment_windows(id, cohort_id, phase, opened_at, opened_by, uses_pins, "
                "collect_then) VALUES (?, ?, ?, ?, ?, ?, ?)");
            insert.bind(1, sqlText(window.id));
            insert.bind(2, sqlText(cohortId));
            insert.bind(3, sqlText(phaseKey(phase)));
            insert.bind(4, sqlText(toStorageTime(window.openedAtUtc)));
            insert.bind(5, sqlText(actor));
            insert.bind(6, usesPins ? 1 : 0);
            insert.bind(7, collectThen ? 1 : 0);
            insert.exec();
            appendAudit(
                db, window.openedAtUtc, actor, "kiosk.window-opened", window.id, windowDetails(window));
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    log::info(QStringLiteral("Self-assessment window %1 opened: %2").arg(window.id, windowDetails(window)));
    // As stored: to the millisecond.
    window.openedAtUtc = fromStorageTime(toStorageTime(window.openedAtUtc));
    return window;
}

Result<void> AssessmentWindowStore::closeWindow(const QString& windowId, const QString& actor)
{
    std::optional<Error> refusal;
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("close the self-assessment"), [&](SQLite::Database& db) {
            SQLite::Statement find(db, std::string(kSelectWindow) + " WHERE id = ?");
            find.bind(1, sqlText(windowId));
            if (!find.executeStep()) {
                refusal = Error{ErrorKind::NotFound, tr("There is no such self-assessment window.")};
                return;
            }
            const AssessmentWindow window = readWindow(find);
            if (!window.isOpen()) {
                refusal = Error{ErrorKind::Invalid, tr("This self-assessment window is closed already.")};
                return;
            }
            const QDateTime now = m_database.clock().nowUtc();
            SQLite::Statement close(
                db, "UPDATE assessment_windows SET closed_at = ?, closed_by = ? WHERE id = ?");
            close.bind(1, sqlText(toStorageTime(now)));
            close.bind(2, sqlText(actor));
            close.bind(3, sqlText(windowId));
            close.exec();
            appendAudit(db, now, actor, "kiosk.window-closed", windowId, windowDetails(window));
        });
    if (!written)
        return std::unexpected(written.error());
    if (refusal)
        return std::unexpected(*refusal);
    log::info(QStringLiteral("Self-assessment window %1 closed").arg(windowId));
    return {};
}

Result<std::optional<AssessmentWindow>> AssessmentWindowStore::openWindowFor(
    const QString& cohortId, AssessmentPhase phase) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            std::string(kSelectWindow) + " WHERE cohort_id = ? AND phase = ? AND closed_at IS NULL");
        query.bind(1, sqlText(cohortId));
        query.bind(2, sqlText(phaseKey(phase)));
        if (!query.executeStep())
            return std::optional<AssessmentWindow>{};
        return std::optional<AssessmentWindow>{readWindow(query)};
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the self-assessment windows"), m_database.path()));
    }
}

Result<std::vector<AssessmentWindow>> AssessmentWindowStore::windows(const QString& cohortId) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database),
            std::string(kSelectWindow) + " WHERE cohort_id = ? ORDER BY opened_at DESC, id");
        query.bind(1, sqlText(cohortId));
        std::vector<AssessmentWindow> list;
        while (query.executeStep())
            list.push_back(readWindow(query));
        return list;
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("read the self-assessment windows"), m_database.path()));
    }
}

} // namespace pcs::storage
