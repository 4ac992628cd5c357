// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <vector>

namespace castnet::core {

// How an activity's cadence becomes a weekly calendar series (DESIGN §14,
// README "Calendar export"). With c occurrences a week:
// - c >= 1: round(c) occurrences in every week, on weekdays spread over
//   Monday to Friday first, then the weekend:
//     1 Mon; 2 Tue Thu; 3 Mon Wed Fri; 4 Mon Tue Thu Fri; 5 Mon-Fri;
//     6 Mon-Sat; 7 every day.
//   More than 7 a week: one event every day, the weekly count told in the
//   event's description.
// - 0 < c < 1: one occurrence every round(1/c) weeks, on the Monday of the
//   week (the Monday that falls in the campaign week, whatever day the
//   campaign starts on).
// - c = 0: no series (nothing is planned to happen).
struct WeeklyRecurrence {
    std::vector<std::chrono::weekday> days; // Monday first
    int intervalWeeks = 1;
    int perWeek = 1;           // round(c) when c >= 1, else 1
    bool oneEventADay = false; // perWeek > 7, shown as one event a day
};

std::optional<WeeklyRecurrence> weeklyRecurrence(double cadencePerWeek);

// The first day of `weekFirstDay` ... + 6 that falls on one of `days`.
std::chrono::sys_days firstOccurrence(std::chrono::sys_days weekFirstDay,
                                      const std::vector<std::chrono::weekday> &days);

} // namespace castnet::core
