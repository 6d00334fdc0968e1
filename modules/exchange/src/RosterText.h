#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace pcs::exchange {

// The encodings a roster file is read in.
enum class RosterEncoding { Utf8, Windows1252, Utf16LE, Utf16BE };

// Turns a roster file's bytes into text: UTF-16 when it starts with its byte order mark (or, without
// one, when every other byte is NUL, as Excel's "Unicode text" is); otherwise UTF-8 (a BOM is dropped)
// when the bytes are valid UTF-8, else Windows-1252, which is what Excel writes for "CSV" on a
// Canadian Windows.
class RosterText
{
public:
    // "UTF-8", "Windows-1252", "UTF-16LE" or "UTF-16BE".
    static QString encodingName(RosterEncoding encoding);
    // UTF-16 as `head` (the first bytes of the file) shows it, with the bytes of its byte order mark
    // in `bomBytes`; nullopt when the file is not UTF-16.
    static std::optional<RosterEncoding> sniffUtf16(QByteArrayView head, qsizetype* bomBytes);
    static QString fromWindows1252(QByteArrayView bytes);

    // Case-folded, accents removed, `_ - .` and runs of white space turned into one space, trimmed:
    // "Langue_Préférée " and "langue preferee" become the same key.
    static QString foldKey(const QString& text);
};

// Decodes a file piece by piece (pieces may end anywhere) to exactly the text one decoding of the
// whole file would give: UTF-8 is cut only between characters, and a byte order mark is dropped only
// at the very start (the caller drops UTF-16's).
class RosterDecoder
{
public:
    explicit RosterDecoder(RosterEncoding encoding);

    QString decode(QByteArrayView piece);
    // The bytes held back at the end of the file.
    QString finish();
    // UTF-8 only: some bytes so far were not valid UTF-8.
    bool hasError() const { return m_error; }

private:
    QString decodeUtf8(QByteArrayView bytes);

    RosterEncoding m_encoding;
    QByteArray m_carry; // UTF-8: the start of a character whose end is in the next piece
    bool m_started = false;
    bool m_error = false;
    QStringDecoder m_utf16;
};

} // namespace pcs::exchange
