// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/one_line_message.h"

#include <cstdint>
#include <optional>

#include <fmt/format.h>

namespace castnet::core {

namespace {

struct CodePoint {
    char32_t value;
    std::size_t length; // bytes
};

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// The code point starting `text`, or std::nullopt when the bytes there are
// not valid UTF-8 (overlong, a surrogate, past U+10FFFF, cut short).
std::optional<CodePoint> decode(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    char32_t value = 0;
    char32_t least = 0;
    if (lead < 0x80)
        return CodePoint{lead, 1};
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
        least = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
        least = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
        least = 0x10000;
    } else {
        return std::nullopt;
    }
    if (text.size() < length)
        return std::nullopt;
    for (std::size_t i = 1; i < length; ++i) {
        if (!isContinuation(byte(i)))
            return std::nullopt;
        value = (value << 6) | (byte(i) & 0x3F);
    }
    if (value < least || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return std::nullopt;
    return CodePoint{value, length};
}

// Code points at or above U+0080 that break or reorder a terminal line.
bool isUnsafe(char32_t c) {
    return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

void appendAscii(std::string &out, char c) {
    switch (c) {
    case '\n':
        out.append("\\n");
        return;
    case '\r':
        out.append("\\r");
        return;
    case '\t':
        out.append("\\t");
        return;
    default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
        out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    else
        out.push_back(c);
}

} // namespace

std::string oneLineMessage(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    while (!message.empty()) {
        const auto point = decode(message);
        if (!point) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned char>(message.front()));
            message.remove_prefix(1);
            continue;
        }
        if (point->length == 1)
            appendAscii(out, message.front());
        else if (isUnsafe(point->value))
            out += fmt::format("\\u{:04X}", static_cast<std::uint32_t>(point->value));
        else
            out.append(message.substr(0, point->length));
        message.remove_prefix(point->length);
    }
    return out;
}

} // namespace castnet::core
