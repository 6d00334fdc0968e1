#pragma once

#include <QDateTime>

namespace pcs {

// The one source of "now" (idle lock, follow-up due dates, audit times). Tests pass their own.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    static const SystemClock& instance();
};

// A clock that stays where it is set; for tests and for replaying recorded work.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc);
    QDateTime nowUtc() const override;
    void set(QDateTime nowUtc);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

// UTC ISO 8601 with milliseconds, the form every time is stored in.
QString toStorageTime(const QDateTime& time);
QDateTime fromStorageTime(const QString& text);

} // namespace pcs
