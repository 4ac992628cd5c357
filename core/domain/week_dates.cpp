// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/week_dates.h"

namespace castnet::core {

namespace {

std::optional<int> digits(std::string_view text) {
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<std::chrono::sys_days> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto year = digits(text.substr(0, 4));
    const auto month = digits(text.substr(5, 2));
    const auto day = digits(text.substr(8, 2));
    if (!year || !month || !day)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year(*year),
                                           std::chrono::month(static_cast<unsigned>(*month)),
                                           std::chrono::day(static_cast<unsigned>(*day))};
    if (!date.ok())
        return std::nullopt;
    return std::chrono::sys_days(date);
}

WeekDates weekDates(std::chrono::sys_days start, int week) {
    const std::chrono::sys_days first = start + std::chrono::days(7 * (week - 1));
    return {first, first + std::chrono::days(6)};
}

std::optional<WeekDates> weekDates(std::string_view startDate, int week) {
    const auto start = parseIsoDate(startDate);
    if (!start)
        return std::nullopt;
    return weekDates(*start, week);
}

} // namespace castnet::core
