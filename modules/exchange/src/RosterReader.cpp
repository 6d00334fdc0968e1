#include "RosterReader.h"

#include "CsvReader.h"
#include "RosterHeader.h"
#include "RosterRows.h"
#include "RosterText.h"
#include "pcs/exchange/RosterCsv.h"
#include "pcs/exchange/RosterLimits.h"

namespace pcs::exchange {

namespace {

// Bytes looked at to tell UTF-16 without a byte order mark.
constexpr qsizetype kHeadBytes = 4096;
// Characters of the first line looked at to choose the delimiter.
constexpr qsizetype kDelimiterLineChars = 1024 * 1024;

bool isBlank(const CsvRecord& record)
{
    for (const QString& cell : record.cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Up to `size` bytes, fewer only at the end of the device; false when reading failed.
bool readPiece(QIODevice& device, QByteArray& piece, qsizetype size)
{
    piece.resize(size);
    qsizetype filled = 0;
    while (filled < size) {
        const qint64 n = device.read(piece.data() + filled, size - filled);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        filled += qsizetype(n);
    }
    piece.resize(filled);
    return true;
}

// The delimiter of the first non-blank line: a tab when it has more tabs than commas and semicolons
// outside quotes, else ';' when it has more semicolons than commas, else ','.
class DelimiterChoice
{
public:
    // Takes characters of the first line; true once the line has ended (or is long enough to tell).
    bool take(QChar c)
    {
        if (c == u'"')
            m_quoted = !m_quoted;
        else if (!m_quoted && (c == u'\r' || c == u'\n'))
            return true;
        else if (!m_quoted && c == u',')
            ++m_commas;
        else if (!m_quoted && c == u';')
            ++m_semicolons;
        else if (!m_quoted && c == u'\t')
            ++m_tabs;
        return ++m_taken >= kDelimiterLineChars;
    }

    QChar delimiter() const
    {
        if (m_tabs > m_commas && m_tabs > m_semicolons)
            return u'\t';
        return m_semicolons > m_commas ? QChar(u';') : QChar(u',');
    }

private:
    bool m_quoted = false;
    qsizetype m_commas = 0, m_semicolons = 0, m_tabs = 0, m_taken = 0;
};

// The text of the file, piece by piece, into RosterParse: the delimiter from the first line, then
// the header, then the learners.
class RosterStream
{
public:
    // With `readToTheEnd`, a file with a bad header is still read to its end (to find the line where
    // it goes past the size limit).
    RosterStream(RosterParse& parse, bool readToTheEnd)
        : m_parse(parse)
        , m_readToTheEnd(readToTheEnd)
        , m_csv([this](CsvRecord& record) { return take(record); })
    { }

    bool feed(QStringView text)
    {
        if (!m_choosing)
            return m_csv.read(text);
        qsizetype i = 0;
        if (m_pending.isEmpty()) { // line ends before the first line go straight to the reader
            while (i < text.size() && (text[i] == u'\r' || text[i] == u'\n'))
                ++i;
            if (i > 0 && !m_csv.read(text.first(i)))
                return false;
        }
        bool chosen = false;
        while (i < text.size() && !chosen) {
            m_pending += text[i];
            chosen = m_choice.take(text[i++]);
        }
        if (!chosen)
            return true;
        return choose() && m_csv.read(text.sliced(i));
    }

    void finish()
    {
        if (m_choosing && !choose())
            return;
        m_csv.finish();
        if (m_phase == Phase::Done)
            return;
        if (m_csv.unterminatedQuoteLine() > 0)
            m_parse.problems.push_back({m_csv.unterminatedQuoteLine(),
                RosterCsv::tr("a quoted value that starts on this line has no closing quote")});
        else if (m_phase == Phase::Header)
            m_parse.problems.push_back({1, RosterCsv::tr("the file is empty")});
        else if (!m_anyLearner)
            m_parse.problems.push_back({m_headerLine, RosterCsv::tr("no learners in the file")});
    }

    int line() const { return m_csv.line(); }
    std::optional<int> learnerLimitLine() const { return m_learnerLimitLine; }

private:
    enum class Phase { Header, Learners, Done };

    bool choose()
    {
        m_choosing = false;
        m_parse.delimiter = m_choice.delimiter();
        m_csv.setDelimiter(m_parse.delimiter);
        const QString pending = std::exchange(m_pending, QString());
        return m_csv.read(pending);
    }

    bool take(CsvRecord& record)
    {
        if (m_phase == Phase::Done)
            return m_readToTheEnd;
        if (isBlank(record))
            return true;
        if (m_phase == Phase::Header) {
            m_headerLine = record.line;
            m_header.emplace(record.cells);
            if (!m_header->hasName()) {
                m_parse.problems.push_back({m_headerLine,
                    RosterCsv::tr("no name column: the first line must name the columns, such as “first "
                                  "name”, “last name” and “email”")});
                m_phase = Phase::Done;
                return m_readToTheEnd;
            }
            m_rows.emplace(*m_header, m_parse);
            m_phase = Phase::Learners;
            return true;
        }
        if (++m_learners > kMaxRosterLearners) {
            m_learnerLimitLine = record.line;
            m_phase = Phase::Done;
            return false;
        }
        m_anyLearner = true;
        m_rows->read(record);
        return true;
    }

    RosterParse& m_parse;
    bool m_readToTheEnd;
    CsvReader m_csv;
    bool m_choosing = true;
    DelimiterChoice m_choice;
    QString m_pending; // the first line, until its delimiter is known
    Phase m_phase = Phase::Header;
    int m_headerLine = 0;
    std::optional<RosterHeader> m_header;
    std::optional<RosterRows> m_rows;
    int m_learners = 0;
    bool m_anyLearner = false;
    std::optional<int> m_learnerLimitLine;
};

struct FirstLook {
    RosterEncoding encoding = RosterEncoding::Utf8;
    qsizetype skip = 0; // bytes of a byte order mark
    bool tooLarge = false;
};

// The first pass: the encoding, and whether the file is larger than the limit.
std::optional<FirstLook> firstLook(QIODevice& device, qsizetype pieceBytes)
{
    FirstLook look;
    QByteArray piece;
    if (!readPiece(device, piece, kHeadBytes))
        return std::nullopt;
    const std::optional<RosterEncoding> utf16 = RosterText::sniffUtf16(piece, &look.skip);
    if (!utf16 && piece.startsWith("\xEF\xBB\xBF"))
        look.skip = 3;
    RosterDecoder utf8(RosterEncoding::Utf8);
    qint64 total = piece.size();
    QByteArrayView bytes = QByteArrayView(piece).sliced(std::min(look.skip, piece.size()));
    for (;;) {
        if (total > kMaxRosterFileBytes) {
            look.tooLarge = true;
            break;
        }
        if (!utf16 && !utf8.hasError())
            utf8.decode(bytes);
        if (!readPiece(device, piece, pieceBytes))
            return std::nullopt;
        if (piece.isEmpty())
            break;
        total += piece.size();
        bytes = piece;
    }
    if (utf16)
        look.encoding = *utf16;
    else {
        utf8.finish();
        look.encoding = utf8.hasError() ? RosterEncoding::Windows1252 : RosterEncoding::Utf8;
    }
    return look;
}

} // namespace

RosterRead RosterReader::read(QIODevice& device, qsizetype pieceBytes)
{
    RosterRead result;
    const auto failed = [&] {
        result.readError = device.errorString();
        return std::move(result);
    };
    if (!device.seek(0))
        return failed();
    const std::optional<FirstLook> look = firstLook(device, pieceBytes);
    if (!look || !device.seek(0))
        return failed();
    result.parse.encoding = RosterText::encodingName(look->encoding);

    RosterDecoder decoder(look->encoding);
    RosterStream stream(result.parse, look->tooLarge);
    QByteArray piece;
    qint64 consumed = 0;
    for (;;) {
        if (!readPiece(device, piece, pieceBytes))
            return failed();
        if (piece.isEmpty())
            break;
        const bool over = consumed + piece.size() > kMaxRosterFileBytes;
        if (over)
            piece.truncate(qsizetype(kMaxRosterFileBytes - consumed));
        QByteArrayView bytes(piece);
        if (consumed < look->skip)
            bytes = bytes.sliced(std::min(look->skip - qsizetype(consumed), bytes.size()));
        consumed += piece.size();
        if (!stream.feed(decoder.decode(bytes))) {
            if (const std::optional<int> line = stream.learnerLimitLine())
                result.refusal = RosterRefusal{RosterRefusal::Limit::Learners, *line};
            return result;
        }
        if (over) {
            result.refusal = RosterRefusal{RosterRefusal::Limit::FileBytes, stream.line()};
            return result;
        }
    }
    if (stream.feed(decoder.finish()))
        stream.finish();
    if (const std::optional<int> line = stream.learnerLimitLine())
        result.refusal = RosterRefusal{RosterRefusal::Limit::Learners, *line};
    return result;
}

} // namespace pcs::exchange
