#include "DemoRandom.h"

#include <QByteArray>
#include <QUuid>

namespace pcs::services {

QString seededUuid(QRandomGenerator& random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 high = random.generate64();
    const quint64 low = random.generate64();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(high >> (8 * i));
        bytes[8 + i] = char(low >> (8 * i));
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace pcs::services
