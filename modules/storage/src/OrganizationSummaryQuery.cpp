#include "pcs/storage/OrganizationSummaryQuery.h"

#include "DatabaseAccess.h"
#include "SqlSupport.h"
#include "pcs/storage/Database.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace pcs::storage {

namespace {

// The cohorts of the period: those whose last session (their start date while they have none)
// falls between :from and :to. A cohort never ends before it starts, which lets the start-date
// index skip the cohorts that start after the period. A program's contact minutes are its
// recommended ones, which the package loader holds equal to its workshops' contact time.
constexpr const char* kPeriodCohorts = R"sql(
WITH period_cohorts AS (
    SELECT id, program_id, version_id, completion_percent, program_minutes, end_date
    FROM (
        SELECT c.id, c.program_id, c.curriculum_version_id AS version_id, c.completion_percent,
               COALESCE(p.contact_minutes,
                        (SELECT SUM(s.contact_minutes) FROM cohort_sessions s WHERE s.cohort_id = c.id),
                        0) AS program_minutes,
               COALESCE((SELECT MAX(s.date) FROM cohort_sessions s WHERE s.cohort_id = c.id),
                        c.start_date) AS end_date
        FROM cohorts c
        LEFT JOIN curriculum_programs p
               ON p.version_id = c.curriculum_version_id AND p.program_id = c.program_id
        WHERE c.start_date <= :to
    )
    WHERE end_date BETWEEN :from AND :to
))sql";

// Cohorts, distinct learners and scheduled contact minutes of the period.
constexpr const char* kTotals = R"sql(
SELECT (SELECT COUNT(*) FROM period_cohorts),
       (SELECT COUNT(DISTINCT l.person_id)
          FROM cohort_learners l JOIN period_cohorts pc ON pc.id = l.cohort_id),
       (SELECT COALESCE(SUM(s.contact_minutes), 0)
          FROM cohort_sessions s JOIN period_cohorts pc ON pc.id = s.cohort_id);
)sql";

// Per organization and program: the people on a roster, those who met the completion rule of a
// cohort (earned minutes * 100 >= program minutes * percent, as pcs::meetsCompletion), and the
// contact minutes they earned (present: the session's; late or left early: less the minutes missed).
constexpr const char* kDeliveries = R"sql(
, learner_minutes AS (
    SELECT l.cohort_id, l.person_id, pc.program_id, pc.program_minutes, pc.completion_percent,
           COALESCE(SUM(CASE a.status
                            WHEN 'present' THEN s.contact_minutes
                            WHEN 'late' THEN MAX(0, s.contact_minutes - a.minutes_missed)
                            WHEN 'left-early' THEN MAX(0, s.contact_minutes - a.minutes_missed)
                            ELSE 0 END), 0) AS earned
    FROM period_cohorts pc
    JOIN cohort_learners l ON l.cohort_id = pc.id
    LEFT JOIN cohort_sessions s ON s.cohort_id = pc.id
    LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = l.person_id
    GROUP BY l.cohort_id, l.person_id
)
SELECT COALESCE(o.name, '') AS organization,
       lm.program_id,
       COALESCE((SELECT cp.title_en FROM curriculum_programs cp
                  WHERE cp.program_id = lm.program_id ORDER BY cp.version_id DESC LIMIT 1), lm.program_id),
       COALESCE((SELECT cp.title_fr FROM curriculum_programs cp
                  WHERE cp.program_id = lm.program_id ORDER BY cp.version_id DESC LIMIT 1), lm.program_id),
       COUNT(DISTINCT lm.person_id),
       COUNT(DISTINCT CASE WHEN lm.program_minutes > 0
                            AND lm.earned * 100 >= lm.program_minutes * lm.completion_percent
                           THEN lm.person_id END),
       SUM(lm.earned)
FROM learner_minutes lm
JOIN people pe ON pe.id = lm.person_id
LEFT JOIN organizations o ON o.id = pe.organization_id
GROUP BY pe.organization_id, lm.program_id
ORDER BY o.name IS NULL, o.name COLLATE NOCASE, lm.program_id;
)sql";

