#pragma once

#include "pcs/exchange/RosterRow.h"

#include <QIODevice>

#include <optional>

namespace pcs::exchange {

// A limit of RosterLimits.h that a file went past, and the physical line where it did.
struct RosterRefusal {
    enum class Limit { FileBytes, Learners };
    Limit limit = Limit::FileBytes;
    int line = 0;
};

struct RosterRead {
    RosterParse parse; // what was read (incomplete when refused or when reading failed)
    std::optional<RosterRefusal> refusal;
    QString readError; // the device's own words when reading it failed
};

// Reads a roster from a device as a stream: twice, in pieces of `pieceBytes` (once to choose the
// encoding and count the bytes, once to parse), keeping only the learners and one record in memory.
// The device must be open and seekable; it is read from its start.
class RosterReader
{
public:
    static constexpr qsizetype kPieceBytes = 64 * 1024;

    static RosterRead read(QIODevice& device, qsizetype pieceBytes = kPieceBytes);
};

} // namespace pcs::exchange
