// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/one_line_message.h"

namespace castnet::core {

std::string oneLineMessage(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    for (const char c : message) {
        if (c == '\n')
            out.append("\\n");
        else if (c == '\r')
            out.append("\\r");
        else
            out.push_back(c);
    }
    return out;
}

} // namespace castnet::core
