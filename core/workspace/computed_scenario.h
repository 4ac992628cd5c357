// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/scenario.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// Computes a scenario from a campaign and its activities as they are stored.
using ScenarioComputation =
    std::function<Result<Scenario>(const Campaign &campaign, const std::vector<Activity> &)>;

// Reads the campaign and its activities, hands them to `compute` and stores
// the scenario it returns, all in one write transaction of `workspace`
// (Workspace::transact). So what is stored was computed from what the
// workspace holds when it is stored: an import by another program lands
// wholly before the read or wholly after the write, never in between
// (`optimize --save-as`). Nothing is stored when `compute` fails.
Result<Scenario> saveComputedScenario(Workspace &workspace, CampaignId campaign,
                                      const ScenarioComputation &compute);

} // namespace castnet::core
