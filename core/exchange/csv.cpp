// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csv.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

namespace castnet::core {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";
constexpr std::size_t npos = std::string_view::npos;

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not a
// well-formed one (overlong forms, surrogates and code points beyond
// U+10FFFF are refused as the Unicode standard asks).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const auto continuation = [&](std::size_t k) {
        return i + k < text.size() && (byte(k) & 0xC0U) == 0x80U;
    };
    const unsigned char lead = byte(0);
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (!continuation(1) || !continuation(2))
            return 0;
        if ((lead == 0xE0 && byte(1) < 0xA0) || (lead == 0xED && byte(1) > 0x9F))
            return 0;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return 0;
        if ((lead == 0xF0 && byte(1) < 0x90) || (lead == 0xF4 && byte(1) > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

// Offset of the first byte that breaks UTF-8, or npos. Plain ASCII, the
// bulk of any activity file, is skipped eight bytes at a time.
std::size_t firstInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size()) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, text.data() + i, sizeof chunk);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return npos;
}

int lineAt(std::string_view text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// The bytes that end or break an unquoted field.
constexpr std::array<bool, 256> specialBytes = [] {
    std::array<bool, 256> special{};
    for (const unsigned char c : {',', '\n', '\r', '"'})
        special[c] = true;
    return special;
}();

bool isSpecial(char c) {
    return specialBytes[static_cast<unsigned char>(c)];
}

// Splits the text into records, counting physical lines so that a record
// after a quoted field holding line breaks still reports its own line.
class CsvReader {
public:
    explicit CsvReader(std::string_view text)
        : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    // Reads the next record into `record`, reusing the strings it already
    // holds so that a long file costs no allocation per field.
    Result<void> readRecord(CsvRecord &record) {
        record.line = m_line;
        std::size_t count = 0;
        for (;;) {
            if (count == record.fields.size())
                record.fields.emplace_back();
            std::string &field = record.fields[count++];
            field.clear();
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                if (auto quoted = readQuoted(field, record.line); !quoted)
                    return quoted;
            } else if (auto plain = readPlain(field); !plain) {
                return plain;
            }
            auto ended = endOfField(count);
            if (!ended)
                return tl::unexpected(std::move(ended.error()));
            if (*ended)
                break;
        }
        record.fields.resize(count);
        return {};
    }

private:
    // Consumes what follows a field: true when the record ends there.
    Result<bool> endOfField(std::size_t fieldNumber) {
        if (atEnd())
            return true;
        switch (m_text[m_pos]) {
        case ',':
            ++m_pos;
            return false;
        case '\n':
            ++m_pos;
            ++m_line;
            return true;
        case '\r':
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
                m_pos += 2;
                ++m_line;
                return true;
            }
            return fail(fmt::format("line {}: a carriage return without a line feed; "
                                    "save the file with LF or CRLF line ends",
                                    m_line));
        default:
            return fail(fmt::format("line {}: unexpected text after the closing quote of "
                                    "field {}; a quote inside a field must be doubled",
                                    m_line, fieldNumber));
        }
    }

    Result<void> readPlain(std::string &field) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && !isSpecial(m_text[m_pos]))
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '"')
            return fail(fmt::format("line {}: a quote inside an unquoted field; enclose the "
                                    "field in quotes and double the quote",
                                    m_line));
        field.assign(m_text.data() + start, m_pos - start);
        return {};
    }

    Result<void> readQuoted(std::string &field, int recordLine) {
        ++m_pos; // the opening quote
        for (;;) {
            const std::size_t quote = m_text.find('"', m_pos);
            if (quote == npos)
                return fail(fmt::format("line {}: a quoted field is never closed", recordLine));
            const std::string_view piece = m_text.substr(m_pos, quote - m_pos);
            m_line += static_cast<int>(std::count(piece.begin(), piece.end(), '\n'));
            field.append(piece);
            m_pos = quote + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                field.push_back('"');
                ++m_pos;
                continue;
            }
            return {};
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
};

} // namespace

Result<void> forEachCsvRecord(std::string_view text,
                              const std::function<Result<void>(const CsvRecord &)> &visit) {
    if (text.starts_with(byteOrderMark))
        text.remove_prefix(byteOrderMark.size());
    if (const std::size_t bad = firstInvalidUtf8(text); bad != npos)
        return fail(fmt::format("line {}: the text is not valid UTF-8; save the file as UTF-8",
                                lineAt(text, bad)));

    CsvReader reader(text);
    CsvRecord record;
    while (!reader.atEnd()) {
        if (auto read = reader.readRecord(record); !read)
            return read;
        if (auto visited = visit(record); !visited)
            return visited;
    }
    return {};
}

Result<std::vector<CsvRecord>> parseCsv(std::string_view text) {
    std::vector<CsvRecord> records;
    records.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    auto read = forEachCsvRecord(text, [&](const CsvRecord &record) -> Result<void> {
        records.push_back(record);
        return {};
    });
    if (!read)
        return tl::unexpected(std::move(read.error()));
    return records;
}

void appendCsvRecord(std::string &out, const std::vector<std::string> &fields) {
    bool first = true;
    for (const std::string &field : fields) {
        if (!first)
            out.push_back(',');
        first = false;
        if (field.find_first_of(",\"\r\n") == std::string::npos) {
            out.append(field);
            continue;
        }
        out.push_back('"');
        for (const char c : field) {
            if (c == '"')
                out.push_back('"');
            out.push_back(c);
        }
        out.push_back('"');
    }
    out.append("\r\n");
}

bool needsFormulaGuard(std::string_view text) {
    const std::size_t first = text.find_first_not_of('\'');
    return first != std::string_view::npos &&
           std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

std::string_view removeFormulaGuard(std::string_view cell) {
    if (cell.starts_with('\'') && needsFormulaGuard(cell))
        cell.remove_prefix(1);
    return cell;
}

} // namespace castnet::core
