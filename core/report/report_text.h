// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/enums.h"

namespace castnet::core {

// Figures and phrases as the report prints them. The figures are
// displayNumber()'s report styles (display_number.h): locale-independent,
// digits grouped by a narrow no-break space, never a comma, which would read
// as a decimal comma in many countries.

// "1 234.5": `decimals` places, thousands grouped.
std::string reportNumber(double value, int decimals);
// "12.5 h"; whole hours from 1 000 on.
std::string reportHours(double hours);
// "1 234.50 EUR"
std::string reportMoney(double units, std::string_view currency);
// "1 234 engagement points"
std::string reportAmount(double value, std::string_view unit);
// "62 %"; "< 1 %" for a small non-zero share.
std::string reportShare(double share);
// "week 3" or "weeks 3–12".
std::string reportWeeks(int first, int last);
// "3–5, 9, 12–14": weeks as ranges.
std::string reportWeekRanges(const std::vector<int> &weeks);
// "“A”, “B” and “C”", or "“A”, “B” and 4 more" past `shown` names.
std::string reportQuotedList(const std::vector<std::string> &names, std::size_t shown = 3);
// "Broadcast media", "Relationship networking".
std::string reportTrackTitle(Track track);
// "awareness" → "Awareness".
std::string capitalized(std::string_view text);
// The ISO date `days` days after `isoDate` ("2026-01-05"); the date itself
// when it cannot be read.
std::string isoDatePlusDays(const std::string &isoDate, int days);

} // namespace castnet::core
