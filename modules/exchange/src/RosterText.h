#pragma once

#include <QByteArray>
#include <QString>

namespace pcs::exchange {

// Turns a roster file's bytes into text: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8,
// otherwise Windows-1252, which is what Excel writes for "CSV" on a Canadian Windows.
class RosterText
{
public:
    static QString decode(const QByteArray& bytes, QString* encoding);
    static QString fromWindows1252(const QByteArray& bytes);

    // Case-folded, accents removed, `_ - .` and runs of white space turned into one space, trimmed:
    // "Langue_Préférée " and "langue preferee" become the same key.
    static QString foldKey(const QString& text);
};

} // namespace pcs::exchange
