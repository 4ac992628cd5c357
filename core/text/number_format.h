// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace castnet::core {

// Locale-independent number text. The C locale Qt sets from the environment
// must never change what a file means, so nothing here uses iostreams or
// strtod.

// Parses a finite decimal number ("3", "-0.5", "1e3"; surrounding blanks
// ignored). std::nullopt for empty text, trailing garbage, NaN, infinities
// or overflow.
std::optional<double> parseDouble(std::string_view text);

// Parses a whole number that fits an int ("12"; blanks ignored).
std::optional<int> parseInt(std::string_view text);

// The shortest text that reads back to the same double: 0.1 -> "0.1".
std::string formatDouble(double value);

// Removes leading and trailing spaces and tabs.
std::string_view trim(std::string_view text);

// Whether the bytes are well-formed UTF-8.
bool isValidUtf8(std::string_view text);

// The number of characters (code points) in UTF-8 text: what the length
// limits on text count, so that an accented or Chinese name is allowed as
// many characters as an English one.
std::size_t characterCount(std::string_view utf8);

} // namespace castnet::core
