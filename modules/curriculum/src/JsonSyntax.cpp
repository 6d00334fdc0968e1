#include "JsonSyntax.h"

#include "pcs/curriculum/PackageLoader.h"

#include <string_view>
#include <vector>

namespace pcs::curriculum {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

QString trailingCommaMessage()
{
    return PackageLoader::tr("expected another entry after the comma (trailing commas are not allowed)");
}

QString invalidValueMessage()
{
    return PackageLoader::tr("invalid value");
}

QString invalidNumberMessage()
{
    return PackageLoader::tr("invalid number");
}

QString earlyEndMessage()
{
    return PackageLoader::tr("the file ends too early (is a closing brace or bracket missing?)");
}

// One pass over the text with an explicit stack of open containers, so that deep nesting cannot
// exhaust the call stack. Each state is what the grammar allows next.
class Scanner
{
public:
    explicit Scanner(const QByteArray& bytes)
        : m_bytes(bytes)
        , m_size(bytes.size())
    { }

    std::optional<JsonSyntax::Error> run();

private:
    enum class State {
        Value, // a value: the document, or after a colon
        FirstInArray, // a value or ']', right after '['
        NextInArray, // a value, after a comma in an array
        FirstInObject, // a field name or '}', right after '{'
        NextInObject, // a field name, after a comma in an object
        AfterValue, // a comma or the closing character of the innermost container, or the end
    };

    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return m_bytes.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    bool fail(qsizetype offset, QString message)
    {
        m_error = JsonSyntax::Error{offset, std::move(message)};
        return false;
    }

    bool value(State state);
    bool member(State state);
    bool afterValue();
    bool string();
    bool number();
    bool word();

    const QByteArray& m_bytes;
    const qsizetype m_size;
    qsizetype m_pos = 0;
    std::vector<char> m_open; // '{' or '[' for each container not closed yet
    State m_state = State::Value;
    std::optional<JsonSyntax::Error> m_error;
};

std::optional<JsonSyntax::Error> Scanner::run()
{
    for (;;) {
        skipSpace();
        bool ok = true;
        switch (m_state) {
        case State::Value:
        case State::FirstInArray:
        case State::NextInArray:
            ok = value(m_state);
            break;
        case State::FirstInObject:
        case State::NextInObject:
            ok = member(m_state);
            break;
        case State::AfterValue:
            if (m_open.empty()) {
                if (atEnd())
                    return std::nullopt;
                fail(m_pos, PackageLoader::tr("unexpected text after the end of the document"));
                return m_error;
            }
            ok = afterValue();
            break;
        }
        if (!ok)
            return m_error;
    }
}

bool Scanner::value(State state)
{
    if (atEnd())
        return fail(m_size, earlyEndMessage());
    const char c = peek();
    if (c == ']' && state == State::FirstInArray) {
        m_open.pop_back();
        ++m_pos;
        m_state = State::AfterValue;
        return true;
    }
    if (c == ']' && state == State::NextInArray)
        return fail(m_pos, trailingCommaMessage());
    if (c == '{' || c == '[') {
        m_open.push_back(c);
        ++m_pos;
        m_state = c == '{' ? State::FirstInObject : State::FirstInArray;
        return true;
    }
    m_state = State::AfterValue;
    if (c == '"')
        return string();
    if (c == '-' || isDigit(c))
        return number();
    if (isLetter(c))
        return word();
    return fail(m_pos, invalidValueMessage());
}

bool Scanner::member(State state)
{
    if (atEnd())
        return fail(m_size, earlyEndMessage());
    const char c = peek();
    if (c == '}' && state == State::FirstInObject) {
        m_open.pop_back();
        ++m_pos;
        m_state = State::AfterValue;
        return true;
    }
    if (c == '}')
        return fail(m_pos, trailingCommaMessage());
    if (c != '"')
        return fail(m_pos, PackageLoader::tr("expected a field name in double quotes"));
    if (!string())
        return false;
    skipSpace();
    if (atEnd())
        return fail(m_size, earlyEndMessage());
    if (peek() != ':')
        return fail(m_pos, PackageLoader::tr("expected a colon after the field name"));
    ++m_pos;
    m_state = State::Value;
    return true;
}

bool Scanner::afterValue()
{
    if (atEnd())
        return fail(m_size, earlyEndMessage());
    const char c = peek();
    const bool inObject = m_open.back() == '{';
    if (c == ',') {
        ++m_pos;
        m_state = inObject ? State::NextInObject : State::NextInArray;
        return true;
    }
    if (c == (inObject ? '}' : ']')) {
        m_open.pop_back();
        ++m_pos;
        return true;
    }
    return fail(m_pos,
        inObject ? PackageLoader::tr("expected a comma or a closing brace")
                 : PackageLoader::tr("expected a comma or a closing bracket"));
}

bool Scanner::string()
{
    const qsizetype opening = m_pos++;
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            const qsizetype backslash = m_pos++;
            if (atEnd())
                break;
            const char escaped = peek();
            if (escaped == 'u') {
                for (int k = 1; k <= 4; ++k) {
                    if (m_pos + k >= m_size || !isHexDigit(m_bytes.at(m_pos + k)))
                        return fail(backslash, PackageLoader::tr("invalid escape sequence"));
                }
                m_pos += 5;
            } else if (std::string_view("\"\\/bfnrt").find(escaped) != std::string_view::npos) {
                ++m_pos;
            } else {
                return fail(backslash, PackageLoader::tr("invalid escape sequence"));
            }
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(m_pos,
                PackageLoader::tr("line break or control character inside a string "
                                  "(is a closing quote missing?)"));
        ++m_pos;
    }
    return fail(opening, PackageLoader::tr("unterminated string"));
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, and not run on into letters or more digits.
bool Scanner::number()
{
    const auto digits = [this] {
        if (atEnd() || !isDigit(peek()))
            return false;
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
        return true;
    };
    if (peek() == '-')
        ++m_pos;
    if (!atEnd() && peek() == '0')
        ++m_pos;
    else if (!digits())
        return fail(m_pos, invalidNumberMessage());
    if (!atEnd() && peek() == '.') {
        ++m_pos;
        if (!digits())
            return fail(m_pos, invalidNumberMessage());
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            ++m_pos;
        if (!digits())
            return fail(m_pos, invalidNumberMessage());
    }
    if (!atEnd() && (isDigit(peek()) || isLetter(peek()) || peek() == '.' || peek() == '+' || peek() == '-'))
        return fail(m_pos, invalidNumberMessage());
    return true;
}

bool Scanner::word()
{
    const qsizetype start = m_pos;
    while (!atEnd() && (isLetter(peek()) || isDigit(peek())))
        ++m_pos;
    const std::string_view text(m_bytes.constData() + start, static_cast<size_t>(m_pos - start));
    if (text == "true" || text == "false" || text == "null")
        return true;
    return fail(start, invalidValueMessage());
}

} // namespace

std::optional<JsonSyntax::Error> JsonSyntax::firstError(const QByteArray& bytes)
{
    return Scanner(bytes).run();
}

} // namespace pcs::curriculum
