#pragma once

#include "pcs/domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace pcs::storage {

class Database;

// A certificate of completion as issued: what it said, so that a code can be checked against it
// even after the cohort changes.
struct IssuedCertificate {
    QString code; // 12 characters from an alphabet without look-alikes; shown as XXXX-XXXX-XXXX
    QString cohortId;
    QString personId;
    QString learnerName;
    QString programTitle;
    QString cohortTitle;
    int contactMinutes = 0;
    QDate startDate;
    QDate endDate;
    QDateTime issuedAtUtc;
    QString issuedBy;
    friend bool operator==(const IssuedCertificate&, const IssuedCertificate&) = default;
};

// Certificates of completion and their verification codes. Issuing again for the same learner and
// cohort gives back the certificate issued before (same code), so reprinting never invalidates a
// certificate already handed out. Whether a learner is eligible is the caller's question.
class CertificateStore
{
    Q_DECLARE_TR_FUNCTIONS(pcs::storage::CertificateStore)

public:
    explicit CertificateStore(Database& database);

    // Issues each certificate (a new code when the learner has none for the cohort), all in one
    // transaction; returns them as stored, in the same order. Audits "certificate.issued" for new ones.
    Result<std::vector<IssuedCertificate>> issue(
        std::vector<IssuedCertificate> certificates, const QString& actor);
    // The certificate with this code; case, spaces and dashes in `code` do not matter.
    Result<std::optional<IssuedCertificate>> verify(const QString& code) const;

    static QString displayCode(const QString& code); // "ABCD-EFGH-JKLM"
    static QString normalizedCode(const QString& typed); // "abcd efgh-jklm" -> "ABCDEFGHJKLM"

private:
    Database& m_database;
};

} // namespace pcs::storage
