#pragma once

#include "pcs/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace pcs::storage {

class Database;

// The training delivered in a period, as the organization summary reports it, computed by SQL.
// A cohort belongs to the period when it ends in it: its last session's date (its start date while
// it has no sessions) falls between `from` and `to`, both days included.
struct OrganizationFigures {
    QDate from, to;
    int cohorts = 0;
    int learners = 0; // distinct people on the rosters of those cohorts
    int contactMinutes = 0; // of the cohorts' sessions, as scheduled
    // One row per organization and program, by organization name then program id.
    struct Delivery {
        QString organization; // empty for learners without an organization
        QString programId;
        QString programTitleEn, programTitleFr;
        int peopleTrained = 0; // distinct people on a roster of the program's cohorts
        int completed = 0; // of those, people who met a cohort's completion rule
        int learnerContactMinutes = 0; // the contact time these learners attended, added up
    };
    std::vector<Delivery> rows;
    // Per topic: a learner's rating is the mean of their competence ratings of the topic's items in
    // a submitted self-assessment; only learners with both a pre and a post rating count.
    struct TopicGain {
        QString topicId;
        int n = 0;
        double meanPre = 0, meanPost = 0;
    };
    std::vector<TopicGain> gains; // by topic id
};

class OrganizationSummaryQuery
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::OrganizationSummaryQuery)

public:
    explicit OrganizationSummaryQuery(Database& database);

    // Refuses a period that ends before it starts or an invalid date.
    Result<OrganizationFigures> run(const QDate& from, const QDate& to) const;

    // The cohorts of the period, by the day they end.
    Result<QStringList> cohortsEndingBetween(const QDate& from, const QDate& to) const;

    // The statements run() executes, in order (totals, deliveries, topic gains), with the named
    // parameters :from and :to bound to ISO dates. Public so that the benchmark can run exactly the
    // same SQL in the sqlite3 shell.
    static QStringList statements();

private:
    static Result<void> checkPeriod(const QDate& from, const QDate& to);

    Database& m_database;
};

} // namespace pcs::storage
