// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "core/text/number_format.h"

namespace castnet::core {

// The longest text each field takes, in characters (DESIGN §3): generous for
// any plan, and bounded so that every table, chart and report lays out what
// a workspace holds at once. Checked when a value enters — typed, imported
// or stored — and named with its field in the refusal.
namespace textLimits {
// names of brands, campaigns and scenarios; channels, titles; a brand's
// industry and audience
inline constexpr std::size_t name = 200;
// a campaign's currency and return unit
inline constexpr std::size_t label = 50;
// notes of brands and activities
inline constexpr std::size_t notes = 10'000;
} // namespace textLimits

// "must be at most 200 characters long, not 250", for a field's refusal.
inline std::string tooLong(std::size_t limit, std::string_view text) {
    return fmt::format("must be at most {} characters long, not {}", limit, characterCount(text));
}

} // namespace castnet::core
