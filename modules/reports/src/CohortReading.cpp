// The words of the cohort report: the plain-language reading of each topic's figures and the notes
// on the methods. Every threshold the reading uses is stated in the notes.

#include "pcs/reports/CohortReportPdf.h"

#include <cmath>

namespace pcs::reports {
namespace {

constexpr double kSignificance = 0.05;
// Fewer non-zero differences than this cannot give a two-sided p below 0.05 (for 5: 2 / 2^5 = 0.0625).
constexpr int kMinimumChangesForSignificance = 6;

// "p = 0.002" and "r = 0.71" never break across lines.
QString unbroken(QString phrase)
{
    return phrase.replace(u' ', QChar::Nbsp);
}

QString pPhrase(const QLocale& locale, double p)
{
    if (p < 0.001)
        return unbroken(CohortReportPdf::tr("p < %1").arg(locale.toString(0.001, 'f', 3)));
    return unbroken(CohortReportPdf::tr("p = %1").arg(ReportCommon::pValue(locale, p)));
}

QString rPhrase(const QLocale& locale, double r)
{
    return unbroken(CohortReportPdf::tr("r = %1").arg(ReportCommon::effect(locale, r)));
}

// The first sentence: how many learners' ratings rose, stayed the same and fell.
QString direction(const CohortTopicStats& s)
{
    if (s.nPaired == 1) {
        if (s.improved == 1)
            return CohortReportPdf::tr(
                "Only one learner answered both self-assessments, and their rating rose.");
        if (s.declined == 1)
            return CohortReportPdf::tr(
                "Only one learner answered both self-assessments, and their rating fell.");
        return CohortReportPdf::tr(
            "Only one learner answered both self-assessments, and their rating stayed the same.");
    }
    const QString n = QString::number(s.nPaired);
    if (s.improved == s.nPaired)
        return CohortReportPdf::tr("Ratings rose for all %1 learners.").arg(n);
    if (s.declined == s.nPaired)
        return CohortReportPdf::tr("Ratings fell for all %1 learners.").arg(n);
    if (s.unchanged == s.nPaired)
        return CohortReportPdf::tr("Ratings stayed the same for all %1 learners.").arg(n);
    const QString improved = QString::number(s.improved);
    if (s.improved == 0)
        return CohortReportPdf::tr("Ratings fell for %1 of %2 learners and stayed the same for %3.")
            .arg(QString::number(s.declined), n, QString::number(s.unchanged));
    if (s.declined == 0)
        return CohortReportPdf::tr("Ratings rose for %1 of %2 learners and stayed the same for %3.")
            .arg(improved, n, QString::number(s.unchanged));
    if (s.unchanged == 0)
        return CohortReportPdf::tr("Ratings rose for %1 of %2 learners and fell for %3.")
            .arg(improved, n, QString::number(s.declined));
    return CohortReportPdf::tr("Ratings rose for %1 of %2 learners, stayed the same for %3 and fell for %4.")
        .arg(improved, n, QString::number(s.unchanged), QString::number(s.declined));
}

// The second sentence: whether the change could be chance, and how large it is.
QString test(const CohortTopicStats& s, const QLocale& locale)
{
    if (!s.wilcoxonP)
        return s.improved + s.declined == 0
            ? CohortReportPdf::tr("With no rating changed, there is nothing to test.")
            : CohortReportPdf::tr("No test result is available.");
    const double p = *s.wilcoxonP;
    const bool rise = s.effectSize ? *s.effectSize >= 0 : s.postMean >= s.preMean;
    QString sentence;
    if (p < kSignificance) {
        if (s.effectSize)
            sentence = (rise ? CohortReportPdf::tr("The rise is unlikely to be chance (%1) and %2 (%3).")
                             : CohortReportPdf::tr("The fall is unlikely to be chance (%1) and %2 (%3)."))
                           .arg(pPhrase(locale, p), CohortReportPdf::effectSizeWord(*s.effectSize),
                               rPhrase(locale, *s.effectSize));
        else
            sentence = (rise ? CohortReportPdf::tr("The rise is unlikely to be chance (%1).")
                             : CohortReportPdf::tr("The fall is unlikely to be chance (%1)."))
                           .arg(pPhrase(locale, p));
        return sentence;
    }
    if (s.effectSize)
        sentence = CohortReportPdf::tr("The change could be chance (%1); its size is %2 (%3).")
                       .arg(pPhrase(locale, p), CohortReportPdf::effectSizeWord(*s.effectSize),
                           rPhrase(locale, *s.effectSize));
    else
        sentence = CohortReportPdf::tr("The change could be chance (%1).").arg(pPhrase(locale, p));
    if (s.improved + s.declined < kMinimumChangesForSignificance)
        sentence += u' '
            + CohortReportPdf::tr("With fewer than six changed ratings, no result below p = %1 is possible.")
                  .arg(locale.toString(kSignificance, 'f', 2));
    return sentence;
}

} // namespace

QString CohortReportPdf::effectSizeWord(double r)
{
    const double size = std::abs(r);
    if (size < 0.1)
        return tr("negligible", "effect size");
    if (size < 0.3)
        return tr("small", "effect size");
    if (size < 0.5)
        return tr("medium", "effect size");
    return tr("large", "effect size");
}

QString CohortReportPdf::reading(const CohortTopicStats& s, const QLocale& locale)
{
    if (s.nPaired <= 0)
        return tr("No learner answered both the pre and the post self-assessment for this topic.");
    QString text = direction(s);
    if (s.nPaired > 1)
        text += u' ' + test(s, locale);
    if (s.responseShift)
        text += u' '
            + (s.thenMean
                    ? tr("Looking back, learners rated their starting point differently (then: %1, "
                         "pre: %2): a response shift, so the pre/post change may understate or overstate "
                         "the real change.")
                          .arg(ReportCommon::mean(locale, s.thenMean), ReportCommon::mean(locale, s.preMean))
                    : tr("Looking back, learners rated their starting point differently: a response shift, "
                         "so the pre/post change may understate or overstate the real change."));
    return text;
}

QStringList CohortReportPdf::methodNotes(int completionPercent)
{
    const QLocale c = QLocale::c();
    return {
        tr("Ratings are competence self-ratings from 1 (low) to 5 (high). n paired counts the learners with "
           "both a pre and a post rating of a topic; the means, medians, counts and tests use only them. "
           "Improved, unchanged and declined compare each learner's post rating with their pre rating."),
        tr("Wilcoxon signed-rank test, two-sided, on the differences post − pre. Differences of zero are "
           "dropped; the others are ranked by their absolute size, tied values sharing the mean of their "
           "ranks. With up to 25 non-zero differences and no ties, p is exact (from the distribution of the "
           "rank sum over all 2ⁿ equally likely signs); otherwise it comes from the normal approximation, "
           "with the tie correction of the variance and a continuity correction. p-values from the "
           "approximation are marked ≈."),
        tr("A change is called unlikely to be chance when p < 0.05. With fewer than six non-zero differences "
           "no two-sided p below 0.05 is possible (with five, the smallest exact p is 0.0625). A small p "
           "says "
           "that a change is probably not chance, not that it is large: the effect size says how large."),
        tr("Effect size: the matched-pairs rank-biserial correlation r = (T+ − T−) / (T+ + T−), where T+ and "
           "T− are the sums of the ranks of the positive and of the negative differences (Kerby, 2014). r "
           "runs "
           "from −1 (every changed rating fell) to +1 (every changed rating rose). Following Cohen's "
           "conventions for correlations, |r| below 0.1 is called negligible, from 0.1 small, from 0.3 "
           "medium "
           "and from 0.5 large."),
        tr("Then-ratings are given at the end of the training: looking back, learners rate where they stood "
           "before it. Where they differ from the pre-ratings (marked † in the table), learners judge their "
           "starting point differently once they know the topic better (response shift), and the pre/post "
           "change may understate or overstate the real change."),
        tr("Items with the largest and smallest gains: the mean change (post − pre) of each item's ratings "
           "among the learners who rated it both times."),
        tr("Completion: a learner is eligible for a certificate with at least %1 of the program's contact "
           "hours.")
            .arg(ReportCommon::percent(c, completionPercent)),
    };
}

} // namespace pcs::reports
