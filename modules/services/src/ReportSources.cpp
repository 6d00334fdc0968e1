#include "pcs/services/ReportSources.h"

#include "pcs/domain/assessment/LearnerAssessment.h"
#include "pcs/storage/AssessmentStore.h"
#include "pcs/storage/CertificateStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/OrganizationSummaryQuery.h"
#include "pcs/storage/PeopleStore.h"
#include "pcs/storage/SawPlanStore.h"

#include <QHash>

#include <algorithm>

namespace pcs::services {

namespace {

QStringList facilitatorNames(storage::Database& database, const Cohort& cohort)
{
    QStringList names;
    storage::PeopleStore people(database);
    for (const QString& id : cohort.facilitatorIds)
        if (const auto person = people.byId(id); person && person->has_value())
            names << (*person)->displayName();
    return names;
}

QString organizationName(storage::Database& database, const QString& organizationId)
{
    if (organizationId.isEmpty())
        return {};
    const auto organizations = storage::PeopleStore(database).organizations();
    if (organizations)
        for (const Organization& organization : *organizations)
            if (organization.id == organizationId)
                return organization.name;
    return {};
}

QDate endDate(const Cohort& cohort)
{
    QDate end = cohort.startDate;
    for (const CohortSession& session : cohort.sessions)
        end = std::max(end, session.date);
    return end;
}

QString stateText(SubmissionState state)
{
    switch (state) {
    case SubmissionState::NotStarted:
        return ReportSources::tr("Not started");
    case SubmissionState::InProgress:
        return ReportSources::tr("In progress");
    case SubmissionState::Submitted:
        return ReportSources::tr("Submitted");
    }
    return {};
}

} // namespace

QString ReportSources::curriculumVersion(const CohortAnalysis& analysis)
{
    return analysis.package ? curriculumVersion(*analysis.package) : QString();
}

QString ReportSources::curriculumVersion(const CurriculumPackage& package)
{
    return tr("version %1 (%2)").arg(package.version).arg(package.released.toString(Qt::ISODate));
}

Result<reports::CohortReport> ReportSources::cohortReport(
    storage::Database& database, const CohortAnalysis& analysis, const QString& language)
{
    reports::CohortReport report;
    const Cohort& cohort = analysis.cohort;
    report.cohortTitle = cohort.title;
    report.programTitle = analysis.programTitle(language);
    report.location = cohort.location;
    report.startDate = cohort.startDate;
    report.endDate = endDate(cohort);
    report.facilitators = facilitatorNames(database, cohort);
    report.learners = int(analysis.roster.size());
    report.eligible = analysis.attendanceSummary.eligible;
    report.completionPercent = cohort.completionPercent;
    report.meanAttendanceRate = analysis.attendanceSummary.meanAttendanceRate;
    report.deliveredMinutes = analysis.attendanceSummary.deliveredContactMinutes;
    report.sessions = analysis.attendanceSummary.sessions;
    for (const analytics::TopicStatistics& topic : analysis.topics) {
        const analytics::PairedSummary& s = topic.summary;
        report.topics.push_back({analysis.topicTitle(topic.topicId, language), s.nPaired, s.preMean,
            s.postMean, s.preMedian, s.postMedian, s.improved, s.unchanged, s.declined, s.wilcoxonP, s.exactP,
            s.effectSize, topic.responseShift, topic.thenMean});
    }
    std::vector<reports::ItemGain> gains;
    for (const analytics::ItemChange& change : analytics::itemChanges(analysis.answers))
        if (const AssessmentItem* item = analysis.item(change.itemId))
            gains.push_back({item->text.in(language), analysis.topicTitle(item->topic, language),
                change.meanChange, change.n});
    const size_t shown = std::min<size_t>(5, gains.size());
    report.largestGains.assign(gains.begin(), gains.begin() + long(shown));
    report.smallestGains.assign(gains.rbegin(), gains.rbegin() + long(shown));

    storage::AssessmentStore assessments(database);
    const auto pre = assessments.statuses(cohort.id, AssessmentPhase::Pre);
    const auto post = assessments.statuses(cohort.id, AssessmentPhase::Post);
    if (!pre || !post)
        return std::unexpected(!pre ? pre.error() : post.error());
    for (size_t i = 0; i < analysis.roster.size(); ++i) {
        const Person& learner = analysis.roster[i];
        const auto stateOf = [&](const std::vector<storage::LearnerStatus>& statuses) {
            for (const storage::LearnerStatus& status : statuses)
                if (status.person.id == learner.id)
                    return stateText(status.state);
            return stateText(SubmissionState::NotStarted);
        };
        report.learnerRows.push_back({learner.displayName(), analysis.attendance[i].earnedMinutes,
            analysis.attendance[i].eligible, stateOf(*pre), stateOf(*post)});
    }
    return report;
}

Result<reports::LearnerReport> ReportSources::learnerReport(storage::Database& database,
    const CohortAnalysis& analysis, const QString& personId, const QString& language)
{
    const auto learner = std::find_if(
        analysis.roster.begin(), analysis.roster.end(), [&](const Person& p) { return p.id == personId; });
    if (learner == analysis.roster.end())
        return fail(ErrorKind::NotFound,
            tr("There is no learner %1 on the roster of “%2”.").arg(personId, analysis.cohort.title));
    const size_t index = size_t(learner - analysis.roster.begin());
    reports::LearnerReport report;
    const Cohort& cohort = analysis.cohort;
    report.learnerName = learner->displayName();
    report.cohortTitle = cohort.title;
    report.programTitle = analysis.programTitle(language);
    report.organization = organizationName(database, learner->organizationId);
    report.startDate = cohort.startDate;
    report.endDate = endDate(cohort);

    // Every answer of the learner, submitted or not: the report is theirs.
    const auto all = storage::AssessmentStore(database).answers(cohort.id);
    if (!all)
        return std::unexpected(all.error());
    std::vector<analytics::PhaseAnswer> answers;
    LearnerAssessment latest; // the post answers when there are any, else the pre ones, for priorities
    latest.cohortId = cohort.id;
    latest.personId = personId;
    for (const storage::AnswerRow& row : *all)
        if (row.personId == personId)
            answers.push_back({row.personId, row.phase, row.answer});
    const bool hasPost = std::any_of(answers.begin(), answers.end(),
        [](const analytics::PhaseAnswer& a) { return a.phase == AssessmentPhase::Post; });
    for (const analytics::PhaseAnswer& a : answers)
        if ((a.phase == AssessmentPhase::Post) == hasPost)
            latest.answers.push_back(a.answer);
    const QHash<QString, analytics::LearnerTopics> ratings
        = analytics::learnerTopicRatings(analysis.items, answers);
    const analytics::LearnerTopics topics = ratings.value(personId);
    const auto toolsOf = [&](const QString& topicId) {
        QStringList tools;
        if (const Topic* topic = analysis.package ? analysis.package->topic(topicId) : nullptr)
            for (const QString& toolId : topic->tools)
                if (const MicroCoachingTool* tool = analysis.package->tool(toolId))
                    tools << tool->title.in(language);
        return tools;
    };
    for (const QString& topicId : analysis.topicOrder) {
        if (!topics.contains(topicId))
            continue;
        const analytics::TopicRatings r = topics.value(topicId);
        report.topics.push_back({analysis.topicTitle(topicId, language), r.pre, r.post, r.thenRating,
            r.desire, toolsOf(topicId)});
    }
    for (const QString& topicId : priorityTopics(latest, analysis.items))
        report.priorityTopics << tr("%1 — %2").arg(
            analysis.topicTitle(topicId, language), toolsOf(topicId).join(tr(", ")));

    const std::vector<int> followUpDays
        = analysis.package ? analysis.package->templates.followUpDays : std::vector<int>{30, 60, 90};
    storage::SawPlanStore plans(database, followUpDays);
    const auto plan = plans.sawPlan(cohort.id, personId);
    const auto followUps = plans.followUps(cohort.id, personId);
    if (!plan || !followUps)
        return std::unexpected(!plan ? plan.error() : followUps.error());
    for (const SawPlanEntry& entry : *plan) {
        reports::LearnerReport::PlanPart part;
        part.competency = analysis.topicTitle(entry.topicId, language);
        if (analysis.package)
            for (const SawPlanField& field : analysis.package->templates.sawPlanFields)
                if (entry.fields.contains(field.id))
                    part.fields.emplace_back(field.label.in(language), entry.fields.value(field.id));
        report.sawPlan.push_back(part);
    }
    for (const FollowUp& followUp : *followUps) {
        QString status = tr("Not recorded yet");
        if (followUp.status && analysis.package)
            for (const LabelledEntry& entry : analysis.package->templates.followUpStatuses)
                if (entry.id == followUpStatusKey(*followUp.status))
                    status = entry.title.in(language);
        report.followUps.push_back(
            {followUp.dayOffset, followUp.dueDate, status, followUp.reflection, followUp.nextStep});
    }

    const analytics::LearnerAttendance& attendance = analysis.attendance[index];
    report.sessionsAttended = attendance.attended;
    report.sessions = int(cohort.sessions.size());
    report.earnedMinutes = attendance.earnedMinutes;
    report.programMinutes = analysis.programContactMinutes;
    report.completionPercent = cohort.completionPercent;
    report.eligible = attendance.eligible;
    return report;
}

Result<std::vector<reports::Certificate>> ReportSources::certificates(storage::Database& database,
    const CohortAnalysis& analysis, const QString& language, const QString& actor)
{
    const Cohort& cohort = analysis.cohort;
    std::vector<storage::IssuedCertificate> wanted;
    std::vector<QString> organizations;
    for (size_t i = 0; i < analysis.roster.size(); ++i) {
        if (!analysis.attendance[i].eligible)
            continue;
        const Person& learner = analysis.roster[i];
        storage::IssuedCertificate certificate;
        certificate.cohortId = cohort.id;
        certificate.personId = learner.id;
        certificate.learnerName = learner.displayName();
        certificate.programTitle = analysis.programTitle(language);
        certificate.cohortTitle = cohort.title;
        certificate.contactMinutes = analysis.attendance[i].earnedMinutes;
        certificate.startDate = cohort.startDate;
        certificate.endDate = endDate(cohort);
        wanted.push_back(certificate);
        organizations.push_back(organizationName(database, learner.organizationId));
    }
    const auto issued = storage::CertificateStore(database).issue(wanted, actor);
    if (!issued)
        return std::unexpected(issued.error());
    const QStringList facilitators = facilitatorNames(database, cohort);
    std::vector<reports::Certificate> result;
    for (size_t i = 0; i < issued->size(); ++i) {
        const storage::IssuedCertificate& c = (*issued)[i];
        result.push_back(
            {c.learnerName, c.programTitle, c.cohortTitle, organizations[i], c.contactMinutes, c.startDate,
                c.endDate, facilitators, storage::CertificateStore::displayCode(c.code), cohort.location});
    }
    return result;
}

Result<std::vector<reports::Certificate>> ReportSources::certificatesEndingBetween(
    storage::Database& database, const QDate& from, const QDate& to, const QString& language,
    const QString& actor, const reports::Progress& progress)
{
    const auto cohortIds = storage::OrganizationSummaryQuery(database).cohortsEndingBetween(from, to);
    if (!cohortIds)
        return std::unexpected(cohortIds.error());
    std::vector<reports::Certificate> result;
    for (qsizetype i = 0; i < cohortIds->size(); ++i) {
        if (progress && !progress(int(i), int(cohortIds->size())))
            return fail(ErrorKind::Invalid, reports::ReportCommon::cancelledMessage());
        const auto analysis = CohortAnalysis::read(database, cohortIds->at(i));
        if (!analysis)
            return std::unexpected(analysis.error());
        auto issued = certificates(database, *analysis, language, actor);
        if (!issued)
            return std::unexpected(issued.error());
        std::move(issued->begin(), issued->end(), std::back_inserter(result));
    }
    return result;
}

Result<reports::OrganizationSummary> ReportSources::organizationSummary(
    storage::Database& database, const QDate& from, const QDate& to, const QString& language)
{
    const auto figures = storage::OrganizationSummaryQuery(database).run(from, to);
    if (!figures)
        return std::unexpected(figures.error());
    const auto package = storage::CurriculumStore(database).current();
    if (!package)
        return std::unexpected(package.error());

    reports::OrganizationSummary summary;
    summary.from = from;
    summary.to = to;
    summary.cohorts = figures->cohorts;
    summary.learners = figures->learners;
    summary.contactMinutes = figures->contactMinutes;
    for (const auto& row : figures->rows)
        summary.rows.push_back({row.organization.isEmpty() ? tr("No organization") : row.organization,
            language == QLatin1String("fr") ? row.programTitleFr : row.programTitleEn, row.peopleTrained,
            row.completed, row.learnerContactMinutes});

    // Topics as the curriculum lists them (program by program); any the current version no longer
    // has come last, by id.
    QStringList order;
    if (*package)
        for (const Program& program : (*package)->programs)
            for (const QString& topic : program.topics)
                if (!order.contains(topic))
                    order << topic;
    auto gains = figures->gains;
    std::stable_sort(gains.begin(), gains.end(), [&](const auto& a, const auto& b) {
        const auto rank = [&](const QString& id) {
            const auto at = order.indexOf(id);
            return at < 0 ? order.size() : at;
        };
        return rank(a.topicId) < rank(b.topicId);
    });
    for (const auto& gain : gains) {
        const Topic* topic = *package ? (*package)->topic(gain.topicId) : nullptr;
        summary.gains.push_back(
            {topic ? topic->title.in(language) : gain.topicId, gain.n, gain.meanPre, gain.meanPost});
    }
    return summary;
}

} // namespace pcs::services
