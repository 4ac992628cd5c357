// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "core/analysis/projection.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/scenario.h"

namespace castnet::core {

// The activities as a scenario sets them (DESIGN §6). An allocation fixes the
// recurring effort h per active week (the team's time): output becomes
// h / (1 − automation_saving) for automated media, else h, and the cadence
// scales to match, so cost per occurrence, and with it cost per effort hour,
// is kept (weekly cost = planned weekly cost × h / planned x).
// - an activity absent from the scenario keeps its plan;
// - an activity with 0 hours per occurrence keeps its plan (no cadence can
//   give it other hours);
// - 0 hours drops the activity: no cadence and no setup hours;
// - negative hours count as 0; allocations for unknown ids are ignored.
// The result may exceed the cadence limit of DESIGN §3: it is a projection
// input, not a plan to store.
std::vector<Activity> applyScenario(const Campaign &campaign,
                                    const std::vector<Activity> &activities,
                                    const Scenario &scenario);

// project() of the activities as the scenario sets them.
Projection projectScenario(const Campaign &campaign, const std::vector<Activity> &activities,
                           const Scenario &scenario, const ProjectionOptions &options = {});

} // namespace castnet::core
