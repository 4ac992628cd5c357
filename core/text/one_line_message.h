// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace castnet::core {

// A message made to fit on one line (a line of stderr, a status bar): each
// line feed becomes the two characters `\n` and each carriage return `\r`,
// so a message quoting a cell or a name that holds a break still shows
// where the break was. Everything else is kept as it is.
std::string oneLineMessage(std::string_view message);

} // namespace castnet::core
