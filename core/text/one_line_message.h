// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace castnet::core {

// A message made to fit on one line (a line of stderr, a status bar) and
// safe to show on a terminal, however much of it is quoted from a file:
// every control character is written as an escape, so a message quoting a
// cell that holds a break still shows where the break was, and nothing in it
// can move the cursor, change colours or start a new line.
//   - line feed, carriage return, tab: `\n`, `\r`, `\t`
//   - the rest of C0 (ESC, VT, FF, ...) and DEL: `\x1B`, `\x0B`, `\x7F`
//   - C1 controls (U+0080–U+009F), the line and paragraph separators
//     (U+2028, U+2029) and the bidirectional overrides and isolates
//     (U+202A–U+202E, U+2066–U+2069): `\u0085`, `\u2028`
//   - a byte that is not part of valid UTF-8 (a lone 0x9B is a C1 control
//     on some terminals): `\x9B`
// Everything else, accents, Chinese and emoji included, is kept as it is.
std::string oneLineMessage(std::string_view message);

} // namespace castnet::core
