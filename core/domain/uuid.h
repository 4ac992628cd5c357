// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace castnet::core {

// A random (version 4) UUID in its 8-4-4-4-12 lowercase form, such as
// "1b4e28ba-2fa1-41d2-883f-0016d3cca427": an activity's stable uid.
std::string newUuid();

// Whether `text` is a UUID in the 8-4-4-4-12 form of hex digits (either
// case; any version, since a uid may come from another program).
bool isUuid(std::string_view text);

} // namespace castnet::core
