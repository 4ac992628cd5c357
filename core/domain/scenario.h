// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/domain/ids.h"

namespace castnet::core {

// Weekly recurring effort hours (the team's time) for one activity.
struct Allocation {
    ActivityId activityId = 0;
    double hours = 0.0;

    friend bool operator==(const Allocation &, const Allocation &) = default;
};

// A named channel mix. An activity absent from `allocations` keeps its
// planned hours; 0 hours drops it. The plan itself is the implicit scenario
// named "plan" and is never stored.
struct Scenario {
    static constexpr const char *planName = "plan";

    ScenarioId id = 0;
    CampaignId campaignId = 0;
    std::string name;
    std::vector<Allocation> allocations;

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace castnet::core
