#include "pcs/domain/Clock.h"

#include <QTimeZone>

namespace pcs {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

FixedClock::FixedClock(QDateTime nowUtc)
    : m_now(nowUtc.toUTC())
{ }

QDateTime FixedClock::nowUtc() const
{
    return m_now;
}

void FixedClock::set(QDateTime nowUtc)
{
    m_now = nowUtc.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

QString toStorageTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorageTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace pcs
