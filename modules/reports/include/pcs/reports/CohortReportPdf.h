#pragma once

#include "pcs/reports/ReportCommon.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pcs::reports {

// Pre/post figures of one topic for a cohort (pcs::analytics::PairedSummary gives most of them).
struct CohortTopicStats {
    QString topic;
    int nPaired = 0; // learners with both a pre and a post rating
    double preMean = 0, postMean = 0, preMedian = 0, postMedian = 0;
    int improved = 0, unchanged = 0, declined = 0;
    std::optional<double> wilcoxonP; // two-sided; none when every difference is zero
    bool exactP = false; // exact distribution (else the normal approximation)
    std::optional<double> effectSize; // matched-pairs rank-biserial r = (T+ − T−) / (T+ + T−)
    bool responseShift = false; // then-ratings differ from pre-ratings
    std::optional<double> thenMean;
};

// One self-assessment item and the mean change (post − pre) of its ratings.
struct ItemGain {
    QString itemText;
    QString topic;
    double meanChange = 0;
    int n = 0;
};

struct CohortReport {
    QString cohortTitle, programTitle, location;
    QDate startDate, endDate;
    QStringList facilitators;
    int learners = 0, eligible = 0;
    int completionPercent = 80; // of the program's contact minutes needed for a certificate
    double meanAttendanceRate = 0; // 0..1
    int deliveredMinutes = 0, sessions = 0;
    std::vector<CohortTopicStats> topics;
    std::vector<ItemGain> largestGains, smallestGains;
    struct LearnerRow {
        QString name;
        int earnedMinutes = 0;
        bool eligible = false;
        QString preState, postState; // e.g. "Submitted", "Not started"
    };
    std::vector<LearnerRow> learnerRows;
};

// A cohort's report (portrait): the cohort on top; completion and attendance; the pre/post means per
// topic as a chart; the statistics table; a plain-language reading of each topic; the items with the
// largest and smallest gains; the learners; notes on the methods. Written through QSaveFile.
class CohortReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(pcs::reports::CohortReportPdf)

public:
    explicit CohortReportPdf(ReportOptions options = {});

    const ReportOptions& options() const { return m_options; }

    // `progress` is called after each page; returning false cancels.
    Result<void> write(const QString& path, const CohortReport& report, const Progress& progress = {}) const;

    // The plain-language reading of one topic's figures, e.g. "Ratings rose for 18 of 24 learners,
    // stayed the same for 4 and fell for 2. The rise is unlikely to be chance (p = 0.002) and large
    // (r = 0.71)." The rules:
    // - the direction counts the learners whose post rating is above, equal to or below their pre rating;
    // - p < 0.05: "unlikely to be chance"; otherwise "could be chance"; no p (every rating unchanged):
    //   "nothing to test";
    // - the size by |r|: below 0.1 negligible, from 0.1 small, from 0.3 medium, from 0.5 large (Cohen's
    //   conventions for a correlation); r > 0 is a rise, r < 0 a fall;
    // - fewer than six changed ratings: no two-sided p below 0.05 is possible, and the reading says so;
    // - a response shift adds a sentence comparing the then and pre means.
    static QString reading(const CohortTopicStats& stats, const QLocale& locale);
    // "negligible", "small", "medium" or "large" for |r|.
    static QString effectSizeWord(double r);
    // The notes on the methods printed at the end of the report, one paragraph each.
    static QStringList methodNotes(int completionPercent);

private:
    ReportOptions m_options;
};

} // namespace pcs::reports
