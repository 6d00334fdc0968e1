#include "pcs/domain/AuditEntry.h"

#include <catch2/catch.hpp>

using pcs::isValidAuditAction;

TEST_CASE("Audit actions are dotted lowercase words")
{
    CHECK(isValidAuditAction(QStringLiteral("database.migrated")));
    CHECK(isValidAuditAction(QStringLiteral("kiosk.assessment.reopened")));
    CHECK(isValidAuditAction(QStringLiteral("database.backed-up")));
    CHECK_FALSE(isValidAuditAction(QStringLiteral("migrated")));
    CHECK_FALSE(isValidAuditAction(QStringLiteral("Database.Migrated")));
    CHECK_FALSE(isValidAuditAction(QStringLiteral("database..migrated")));
    CHECK_FALSE(isValidAuditAction(QStringLiteral("database.migrated ")));
    CHECK_FALSE(isValidAuditAction(QString()));
}
