#pragma once

#include "pcs/domain/curriculum/Program.h"

#include <QDateTime>
#include <QTime>

#include <vector>

namespace pcs {

// The live timer of one agenda block: how much is left and how urgent it looks.
struct BlockTimer {
    enum class Level { Normal, Amber, Red, Over };
    qint64 remainingSeconds = 0; // negative once over time
    double fractionLeft = 1.0;
    Level level = Level::Normal;
};

// The day's agenda for a session: each block with its planned start, and which block is running.
class RunSheet
{
public:
    RunSheet(const Workshop& workshop, QTime sessionStart);

    const Workshop& workshop() const { return m_workshop; }
    int blockCount() const { return int(m_workshop.blocks.size()); }
    const AgendaBlock& block(int index) const { return m_workshop.blocks.at(size_t(index)); }
    QTime plannedStart(int index) const { return m_starts.at(size_t(index)); }
    QTime plannedEnd() const;

    int current() const { return m_current; }
    // Moves to a block and restarts its timer at `nowUtc`. Out-of-range indexes are ignored.
    void startBlock(int index, const QDateTime& nowUtc);
    bool next(const QDateTime& nowUtc);
    bool previous(const QDateTime& nowUtc);
    // The current block's timer at `nowUtc`.
    BlockTimer timer(const QDateTime& nowUtc) const;

    // Amber when 20 % of the block is left, red at 5 %, over when the time is spent.
    static BlockTimer timerFor(int blockMinutes, qint64 elapsedSeconds);

private:
    Workshop m_workshop;
    std::vector<QTime> m_starts;
    int m_current = 0;
    QDateTime m_blockStartedUtc;
};

} // namespace pcs
