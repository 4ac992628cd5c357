// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace castnet::core {

// Wherever weeks show, their dates show too (DESIGN §14). Both labels use
// English month abbreviations whatever the locale, as the rest of Castnet's
// text does, and leave the year out.

// The days of a campaign week: "29 Dec – 4 Jan" (an en dash between).
// Empty when the start date is not a date.
std::string weekDateRange(std::string_view campaignStartDate, int week);

// "wk 5 · 29 Dec – 4 Jan"; just "wk 5" when the start date is not a date.
std::string weekLabel(std::string_view campaignStartDate, int week);

} // namespace castnet::core
