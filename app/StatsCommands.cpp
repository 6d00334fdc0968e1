#include "StatsCommands.h"

#include "CommandSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/services/CohortAnalysis.h"
#include "pcs/storage/CertificateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace pcs::app {

namespace {

QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

int StatsCommands::cohortStatistics(const QString& cohortId, const QString& databasePath, bool json,
    const QString& language, QTextStream& out, QTextStream& err)
{
    auto database = CommandSupport::open(databasePath, true, err);
    if (!database || !CommandSupport::requireCohort(*database, cohortId, err))
        return 1;
    const auto analysis = services::CohortAnalysis::read(*database, cohortId);
    if (!analysis) {
        err << analysis.error().message << '\n';
        return 1;
    }
    if (json) {
        QJsonArray topics;
        for (const analytics::TopicStatistics& topic : analysis->topics) {
            const analytics::PairedSummary& s = topic.summary;
            topics.append(QJsonObject{{QStringLiteral("topic_id"), topic.topicId},
                {QStringLiteral("n_paired"), s.nPaired}, {QStringLiteral("pre_mean"), s.preMean},
                {QStringLiteral("post_mean"), s.postMean}, {QStringLiteral("pre_median"), s.preMedian},
                {QStringLiteral("post_median"), s.postMedian}, {QStringLiteral("improved"), s.improved},
                {QStringLiteral("unchanged"), s.unchanged}, {QStringLiteral("declined"), s.declined},
                {QStringLiteral("wilcoxon_p"), optional(s.wilcoxonP)},
                {QStringLiteral("effect_size"), optional(s.effectSize)}});
        }
        out << QString::fromUtf8(QJsonDocument(
            QJsonObject{{QStringLiteral("cohort"), cohortId}, {QStringLiteral("topics"), topics}})
                                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    const QLocale locale(
        language == QLatin1String("fr") ? QLocale::French : QLocale::English, QLocale::Canada);
    out << tr("%1 — %2: %3 learners, %4 eligible for a certificate")
               .arg(analysis->cohort.title, analysis->programTitle(language))
               .arg(analysis->roster.size())
               .arg(analysis->attendanceSummary.eligible)
        << '\n';
    for (const analytics::TopicStatistics& topic : analysis->topics) {
        const analytics::PairedSummary& s = topic.summary;
        out << tr("  %1: n = %2, pre %3 → post %4, %5 up / %6 same / %7 down, p = %8, r = %9")
                   .arg(analysis->topicTitle(topic.topicId, language))
                   .arg(s.nPaired)
                   .arg(locale.toString(s.preMean, 'f', 2), locale.toString(s.postMean, 'f', 2))
                   .arg(s.improved)
                   .arg(s.unchanged)
                   .arg(s.declined)
                   .arg(s.wilcoxonP ? locale.toString(*s.wilcoxonP, 'f', 3) : QStringLiteral("—"),
                       s.effectSize ? locale.toString(*s.effectSize, 'f', 2) : QStringLiteral("—"))
            << '\n';
    }
    return 0;
}

int StatsCommands::verifyCertificate(
    const QString& code, const QString& databasePath, bool json, QTextStream& out, QTextStream& err)
{
    auto database = CommandSupport::open(databasePath, true, err);
    if (!database)
        return 1;
    const auto found = storage::CertificateStore(*database).verify(code);
    if (!found) {
        err << found.error().message << '\n';
        return 1;
    }
    if (json) {
        QJsonObject result{{QStringLiteral("code"), storage::CertificateStore::normalizedCode(code)},
            {QStringLiteral("valid"), found->has_value()}};
        if (found->has_value()) {
            const storage::IssuedCertificate& c = **found;
            result.insert(QStringLiteral("learner"), c.learnerName);
            result.insert(QStringLiteral("program"), c.programTitle);
            result.insert(QStringLiteral("cohort"), c.cohortTitle);
            result.insert(QStringLiteral("contact_minutes"), c.contactMinutes);
            result.insert(QStringLiteral("start"), c.startDate.toString(Qt::ISODate));
            result.insert(QStringLiteral("end"), c.endDate.toString(Qt::ISODate));
            result.insert(QStringLiteral("issued"), toStorageTime(c.issuedAtUtc));
        }
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return found->has_value() ? 0 : 1;
    }
    if (!found->has_value()) {
        err << tr("No certificate with the code %1 was issued from this database.")
                   .arg(storage::CertificateStore::displayCode(
                       storage::CertificateStore::normalizedCode(code)))
            << '\n';
        return 1;
    }
    const storage::IssuedCertificate& c = **found;
    out << tr("Valid: %1 completed %2 (%3), %4 to %5, %6 contact hours. Issued %7.")
               .arg(c.learnerName, c.programTitle, c.cohortTitle, c.startDate.toString(Qt::ISODate),
                   c.endDate.toString(Qt::ISODate), QLocale::c().toString(c.contactMinutes / 60.0, 'g', 4),
                   c.issuedAtUtc.toLocalTime().date().toString(Qt::ISODate))
        << '\n';
    return 0;
}

} // namespace pcs::app
