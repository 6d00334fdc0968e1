#pragma once

#include <QString>

class QPdfDocument;

namespace pcs::test {

// Reading PDFs back in the tests of everything that writes one.
QString pageText(QPdfDocument& document, int page);
QString allText(QPdfDocument& document); // every page, each followed by a newline
// allText of the file at `path`; empty when it does not load as a PDF.
QString fileText(const QString& path);
// `expected` is in `text`, whitespace runs counting as one space.
bool holds(const QString& text, const QString& expected);
// The first line of `text` that starts with `start`, whitespace simplified; empty when none.
QString lineStartingWith(const QString& text, const QString& start);
// `qpdf --check` on the file: its output, and its exit code in `exitCode` (-1 when it crashed).
QString qpdfCheck(const QString& path, int* exitCode);

} // namespace pcs::test
