// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/computed_scenario.h"

#include <optional>

#include "core/domain/try.h"

namespace castnet::core {

Result<Scenario> saveComputedScenario(Workspace &workspace, CampaignId campaign,
                                      const ScenarioComputation &compute) {
    std::optional<Scenario> stored;
    CASTNET_TRY_VOID(workspace.transact([&]() -> Result<void> {
        CASTNET_TRY(const Campaign current, workspace.campaign(campaign));
        CASTNET_TRY(const std::vector<Activity> activities, workspace.activities(campaign));
        CASTNET_TRY(const Scenario computed, compute(current, activities));
        CASTNET_TRY(stored, workspace.addScenario(computed));
        return {};
    }));
    return std::move(*stored);
}

} // namespace castnet::core
