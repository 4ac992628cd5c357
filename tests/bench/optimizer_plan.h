// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The synthetic campaign the optimizer benchmarks share.
#include <string>
#include <vector>

#include "tests/bench/bench_sequence.h"

#include "core/domain/activity.h"
#include "core/domain/campaign.h"

namespace castnet::bench {

using core::Activity;
using core::ActivityId;
using core::Campaign;
using core::Cents;
using core::Format;
using core::Goal;
using core::Interaction;

inline Campaign benchCampaign() {
    Campaign campaign;
    campaign.name = "Benchmark";
    campaign.weeks = 52;
    campaign.capacityHoursPerWeek = 100.0;
    campaign.budgetPerWeek.reset();
    return campaign;
}

// Both tracks, a third automated, a third with their own (often S-shaped)
// response; most activities cost money, some are free. The plan asks for far
// more hours than the capacity, so the capacity binds.
inline std::vector<Activity> benchPlan(int count, int weeks) {
    Sequence random(20240917);
    std::vector<Activity> activities(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Activity &a = activities[static_cast<std::size_t>(i)];
        a.id = ActivityId{i + 1};
        a.channel = "Channel " + std::to_string(i % 25);
        a.title = "Activity " + std::to_string(i + 1);
        a.interaction = static_cast<Interaction>(random.below(3));
        a.format = static_cast<Format>(random.below(17));
        a.goal = static_cast<Goal>(random.below(7));
        a.automated = random.next() < 0.33;
        a.cadencePerWeek = 0.5 + 2.5 * random.next();
        a.hoursPerOccurrence = 0.25 + 1.75 * random.next();
        a.setupHours = random.below(4) * 2.0;
        a.costPerOccurrence = Cents(random.next() < 0.2 ? 0 : random.below(20000));
        a.startWeek = 1 + random.below(weeks / 2);
        a.endWeek = a.startWeek + random.below(weeks - a.startWeek + 1);
        if (random.next() < 0.33) {
            a.response.maxWeeklyReturn = 50.0 + 100.0 * random.next();
            a.response.halfSaturationHours = 1.0 + 5.0 * random.next();
            a.response.shape = 0.5 + 2.5 * random.next();
            a.response.carryover = 0.9 * random.next();
        }
    }
    return activities;
}

} // namespace castnet::bench
