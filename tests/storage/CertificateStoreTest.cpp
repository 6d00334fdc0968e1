#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "pcs/domain/curriculum/Program.h"
#include "pcs/storage/AuditLogStore.h"
#include "pcs/storage/CertificateStore.h"
#include "pcs/storage/CohortStore.h"
#include "pcs/storage/CurriculumStore.h"
#include "pcs/storage/PeopleStore.h"

#include <catch2/catch.hpp>

using namespace pcs;
using namespace pcs::test;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database
        = openOrFail(dir.filePath(QStringLiteral("certificates.sqlite")));
    QString cohortId;
    QStringList people;

    Fixture()
    {
        CurriculumPackage package;
        package.id = QStringLiteral("pcs");
        package.version = 1;
        package.released = QDate(2026, 11, 1);
        const auto imported = storage::CurriculumStore(*database).import(package);
        REQUIRE(imported);
        Cohort cohort;
        cohort.programId = QStringLiteral("staff");
        cohort.curriculumVersionId = imported->versionId;
        cohort.title = QStringLiteral("Sudbury spring");
        cohort.startDate = QDate(2027, 3, 1);
        const auto created = storage::CohortStore(*database).create(cohort);
        REQUIRE(created);
        cohortId = created->id;
        for (const char* name : {"Amélie", "Kai"}) {
            Person p;
            p.firstName = QString::fromUtf8(name);
            const auto added = storage::PeopleStore(*database).add(p);
            REQUIRE(added);
            people << added->id;
        }
    }

    storage::IssuedCertificate certificate(int learner) const
    {
        storage::IssuedCertificate c;
        c.cohortId = cohortId;
        c.personId = people[learner];
        c.learnerName = learner == 0 ? QStringLiteral("Amélie Tremblay") : QStringLiteral("Kai Morningstar");
        c.programTitle = QStringLiteral("PCS for Staff");
        c.cohortTitle = QStringLiteral("Sudbury spring");
        c.contactMinutes = 1080;
        c.startDate = QDate(2027, 3, 1);
        c.endDate = QDate(2027, 3, 3);
        return c;
    }
};

} // namespace

TEST_CASE("A certificate gets a code that verifies however it is typed and reissuing keeps it")
{
    Fixture f;
    storage::CertificateStore store(*f.database);
    const auto issued = store.issue({f.certificate(0), f.certificate(1)}, QStringLiteral("jo"));
    REQUIRE(issued);
    REQUIRE(issued->size() == 2);
    const QString code = (*issued)[0].code;
    CHECK(code.size() == 12);
    CHECK(code != (*issued)[1].code);
    for (const QChar c : code)
        CHECK(QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789").contains(c));

    const QString typed
        = storage::CertificateStore::displayCode(code).toLower().replace(u'-', QStringLiteral(" - "));
    const auto found = store.verify(typed);
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->learnerName == QStringLiteral("Amélie Tremblay"));
    CHECK((*found)->contactMinutes == 1080);
    CHECK((*found)->endDate == QDate(2027, 3, 3));
    CHECK((*found)->issuedBy == QStringLiteral("jo"));

    // Printing again: the same code, nothing new audited.
    const qint64 audited = *storage::AuditLogStore(*f.database).count();
    const auto again = store.issue({f.certificate(0)}, QStringLiteral("sam"));
    REQUIRE(again);
    CHECK((*again)[0].code == code);
    CHECK((*again)[0].issuedBy == QStringLiteral("jo"));
    CHECK(*storage::AuditLogStore(*f.database).count() == audited);

    const auto unknown = store.verify(QStringLiteral("AAAA-BBBB-CCCC"));
    REQUIRE(unknown);
    CHECK_FALSE(unknown->has_value());
}

TEST_CASE("Issuing a batch is all or none")
{
    Fixture f;
    storage::CertificateStore store(*f.database);
    storage::IssuedCertificate stranger = f.certificate(1);
    stranger.personId = QStringLiteral("no-such-person");
    const auto refused = store.issue({f.certificate(0), stranger}, QStringLiteral("jo"));
    REQUIRE_FALSE(refused);
    const auto audit = storage::AuditLogStore(*f.database).latest(5);
    REQUIRE(audit);
    CHECK(std::none_of(audit->begin(), audit->end(),
        [](const AuditEntry& e) { return e.action == QStringLiteral("certificate.issued"); }));
    const auto issued = store.issue({f.certificate(0)}, QStringLiteral("jo"));
    REQUIRE(issued);
    CHECK((*issued)[0].issuedBy == QStringLiteral("jo"));
}
