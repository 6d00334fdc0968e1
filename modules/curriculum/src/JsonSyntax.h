#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pcs::curriculum {

// A strict RFC 8259 syntax check of a JSON text that finds the first character that is not valid
// JSON where it stands, as other JSON tools report it (QJsonParseError's offset can point at the
// enclosing container instead). It only checks; QJsonDocument builds the values afterwards.
class JsonSyntax
{
public:
    struct Error {
        qsizetype offset = 0; // byte offset of the offending character; the text's size at its end
        QString message;
    };

    // The first syntax error of UTF-8 text `bytes`, or nullopt when it is one valid JSON value.
    // Where the error is reported:
    // - a character that cannot start a value (`@`, `]` after a comma, an unquoted name): that character;
    // - a word that is not true, false or null (`flase`, `True`): the word's first letter;
    // - a number that breaks the grammar (`03`, `1.`, `-x`): the first character that breaks it;
    // - a missing comma, colon or closing brace/bracket: the character found instead;
    // - a bad escape: its backslash; a raw line break or control character in a string: that character;
    // - a string still open at the end of the text: its opening quote; any other early end: the end.
    static std::optional<Error> firstError(const QByteArray& bytes);
};

} // namespace pcs::curriculum