// Per topic: a learner's pre and post rating is the mean of their competence ratings of the
// topic's items (items of the cohort's program and curriculum version) in a submitted
// self-assessment; learners with both count.
constexpr const char* kGains = R"sql(
, learner_topics AS (
    SELECT i.topic_id,
           AVG(CASE a.phase WHEN 'pre' THEN a.competence END) AS pre,
           AVG(CASE a.phase WHEN 'post' THEN a.competence END) AS post
    FROM period_cohorts pc
    JOIN assessment_progress g ON g.cohort_id = pc.id AND g.state = 'submitted'
    JOIN assessment_answers a
      ON a.cohort_id = g.cohort_id AND a.person_id = g.person_id AND a.phase = g.phase
    JOIN curriculum_items i
      ON i.version_id = pc.version_id AND i.item_id = a.item_id AND i.program_id = pc.program_id
    WHERE a.competence IS NOT NULL
    GROUP BY g.cohort_id, g.person_id, i.topic_id
)
SELECT topic_id, COUNT(*), AVG(pre), AVG(post)
FROM learner_topics
WHERE pre IS NOT NULL AND post IS NOT NULL
GROUP BY topic_id
ORDER BY topic_id;
)sql";

constexpr const char* kCohortsEnding = R"sql(
SELECT id FROM period_cohorts ORDER BY end_date, id;
)sql";

std::string statement(const char* body)
{
    return std::string(kPeriodCohorts) + body;
}

void bindPeriod(SQLite::Statement& query, const QDate& from, const QDate& to)
{
    query.bind(":from", from.toString(Qt::ISODate).toStdString());
    query.bind(":to", to.toString(Qt::ISODate).toStdString());
}

QString column(SQLite::Statement& query, int index)
{
    return QString::fromStdString(query.getColumn(index).getString());
}

} // namespace

OrganizationSummaryQuery::OrganizationSummaryQuery(Database& database)
    : m_database(database)
{ }

QStringList OrganizationSummaryQuery::statements()
{
    QStringList result;
    for (const char* body : {kTotals, kDeliveries, kGains})
        result << QString::fromStdString(statement(body)).trimmed();
    return result;
}

Result<void> OrganizationSummaryQuery::checkPeriod(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return fail(ErrorKind::Invalid, tr("A period needs a first and a last day."));
    if (to < from)
        return fail(ErrorKind::Invalid,
            tr("The period ends (%1) before it starts (%2).")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    return {};
}

Result<OrganizationFigures> OrganizationSummaryQuery::run(const QDate& from, const QDate& to) const
{
    if (auto period = checkPeriod(from, to); !period)
        return std::unexpected(period.error());
    OrganizationFigures figures;
    figures.from = from;
    figures.to = to;
    try {
        SQLite::Database& db = DatabaseAccess::sqlite(m_database);
        // One read transaction: the three statements see the same data.
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        SQLite::Statement totals(db, statement(kTotals));
        bindPeriod(totals, from, to);
        if (totals.executeStep()) {
            figures.cohorts = totals.getColumn(0).getInt();
            figures.learners = totals.getColumn(1).getInt();
            figures.contactMinutes = totals.getColumn(2).getInt();
        }
        SQLite::Statement deliveries(db, statement(kDeliveries));
        bindPeriod(deliveries, from, to);
        while (deliveries.executeStep())
            figures.rows.push_back({column(deliveries, 0), column(deliveries, 1), column(deliveries, 2),
                column(deliveries, 3), deliveries.getColumn(4).getInt(), deliveries.getColumn(5).getInt(),
                deliveries.getColumn(6).getInt()});
        SQLite::Statement gains(db, statement(kGains));
        bindPeriod(gains, from, to);
        while (gains.executeStep())
            figures.gains.push_back({column(gains, 0), gains.getColumn(1).getInt(),
                gains.getColumn(2).getDouble(), gains.getColumn(3).getDouble()});
        snapshot.commit();
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("compute the organization summary"), m_database.path()));
    }
    return figures;
}

Result<QStringList> OrganizationSummaryQuery::cohortsEndingBetween(const QDate& from, const QDate& to) const
{
    if (auto period = checkPeriod(from, to); !period)
        return std::unexpected(period.error());
    QStringList ids;
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database), statement(kCohortsEnding));
        bindPeriod(query, from, to);
        while (query.executeStep())
            ids << column(query, 0);
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("find the cohorts of the period"), m_database.path()));
    }
    return ids;
}

} // namespace pcs::storage
