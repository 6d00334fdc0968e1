#pragma once

#include <QtGlobal>

namespace pcs::exchange {

// How large a roster file PCS Studio reads. Past a limit the file is refused with a message naming
// the file, the limit and the line where it was reached; nothing is imported. The reader streams the
// file, so its memory is the learners it keeps plus one record, never the whole file.

// Bytes of the file. 100,000 realistic rows (names, email, organization, role, language) take about
// 11 MB, so the largest roster allowed fits with room to spare.
inline constexpr qint64 kMaxRosterFileBytes = 64 * 1024 * 1024;

// Learners (non-blank records after the header line, with or without a problem). Blank lines are
// not counted.
inline constexpr int kMaxRosterLearners = 100000;

// Characters of one value (a name, an email, an organization...). A longer value in a column the
// roster uses is a problem on its row; in a column it ignores, the rest is dropped unread.
inline constexpr int kMaxRosterValueChars = 1000;

// Columns of one record. Columns past this one are ignored, in the header and in every row.
inline constexpr int kMaxRosterColumns = 1000;

} // namespace pcs::exchange
