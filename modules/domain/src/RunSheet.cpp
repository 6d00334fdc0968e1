#include "pcs/domain/delivery/RunSheet.h"

namespace pcs {

RunSheet::RunSheet(const Workshop& workshop, QTime sessionStart)
    : m_workshop(workshop)
    , m_starts(workshop.blockStarts(sessionStart))
{ }

QTime RunSheet::plannedEnd() const
{
    if (m_starts.empty())
        return {};
    return m_starts.back().addSecs(m_workshop.blocks.back().minutes * 60);
}

void RunSheet::startBlock(int index, const QDateTime& nowUtc)
{
    if (index < 0 || index >= blockCount())
        return;
    m_current = index;
    m_blockStartedUtc = nowUtc;
}

bool RunSheet::next(const QDateTime& nowUtc)
{
    if (m_current + 1 >= blockCount())
        return false;
    startBlock(m_current + 1, nowUtc);
    return true;
}

bool RunSheet::previous(const QDateTime& nowUtc)
{
    if (m_current <= 0)
        return false;
    startBlock(m_current - 1, nowUtc);
    return true;
}

BlockTimer RunSheet::timer(const QDateTime& nowUtc) const
{
    if (blockCount() == 0)
        return {};
    const qint64 elapsed = m_blockStartedUtc.isValid() ? m_blockStartedUtc.secsTo(nowUtc) : 0;
    return timerFor(block(m_current).minutes, elapsed);
}

BlockTimer RunSheet::timerFor(int blockMinutes, qint64 elapsedSeconds)
{
    BlockTimer timer;
    const qint64 total = qint64(blockMinutes) * 60;
    timer.remainingSeconds = total - elapsedSeconds;
    timer.fractionLeft = total > 0 ? double(timer.remainingSeconds) / double(total) : 0.0;
    if (timer.remainingSeconds <= 0)
        timer.level = BlockTimer::Level::Over;
    else if (timer.remainingSeconds * 100 <= total * 5)
        timer.level = BlockTimer::Level::Red;
    else if (timer.remainingSeconds * 100 <= total * 20)
        timer.level = BlockTimer::Level::Amber;
    return timer;
}

} // namespace pcs
