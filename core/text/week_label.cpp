// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/week_label.h"

#include <array>

#include <fmt/format.h>

#include "core/domain/week_dates.h"

namespace castnet::core {

namespace {

std::string dayAndMonth(std::chrono::sys_days day) {
    static constexpr std::array<const char *, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::chrono::year_month_day date(day);
    return fmt::format("{} {}", static_cast<unsigned>(date.day()),
                       months[static_cast<unsigned>(date.month()) - 1]);
}

} // namespace

std::string weekDateRange(std::string_view campaignStartDate, int week) {
    const auto dates = weekDates(campaignStartDate, week);
    if (!dates)
        return {};
    return fmt::format("{} \u2013 {}", dayAndMonth(dates->first), dayAndMonth(dates->last));
}

std::string weekLabel(std::string_view campaignStartDate, int week) {
    const std::string range = weekDateRange(campaignStartDate, week);
    if (range.empty())
        return fmt::format("wk {}", week);
    return fmt::format("wk {} \u00b7 {}", week, range);
}

} // namespace castnet::core
