#include "pcs/storage/CertificateStore.h"

#include "AssessmentRows.h"
#include "DatabaseAccess.h"
#include "SqlSupport.h"
#include "pcs/domain/Clock.h"
#include "pcs/storage/Database.h"

#include <QRandomGenerator>

#include <SQLiteCpp/Statement.h>

namespace pcs::storage {

namespace {

const QString kAlphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");

QString newCode()
{
    QString code;
    for (int i = 0; i < 12; ++i)
        code += kAlphabet.at(QRandomGenerator::system()->bounded(kAlphabet.size()));
    return code;
}

std::string text(const QString& value)
{
    return value.toStdString();
}

QString qtext(SQLite::Statement& query, int column)
{
    return QString::fromStdString(query.getColumn(column).getString());
}

constexpr const char* kSelect
    = "SELECT code, cohort_id, person_id, learner_name, program_title, cohort_title, "
      "contact_minutes, start_date, end_date, issued_at, issued_by FROM certificates ";

IssuedCertificate readCertificate(SQLite::Statement& query)
{
    return {qtext(query, 0), qtext(query, 1), qtext(query, 2), qtext(query, 3), qtext(query, 4),
        qtext(query, 5), query.getColumn(6).getInt(), QDate::fromString(qtext(query, 7), Qt::ISODate),
        QDate::fromString(qtext(query, 8), Qt::ISODate), fromStorageTime(qtext(query, 9)), qtext(query, 10)};
}

} // namespace

CertificateStore::CertificateStore(Database& database)
    : m_database(database)
{ }

QString CertificateStore::displayCode(const QString& code)
{
    return code.size() == 12 ? code.left(4) + u'-' + code.mid(4, 4) + u'-' + code.right(4) : code;
}

QString CertificateStore::normalizedCode(const QString& typed)
{
    QString code;
    for (const QChar c : typed)
        if (c.isLetterOrNumber())
            code += c.toUpper();
    return code;
}

Result<std::vector<IssuedCertificate>> CertificateStore::issue(
    std::vector<IssuedCertificate> certificates, const QString& actor)
{
    const QDateTime now = m_database.clock().nowUtc();
    auto written = writeTransaction(
        DatabaseAccess::sqlite(m_database), tr("issue the certificates"), [&](SQLite::Database& db) {
            SQLite::Statement find(db, std::string(kSelect) + "WHERE cohort_id = ? AND person_id = ?");
            SQLite::Statement insert(db,
                "INSERT INTO certificates(code, cohort_id, person_id, learner_name, program_title, "
                "cohort_title, "
                "contact_minutes, start_date, end_date, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?)");
            for (IssuedCertificate& certificate : certificates) {
                find.bind(1, text(certificate.cohortId));
                find.bind(2, text(certificate.personId));
                const bool known = find.executeStep();
                if (known)
                    certificate = readCertificate(find);
                find.reset();
                if (known)
                    continue;
                certificate.code = newCode();
                certificate.issuedAtUtc = now;
                certificate.issuedBy = actor;
                insert.bind(1, text(certificate.code));
                insert.bind(2, text(certificate.cohortId));
                insert.bind(3, text(certificate.personId));
                insert.bind(4, text(certificate.learnerName));
                insert.bind(5, text(certificate.programTitle));
                insert.bind(6, text(certificate.cohortTitle));
                insert.bind(7, certificate.contactMinutes);
                insert.bind(8, text(certificate.startDate.toString(Qt::ISODate)));
                insert.bind(9, text(certificate.endDate.toString(Qt::ISODate)));
                insert.bind(10, text(toStorageTime(now)));
                insert.bind(11, text(actor));
                insert.exec();
                insert.reset();
                appendAudit(db, now, actor, "certificate.issued", certificate.personId,
                    certificate.cohortId + u' ' + displayCode(certificate.code));
            }
        });
    if (!written)
        return std::unexpected(written.error());
    return certificates;
}

Result<std::optional<IssuedCertificate>> CertificateStore::verify(const QString& code) const
{
    try {
        SQLite::Statement query(DatabaseAccess::sqlite(m_database), std::string(kSelect) + "WHERE code = ?");
        query.bind(1, text(normalizedCode(code)));
        if (!query.executeStep())
            return std::optional<IssuedCertificate>{};
        return std::optional<IssuedCertificate>{readCertificate(query)};
    } catch (const std::exception& e) {
        return std::unexpected(toError(e, tr("check the certificate"), m_database.path()));
    }
}

} // namespace pcs::storage
