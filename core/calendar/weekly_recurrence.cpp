// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/weekly_recurrence.h"

#include <algorithm>
#include <cmath>

namespace castnet::core {

namespace {

using std::chrono::Friday;
using std::chrono::Monday;
using std::chrono::Saturday;
using std::chrono::Sunday;
using std::chrono::Thursday;
using std::chrono::Tuesday;
using std::chrono::Wednesday;
using std::chrono::weekday;

// Index n - 1 holds the days of n occurrences a week: working days first,
// as evenly apart as five days allow, then Saturday and Sunday.
std::vector<weekday> spreadDays(int perWeek) {
    static const std::vector<std::vector<weekday>> table{
        {Monday},
        {Tuesday, Thursday},
        {Monday, Wednesday, Friday},
        {Monday, Tuesday, Thursday, Friday},
        {Monday, Tuesday, Wednesday, Thursday, Friday},
        {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday},
        {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday},
    };
    return table[static_cast<std::size_t>(std::clamp(perWeek, 1, 7) - 1)];
}

} // namespace

std::optional<WeeklyRecurrence> weeklyRecurrence(double cadencePerWeek) {
    if (!(cadencePerWeek > 0) || !std::isfinite(cadencePerWeek))
        return std::nullopt;
    WeeklyRecurrence recurrence;
    if (cadencePerWeek >= 1) {
        recurrence.perWeek = static_cast<int>(std::lround(cadencePerWeek));
        recurrence.oneEventADay = recurrence.perWeek > 7;
        recurrence.days = spreadDays(recurrence.perWeek);
    } else {
        // A cadence close to 0 would give an interval beyond any campaign;
        // the first occurrence still shows.
        const double weeks = std::min(std::round(1.0 / cadencePerWeek), 10000.0);
        recurrence.intervalWeeks = static_cast<int>(weeks);
        recurrence.days = {Monday};
    }
    return recurrence;
}

std::chrono::sys_days firstOccurrence(std::chrono::sys_days weekFirstDay,
                                      const std::vector<weekday> &days) {
    for (int offset = 0; offset < 7; ++offset) {
        const std::chrono::sys_days day = weekFirstDay + std::chrono::days(offset);
        if (std::find(days.begin(), days.end(), weekday(day)) != days.end())
            return day;
    }
    return weekFirstDay;
}

} // namespace castnet::core
