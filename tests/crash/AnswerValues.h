#pragma once

// What answer_writer answers to item i, shared with the crash test that checks the stored values.

#include <QString>

namespace pcs::crash {

inline QString itemId(int i)
{
    return QStringLiteral("item-%1").arg(i, 5, 10, QLatin1Char('0'));
}

inline int competenceFor(int i)
{
    return 1 + i % 5;
}

inline int desireFor(int i)
{
    return 1 + (i / 5) % 4;
}

// Text a storage bug would likely mangle: quotes, SQL, accents, emoji.
inline QString commentFor(int i)
{
    return QString::fromUtf8("Item %1 — «ça va» 👍🏽 '); DROP TABLE assessment_answers;--").arg(i);
}

} // namespace pcs::crash
