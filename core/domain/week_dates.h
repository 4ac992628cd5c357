// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace castnet::core {

// The days of one campaign week (DESIGN §14): week w is the 7 days from
// start + 7(w - 1), whatever weekday the campaign starts on.
struct WeekDates {
    std::chrono::sys_days first;
    std::chrono::sys_days last; // first + 6 days
};

// "YYYY-MM-DD" as a day; anything else (or a day that does not exist, such
// as 2027-02-29) gives nothing.
std::optional<std::chrono::sys_days> parseIsoDate(std::string_view text);

// The days of week `week` (1-based) of a campaign starting on `start`.
WeekDates weekDates(std::chrono::sys_days start, int week);

// As above from the campaign's start date; nothing when it is not a date.
std::optional<WeekDates> weekDates(std::string_view startDate, int week);

} // namespace castnet::core
