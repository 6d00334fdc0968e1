#include "pcs/domain/AuditEntry.h"

#include <QRegularExpression>

namespace pcs {

bool isValidAuditAction(const QString& action)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$"));
    return pattern.match(action).hasMatch();
}

} // namespace pcs
