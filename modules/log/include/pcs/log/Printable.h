#pragma once

#include <QString>

namespace pcs::log {

// Whether the line breaks of a text are its own (a program's message to a terminal) or not (one log
// line, where a break in, say, a name would start a forged line).
enum class LineBreaks { Escape, Keep };

// `text` with every control character made visible, so that text from outside (a name from a roster,
// an argument) can neither drive a terminal (escape sequences, carriage returns, bells) nor forge a
// log line: C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional
// embedding, override and isolate marks become "\n", "\r" or "\x1b"-style, "\u2028"-style text.
// Tabs stay; line feeds stay when `breaks` is Keep.
QString printable(const QString& text, LineBreaks breaks = LineBreaks::Escape);

} // namespace pcs::log
