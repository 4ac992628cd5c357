// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/enums.h"

namespace castnet::bench {

using namespace castnet::core;

// Varied rows, as an imported plan would have them: several channels and
// formats, some parameters and overrides set, some notes.
inline std::vector<Activity> variedActivities(int count) {
    const char *channels[] = {"Instagram", "LinkedIn group", "Meetup", "Newsletter", "Forum"};
    std::vector<Activity> activities(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Activity &a = activities[static_cast<std::size_t>(i)];
        a.channel = channels[i % 5];
        a.title = "Activity number " + std::to_string(i);
        a.format = allValues<Format>()[static_cast<std::size_t>(i) % allValues<Format>().size()];
        a.interaction = allValues<Interaction>()[static_cast<std::size_t>(i) % 3];
        a.goal = allValues<Goal>()[static_cast<std::size_t>(i) % 7];
        a.automated = i % 2 == 0;
        a.cadencePerWeek = 0.5 + i % 7;
        a.hoursPerOccurrence = 0.25 * (1 + i % 12);
        a.setupHours = i % 4;
        a.costPerOccurrence = Cents(i % 10'000);
        a.startWeek = 1 + i % 50;
        a.endWeek = a.startWeek + i % 200;
        if (i % 3 == 0) {
            a.response.maxWeeklyReturn = 120;
            a.response.carryover = 0.5;
        }
        if (i % 10 == 0)
            a.trackOverride = Track::Networking;
        if (i % 4 == 0)
            a.notes = "Ask the community team before posting; reuse last month's visuals.";
    }
    return activities;
}

} // namespace castnet::bench
