#pragma once

#include <QDateTime>
#include <QString>

namespace pcs {

// One line of the append-only audit log: who did what to which record, and when. Never the
// content of a learner's answers, a PIN or a password.
struct AuditEntry {
    qint64 id = 0; // assigned by storage, increasing
    QDateTime atUtc;
    QString actor; // user name, or "system" / "cli"
    QString action; // e.g. "database.migrated", "kiosk.opened"
    QString subject; // the record acted on, usually an id
    QString details; // short, free text without personal answers

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

// Rule for actions: lowercase words separated by dots, e.g. "database.migrated".
bool isValidAuditAction(const QString& action);

} // namespace pcs
