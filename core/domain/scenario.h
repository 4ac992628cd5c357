// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/domain/error.h"
#include "core/domain/ids.h"

namespace castnet::core {

// Weekly recurring effort hours (the team's time) for one activity.
struct Allocation {
    ActivityId activityId;
    double hours = 0.0;

    friend bool operator==(const Allocation &, const Allocation &) = default;
};

// A named channel mix. An activity absent from `allocations` keeps its
// planned hours; 0 hours drops it. The plan itself is the implicit scenario
// named "plan" and is never stored.
struct Scenario {
    static constexpr const char *planName = "plan";

    ScenarioId id;
    CampaignId campaignId;
    std::string name;
    std::vector<Allocation> allocations;

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

// Whether `name` would be read as the plan itself: "plan" in any ASCII case,
// ignoring surrounding spaces. No stored scenario may carry it.
bool isReservedScenarioName(std::string_view name);

// Checks a scenario name on its own: not blank, valid UTF-8 without NUL, at
// most 200 characters, and not the plan's name. Errors name the field "name".
Result<void> validateScenarioName(std::string_view name);

// Checks what can be checked without the workspace: the name as above, and
// each allocation's hours finite, at least 0 and given once per activity
// (field "hours"). That an activity belongs to the campaign and that the
// name is unique in it are the workspace's to enforce.
Result<void> validate(const Scenario &scenario);

// The weekly hours of one allocation: finite, from 0 to 10^12. The error's
// message is the reason alone ("must be between 0 and 1e12, not -1"), for the
// caller to put behind the name it knows the value by.
Result<void> checkAllocationHours(double hours);

} // namespace castnet::core
